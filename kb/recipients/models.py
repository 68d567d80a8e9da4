"""Who receives a notice (platforms, search engines, hosts) and through which channel.

Channels change often, so each carries its own verification date; a letter is only useful if it reaches
the desk that can act on it.
"""

from django.db import models
from simple_history.models import HistoricalRecords

from kb.editorial.models import EditorialRecord


class PlatformKind(models.TextChoices):
    SOCIAL = "social", "Social network"
    VIDEO = "video", "Video platform"
    ADULT = "adult", "Adult site"
    SEARCH_ENGINE = "search_engine", "Search engine"
    FACE_SEARCH = "face_search", "Face-search engine"
    MODEL_HUB = "model_hub", "Model hub"
    GENERATION_SERVICE = "generation_service", "Image or video generation service"
    HOST_CDN = "host_cdn", "Host or CDN"
    FILE_HOST = "file_host", "File host"
    MESSAGING = "messaging", "Messaging service"
    FORUM = "forum", "Forum or image board"


class ChannelPurpose(models.TextChoices):
    NCII = "ncii", "Intimate-image abuse report"
    TAKE_IT_DOWN_ACT = "take_it_down_act", "TAKE IT DOWN Act removal request"
    PRIVACY = "privacy", "Privacy / data-protection request"
    DSA = "dsa", "DSA notice or point of contact"
    DMCA = "dmca", "DMCA designated agent"
    LAW_ENFORCEMENT = "law_enforcement", "Law-enforcement requests"
    GENERAL = "general", "General contact"


class ChannelMethod(models.TextChoices):
    WEB_FORM = "web_form", "Web form"
    EMAIL = "email", "Email"
    POSTAL = "postal", "Postal address"
    IN_APP = "in_app", "In-app reporting"


class Platform(EditorialRecord):
    slug = models.SlugField(max_length=80, unique=True, help_text="Stable id, e.g. 'reddit'.")
    name = models.CharField(max_length=120, help_text="Name people know it by.")
    kind = models.CharField(max_length=24, choices=PlatformKind.choices, help_text="What sort of service.")
    legal_entity = models.CharField(max_length=250, blank=True, help_text="The company that operates it.")
    established_in = models.CharField(
        max_length=12, blank=True, help_text="Jurisdiction code where the operator is established."
    )
    hostnames = models.JSONField(
        default=list, help_text="Hostnames it serves, lower-case, e.g. ['reddit.com', 'redd.it']."
    )
    regimes = models.JSONField(
        default=list, blank=True, help_text="Notice regimes that bind it, e.g. ['us_take_it_down', 'eu_dsa']."
    )
    dsa_vlop = models.BooleanField(
        null=True, blank=True, help_text="Designated a very large online platform or search engine under the DSA."
    )
    stopncii_partner = models.BooleanField(
        null=True, blank=True, help_text="Takes part in StopNCII hash matching; empty if unknown."
    )
    take_it_down_participant = models.BooleanField(
        null=True, blank=True, help_text="Takes part in NCMEC's Take It Down; empty if unknown."
    )
    notes = models.TextField(blank=True, help_text="What a sender should know about this recipient.")
    sources = models.JSONField(
        default=list, blank=True, help_text="Pages read for the facts above: [{url, title, kind, verified_on}]."
    )

    history = HistoricalRecords()

    class Meta:
        ordering = ["slug"]

    def __str__(self) -> str:
        return self.name


class PlatformChannel(models.Model):
    platform = models.ForeignKey(
        Platform, on_delete=models.CASCADE, related_name="channels", help_text="Whose channel this is."
    )
    purpose = models.CharField(max_length=24, choices=ChannelPurpose.choices, help_text="What it is for.")
    method = models.CharField(max_length=12, choices=ChannelMethod.choices, help_text="How to use it.")
    value = models.TextField(help_text="The form URL, email address or postal address.")
    notes = models.TextField(blank=True, help_text="What the channel asks for, limits, language.")
    source_url = models.URLField(max_length=600, help_text="The page that documents this channel.")
    verified_on = models.DateField(help_text="When someone last checked the channel against that page.")
    position = models.PositiveIntegerField(default=0, help_text="Order within the platform, as curated.")

    history = HistoricalRecords()

    class Meta:
        ordering = ["platform_id", "position", "id"]

    def __str__(self) -> str:
        return f"{self.platform.slug}: {self.purpose} ({self.method})"
