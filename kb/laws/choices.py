"""Controlled vocabularies of the legal data model; fixture schemas and the admin use the same lists."""

from django.db import models


class Level(models.TextChoices):
    SUPRANATIONAL = "supranational", "Supranational (e.g. the European Union)"
    NATIONAL = "national", "National"
    SUBNATIONAL = "subnational", "State, province, territory or nation within a state"


class LawKind(models.TextChoices):
    CRIMINAL = "criminal", "Criminal offence"
    CIVIL = "civil", "Civil cause of action"
    PLATFORM_DUTY = "platform_duty", "Platform duty (notice and removal)"
    REGULATOR_POWER = "regulator_power", "Regulator power"
    DATA_PROTECTION = "data_protection", "Data protection right"


class VersionStatus(models.TextChoices):
    BILL = "bill", "Bill (not enacted)"
    ENACTED = "enacted", "Enacted, not yet in force"
    IN_FORCE = "in_force", "In force"
    REPEALED = "repealed", "Repealed"
    ENJOINED = "enjoined", "Enjoined by a court"


class Tristate(models.TextChoices):
    YES = "yes", "Yes"
    NO = "no", "No"
    UNCLEAR = "unclear", "Unclear"


class Ages(models.TextChoices):
    ALL = "all", "Adults and minors"
    ADULTS = "adults", "Adults only"
    MINORS = "minors", "Minors only"


class SourceKind(models.TextChoices):
    OFFICIAL_TEXT = "official_text", "Official text"
    GOVERNMENT_GUIDANCE = "government_guidance", "Government guidance"
    SECONDARY = "secondary", "Secondary source"


class Regime(models.TextChoices):
    """Notice regimes: the legal frameworks that define what a valid removal notice is and who it binds."""

    US_TAKE_IT_DOWN = "us_take_it_down", "US TAKE IT DOWN Act notice and removal"
    EU_DSA = "eu_dsa", "EU Digital Services Act notice and action"
    EU_GDPR = "eu_gdpr", "EU GDPR erasure request"
    UK_OSA = "uk_osa", "UK Online Safety Act illegal-content duties"
    UK_GDPR = "uk_gdpr", "UK GDPR erasure request"
    AU_OSA = "au_osa", "Australia Online Safety Act image-based abuse scheme"
    US_DMCA = "us_dmca", "US DMCA notice (copyright owners only)"
    US_CA_SB981 = "us_ca_sb981", "California digital identity theft reporting (Bus. & Prof. Code § 22671)"
    IN_IT_RULES = "in_it_rules", "India IT Rules 2021 complaint about intimate images (rule 3(2)(b))"


# Regimes that protect people by where they live: they are invoked only when the person (or the uploader)
# is in the regime's jurisdiction. The others bind a covered service towards anyone who writes to it.
RESIDENCE_REGIMES = frozenset({"eu_dsa", "eu_gdpr", "uk_osa", "uk_gdpr", "au_osa", "us_ca_sb981", "in_it_rules"})


class DeadlineTrigger(models.TextChoices):
    VALID_REQUEST = "valid_request", "A valid request from the person or their representative"
    REGULATOR_NOTICE = "regulator_notice", "A notice from a regulator (not the person's own letter)"
    COURT_ORDER = "court_order", "A court or tribunal order"


CONDUCT = ["creating", "sharing", "threatening", "possessing", "soliciting", "failing_to_remove"]
TOPICS = ["ncii", "deepfake", "minors", "sextortion", "platform", "privacy"]
