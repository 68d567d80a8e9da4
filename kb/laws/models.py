"""Jurisdictions, laws, their versions over time, and the sources someone actually read.

A Law is a provision as lawyers cite it; what it says at a given time lives in a LawVersion, so that an
amendment adds a version instead of overwriting the past (an incident from 2024 is judged by the 2024
text). Every version must name at least one Source with the date it was verified.
"""

from django.db import models
from django.db.models import F, Q
from simple_history.models import HistoricalRecords

from kb.editorial.models import EditorialRecord
from kb.laws.choices import Ages, DeadlineTrigger, LawKind, Level, Regime, SourceKind, Tristate, VersionStatus


class Jurisdiction(EditorialRecord):
    code = models.CharField(
        max_length=12,
        unique=True,
        help_text="Lower-case ISO 3166-1 alpha-2 (nations) or ISO 3166-2 (subdivisions); 'eu' for the Union.",
    )
    name = models.CharField(max_length=120, help_text="Name as shown to users, e.g. 'California'.")
    level = models.CharField(max_length=16, choices=Level.choices, help_text="Where it sits in the hierarchy.")
    parent = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="children",
        help_text="The jurisdiction whose law also applies here (us-ca -> us; fr -> eu).",
    )
    checked_on = models.DateField(
        null=True,
        blank=True,
        help_text="When someone last searched this jurisdiction's law for relevant provisions.",
    )
    notes = models.TextField(
        blank=True,
        help_text="What a reader should know, e.g. that no deepfake-specific law was found and what applies.",
    )

    history = HistoricalRecords()

    class Meta:
        ordering = ["code"]

    def __str__(self) -> str:
        return f"{self.name} ({self.code})"


class Law(EditorialRecord):
    slug = models.SlugField(
        max_length=80,
        unique=True,
        help_text="Stable id used in fixtures, URLs and the API, e.g. 'us-ca-civ-1708-86'. Never reuse one.",
    )
    jurisdiction = models.ForeignKey(
        Jurisdiction, on_delete=models.PROTECT, related_name="laws", help_text="Who made this law."
    )
    title = models.CharField(max_length=250, help_text="Short descriptive title in plain English.")
    citation = models.CharField(
        max_length=250, help_text="Official citation form, e.g. 'Cal. Civ. Code § 1708.86'."
    )
    kind = models.CharField(max_length=20, choices=LawKind.choices, help_text="What kind of rule this is.")
    topics = models.JSONField(default=list, blank=True, help_text="Tags such as ncii, deepfake, minors.")
    regime = models.CharField(
        max_length=24,
        choices=Regime.choices,
        blank=True,
        help_text="The notice regime this law defines, if any; platforms list the regimes that bind them.",
    )
    position = models.PositiveIntegerField(
        default=0, help_text="Order within its jurisdiction, as curated in the fixture file."
    )

    history = HistoricalRecords()

    class Meta:
        ordering = ["jurisdiction__code", "position", "slug"]

    def __str__(self) -> str:
        return f"{self.citation} ({self.slug})"


class LawVersion(EditorialRecord):
    law = models.ForeignKey(Law, on_delete=models.CASCADE, related_name="versions", help_text="The law.")
    effective_from = models.DateField(
        null=True,
        blank=True,
        help_text="First day this text was in force; empty only for a law's first version whose start date "
        "could not be verified (explained in notes).",
    )
    effective_to = models.DateField(
        null=True, blank=True, help_text="Last day this text was in force (inclusive); empty while in force."
    )
    status = models.CharField(max_length=12, choices=VersionStatus.choices, help_text="Legislative status.")
    enacted_by = models.TextField(blank=True, help_text="The act or bill that made this text, with its session law.")
    covers_synthetic = models.CharField(
        max_length=8,
        choices=Tristate.choices,
        help_text="Does it reach AI-generated, altered or otherwise fake images?",
    )
    covers_synthetic_note = models.TextField(blank=True, help_text="Why: the words of the law that decide it.")
    conduct = models.JSONField(
        default=list, blank=True, help_text="Conduct covered: creating, sharing, threatening, ..."
    )
    intent = models.TextField(null=True, blank=True, help_text="The mental element required, if any.")
    consent_rule = models.TextField(null=True, blank=True, help_text="How consent is treated.")
    ages = models.CharField(
        max_length=8, choices=Ages.choices, help_text="Whose images the provision protects, by age."
    )
    minors_note = models.TextField(null=True, blank=True, help_text="Rules specific to minors, if any.")
    penalty_class = models.TextField(null=True, blank=True, help_text="Grade of offence, e.g. 'misdemeanor'.")
    max_imprisonment = models.TextField(
        null=True, blank=True, help_text="Maximum custodial sentence, as the law states it."
    )
    max_fine = models.TextField(null=True, blank=True, help_text="Maximum fine.")
    civil_remedies = models.TextField(
        null=True, blank=True, help_text="Damages, statutory amounts, injunctions, fees available to victims."
    )
    limitation_period = models.TextField(
        null=True, blank=True, help_text="Time limit to sue or prosecute, if the law states one."
    )
    limitation_years = models.PositiveSmallIntegerField(
        null=True, blank=True, help_text="The limitation period in whole years, when the law states one."
    )
    limitation_runs_from = models.CharField(
        max_length=12,
        choices=[("conduct", "the conduct"), ("discovery", "discovery")],
        blank=True,
        help_text="What starts the limitation clock; with limitation_years, lets the checklist compute a date.",
    )
    private_right_of_action = models.BooleanField(
        null=True, blank=True, help_text="Can the person harmed sue under it? Empty if unknown."
    )
    duty_bearer = models.TextField(
        null=True, blank=True, help_text="Platform duties: who must act (e.g. covered platforms as defined)."
    )
    deadline_hours = models.PositiveIntegerField(
        null=True, blank=True, help_text="Platform duties: fixed deadline in hours, if the law sets one."
    )
    deadline_months = models.PositiveSmallIntegerField(
        null=True, blank=True, help_text="Platform duties: fixed deadline in calendar months (e.g. GDPR Art. 12(3))."
    )
    deadline_trigger = models.CharField(
        max_length=20,
        choices=DeadlineTrigger.choices,
        blank=True,
        help_text="Platform duties: what starts the clock. Letters state a deadline only when it is a valid request.",
    )
    deadline_text = models.TextField(
        null=True, blank=True, help_text="Platform duties: the deadline in the law's own terms."
    )
    duty_binds_from = models.DateField(
        null=True, blank=True, help_text="Platform duties: the date from which recipients must comply."
    )
    notice_elements = models.JSONField(
        default=list,
        blank=True,
        help_text="Platform duties: what a valid notice must contain, as {key, label, citation} items.",
    )
    summary = models.TextField(help_text="Plain-language summary in our own words (reading age about 12).")
    notes = models.TextField(blank=True, help_text="Uncertainties, conflicts between sources, caveats.")
    unverified = models.JSONField(
        default=list, blank=True, help_text="Names of fields not yet verified against a source."
    )

    history = HistoricalRecords()

    class Meta:
        ordering = ["law__slug", "effective_from"]
        constraints = [
            models.UniqueConstraint(fields=["law", "effective_from"], name="version_unique_start_per_law"),
            models.CheckConstraint(
                condition=Q(effective_to__isnull=True)
                | Q(effective_from__isnull=True)
                | Q(effective_to__gte=F("effective_from")),
                name="version_ends_after_it_starts",
                violation_error_message="effective_to is before effective_from.",
            ),
        ]

    def __str__(self) -> str:
        start = self.effective_from.isoformat() if self.effective_from else "?"
        end = self.effective_to.isoformat() if self.effective_to else "…"
        return f"{self.law.slug} {start}–{end}"


class Source(models.Model):
    version = models.ForeignKey(
        LawVersion, on_delete=models.CASCADE, related_name="sources", help_text="The version it supports."
    )
    url = models.URLField(max_length=600, help_text="The address of the page someone actually read.")
    title = models.TextField(blank=True, help_text="Title of the page or document.")
    kind = models.CharField(max_length=24, choices=SourceKind.choices, help_text="How authoritative it is.")
    publisher = models.CharField(max_length=200, blank=True, help_text="Who publishes it.")
    language = models.CharField(max_length=8, default="en", help_text="Language of the source (ISO 639-1).")
    quote = models.TextField(blank=True, help_text="A short verbatim excerpt supporting a key fact.")
    verified_on = models.DateField(help_text="When someone last read it and checked the facts against it.")
    dead_since = models.DateField(
        null=True, blank=True, help_text="When the address was found not to work any more (empty while it works)."
    )
    position = models.PositiveIntegerField(default=0, help_text="Order within its version, as curated.")

    history = HistoricalRecords()

    class Meta:
        ordering = ["version_id", "position", "id"]
        constraints = [models.UniqueConstraint(fields=["version", "url"], name="source_unique_url_per_version")]

    def __str__(self) -> str:
        return self.url
