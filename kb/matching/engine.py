"""From an incident to the laws that apply and why: pure reads, a fixed number of queries.

Criminal and civil laws are judged as in force on the date of the conduct; platform duties and data
protection rights as in force today, and a platform duty only once it binds platforms.
"""

import datetime as dt
from dataclasses import dataclass, field

from django.db.models import Prefetch

from kb.laws.choices import RESIDENCE_REGIMES
from kb.laws.models import Law, LawVersion
from kb.laws.selectors import published_versions
from kb.matching.incident import Incident
from kb.matching.jurisdictions import Involvement, JurisdictionMap, involved
from kb.recipients.models import Platform
from kb.recipients.resolve import HostIndex

JUDGED_TODAY = {"platform_duty", "data_protection", "regulator_power"}


@dataclass
class LawMatch:
    law: Law
    version: LawVersion
    applies_because: list[str]
    notes: list[str] = field(default_factory=list)


@dataclass
class NotApplicable:
    law: Law
    why: str


@dataclass
class MatchResult:
    incident: Incident
    jurisdictions: dict[str, Involvement]
    laws: list[LawMatch]
    not_applicable: list[NotApplicable]
    warnings: list[str]
    platforms_by_url: dict[str, Platform | None]

    def matched(self, law_id: str) -> LawMatch | None:
        return next((m for m in self.laws if m.law.slug == law_id), None)

    def codes_for(self, platform: Platform | None) -> set[str]:
        """Jurisdictions whose law bears on a letter to this recipient: the person's, the uploader's and the
        recipient's own (where it is established or operates) — never another recipient's."""
        wanted = {"person", "uploader"} | ({f"platform:{platform.slug}"} if platform else set())
        return {code for code, place in self.jurisdictions.items() if place.scopes & wanted}


def _day(value: dt.date) -> str:
    return value.isoformat()


def version_on(versions: list[LawVersion], day: dt.date) -> LawVersion | None:
    for version in versions:
        starts_ok = version.effective_from is None or version.effective_from <= day
        if starts_ok and (version.effective_to is None or day <= version.effective_to):
            return version
    return None


def _why_no_version(versions: list[LawVersion], day: dt.date, what: str) -> str:
    later = [v.effective_from for v in versions if v.effective_from and v.effective_from > day]
    if later:
        return f"Not yet in force on {_day(day)} ({what}); it takes effect on {_day(min(later))}."
    ended = [v.effective_to for v in versions if v.effective_to and v.effective_to < day]
    if ended:
        return f"No longer in force on {_day(day)} ({what}); it ended on {_day(max(ended))}."
    return f"No version of it is recorded as in force on {_day(day)} ({what})."


def _flagged(version: LawVersion, field: str) -> bool:
    """Is `field` listed as unverified (entries may carry an explanation after the name)?"""
    return any(str(entry).split(" ", 1)[0].rstrip(":") == field for entry in (version.unverified or []))


def _date_doubts(versions: list[LawVersion], version: LawVersion, day: dt.date) -> list[str]:
    """Say so when the boundary between two texts near this date rests on an unverified start date."""
    doubts = []
    if version.effective_from is None:
        doubts.append("The date this law took effect is not recorded; if the conduct may be older than the law, "
                      "check that it was already in force then.")
    elif version.effective_from and _flagged(version, "effective_from"):
        doubts.append(f"The date this text took effect ({_day(version.effective_from)}) is not verified; if the "
                      "date that matters is close to it, check which text applied.")
    later = [v for v in versions if v.effective_from and v.effective_from > day]
    if later:
        nxt = min(later, key=lambda v: v.effective_from)
        if _flagged(nxt, "effective_from") and (nxt.effective_from - day).days <= 366:
            doubts.append(f"A later text is recorded from {_day(nxt.effective_from)}, but that date is not verified.")
    return doubts


def _facts(incident: Incident, law: Law, version: LawVersion) -> tuple[str | None, list[str], list[str]]:
    """(reason it does not apply | None, reasons it applies, notes) from the incident's facts."""
    because, notes = [], []
    if not incident.sexual:
        return "It concerns sexual or intimate images, and you said the image is not sexual.", [], []
    synthetic_only = "deepfake" in law.topics and "ncii" not in law.topics
    if incident.synthetic is True:
        if version.covers_synthetic == "no":
            return ("It does not reach AI-generated or altered images" +
                    (f": {version.covers_synthetic_note}" if version.covers_synthetic_note else "."), [], [])
        if version.covers_synthetic == "yes":
            because.append("It covers AI-generated or altered (fake) images.")
        else:
            notes.append("It is unclear whether it reaches AI-generated or altered images"
                         + (f": {version.covers_synthetic_note}" if version.covers_synthetic_note else "."))
    elif incident.synthetic is False and synthetic_only:
        return "It is about AI-generated or altered images, and you said the image is real.", [], []
    elif incident.synthetic is None and version.covers_synthetic != "yes":
        notes.append("If the image is fake or AI-made, check whether this law reaches it.")
    ages = {"adults": "adults", "minors": "people under 18"}
    if version.ages == "adults" and incident.age_at_creation == "minor":
        return "It protects adults only; the person was under 18.", [], []
    if version.ages == "minors" and incident.age_at_creation == "adult":
        return "It protects people under 18 only; the person was an adult.", [], []
    if version.ages in ages:
        if incident.age_at_creation == "unknown":
            notes.append(f"It protects {ages[version.ages]} only.")
        else:
            because.append(f"It protects {ages[version.ages]}, as the person was.")
    return None, because, notes


def _judge(incident: Incident, law: Law, versions: list[LawVersion], place: list[str]):  # noqa: ANN202
    today_kind = law.kind in JUDGED_TODAY
    day = incident.today if today_kind else incident.date_for_conduct
    what = "today" if today_kind else (
        "the date of the conduct" if incident.conduct_date else
        "the date you found it" if incident.discovered_date else "today; no conduct date was given")
    version = version_on(versions, day)
    if version is None:
        return NotApplicable(law, _why_no_version(versions, day, what))
    if version.status in ("bill", "enacted"):
        return NotApplicable(law, f"It was not yet in force on {_day(day)} ({what}).")
    if version.status == "enjoined":
        return NotApplicable(law, f"A court had blocked it on {_day(day)} ({what}).")
    if version.duty_binds_from and version.duty_binds_from > incident.today:
        return NotApplicable(law, f"Its duty binds platforms only from {_day(version.duty_binds_from)}.")
    if law.regime == "us_dmca" and not incident.requester_owns_copyright:
        return NotApplicable(law, "Only the copyright owner (or their agent) can send a copyright notice, and you "
                                  "said you do not own the copyright.")
    refusal, because, notes = _facts(incident, law, version)
    if refusal:
        return NotApplicable(law, refusal)
    notes += _date_doubts(versions, version, day)
    when = f"It was in force on {_day(day)} ({what})." if not today_kind else (
        f"It is in force today ({_day(day)})" + (
            f" and has bound platforms since {_day(version.duty_binds_from)}." if version.duty_binds_from else "."))
    return LawMatch(law, version, [*place, when, *because], notes)


def match(incident: Incident, *, host_index: HostIndex | None = None) -> MatchResult:
    jmap = JurisdictionMap()
    index = host_index or HostIndex()
    platforms_by_url = {item.url: index.platform_for_host(item.host) for item in incident.items}
    roles = [(incident.person_jurisdiction, "where you live", "person")]
    if incident.uploader_jurisdiction:
        roles.append((incident.uploader_jurisdiction, "where the person who posted it is", "uploader"))
    platforms = list({p.slug: p for p in platforms_by_url.values() if p}.values())
    regime_homes = _regime_jurisdictions({r for p in platforms for r in p.regimes})
    for platform in platforms:
        scope = f"platform:{platform.slug}"
        if platform.established_in:
            roles.append((platform.established_in, f"where {platform.name} is established", scope))
        for regime in set(platform.regimes) - RESIDENCE_REGIMES:
            for code in regime_homes.get(regime, ()):
                roles.append((code, f"where {platform.name} operates", scope))
    places = involved(jmap, roles)

    warnings = _warnings(incident, places, platforms_by_url)
    versions = published_versions()
    laws = (Law.objects.published().filter(jurisdiction__code__in=places)
            .select_related("jurisdiction").prefetch_related(Prefetch("versions", queryset=versions))
            .order_by("jurisdiction__code", "position", "slug"))
    matched, not_applicable = [], []
    for law in laws:
        place = [f"It is the law of {law.jurisdiction.name}: " + "; ".join(places[law.jurisdiction.code].reasons) + "."]
        outcome = _judge(incident, law, list(law.versions.all()), place)
        (matched if isinstance(outcome, LawMatch) else not_applicable).append(outcome)
    return MatchResult(incident, places, matched, not_applicable, warnings, platforms_by_url)


def _regime_jurisdictions(regimes: set[str]) -> dict[str, set[str]]:
    """Where each notice regime is law: a platform bound by it operates there."""
    homes: dict[str, set[str]] = {}
    if regimes:
        rows = Law.objects.published().filter(regime__in=regimes).values_list("regime", "jurisdiction__code")
        for regime, code in rows:
            homes.setdefault(regime, set()).add(code)
    return homes


def _warnings(incident: Incident, places: dict[str, Involvement], platforms: dict) -> list[str]:
    warnings = []
    if incident.is_minor:
        warnings.append("The person was under 18 when the image was made: report it to NCMEC's CyberTipline "
                        "or Take It Down (or your country's hotline) first, and do not save or send the image.")
    if incident.age_at_creation == "unknown":
        warnings.append("If the person may have been under 18 when the image was made, do not save or send the "
                        "image, and consider reporting it to NCMEC's CyberTipline or Take It Down first.")
    for code, place in places.items():
        if not place.known:
            warnings.append(f"Recourse has no published data for {code} yet; laws there are not listed.")
    if not incident.conduct_date:
        warnings.append("No conduct date was given; criminal and civil laws were judged as of "
                        f"{incident.date_for_conduct.isoformat()}.")
    unknown = sorted({url for url, platform in platforms.items() if platform is None})
    if unknown:
        warnings.append(f"{len(unknown)} URL(s) are on sites Recourse does not know; see the checklist for how "
                        "to find who hosts them.")
    return warnings
