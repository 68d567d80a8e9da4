"""The tailored checklist: safety first, evidence before reporting, and dates computed from the incident.

Items and their sources live in data/checklist.yaml; this module only chooses and orders them for the
person (age, country, which documents they are sending) and adds the dates that follow from the law.
"""

import datetime as dt
from functools import cache
from pathlib import Path

import yaml

from kb.matching.engine import MatchResult
from kb.recipients.guidance import unknown_host_steps

DATA = Path(__file__).resolve().parent / "data" / "checklist.yaml"
ADULT_ORDER = ["safety", "capture", "log", "donts", "dmca", "report"]
MINOR_ORDER = ["report_first", "safety", "capture_minor", "donts", "report"]
LOG_COLUMNS = ["time_utc", "item", "size_bytes", "url", "method", "sha256", "notes"]


@cache
def _data() -> dict:
    return yaml.safe_load(DATA.read_text(encoding="utf-8"))


def _add_years(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def _add_months(day: dt.date, months: int) -> dt.date:
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    for last in (31, 30, 29, 28):
        try:
            return day.replace(year=year, month=month, day=min(day.day, last))
        except ValueError:
            continue
    raise ValueError(day)


def _applies(entry: dict, *, minor: bool, country: str, jurisdiction: str, kinds: set[str]) -> bool:
    """kinds: the document kinds being sent, plus 'take_it_down' when a TAKE IT DOWN deadline binds."""
    audience = entry.get("audience", "all")
    if (audience == "adults" and minor) or (audience == "minors" and not minor):
        return False
    if entry.get("countries") and country not in entry["countries"]:
        return False
    if entry.get("jurisdictions") and jurisdiction not in entry["jurisdictions"]:
        return False
    required = {"dmca": "dmca_notice", "take_it_down": "take_it_down"}.get(entry.get("requires", ""))
    return required is None or required in kinds


def sections_for(result: MatchResult, letters: list[dict]) -> list[dict]:
    incident = result.incident
    minor = incident.is_minor
    jurisdiction = incident.person_jurisdiction
    country = jurisdiction.split("-")[0]
    kinds = {letter["kind"] for letter in letters}
    if any(law["regime"] == "us_take_it_down" and law["deadline_hours"] for letter in letters
           for law in letter["regime_laws"]):
        kinds.add("take_it_down")
    sources = _data()["sources"]
    by_id = {section["id"]: section for section in _data()["sections"]}
    out = []
    for section_id in MINOR_ORDER if minor else ADULT_ORDER:
        section = by_id[section_id]
        if not _applies(section, minor=minor, country=country, jurisdiction=jurisdiction, kinds=kinds):
            continue
        items = [
            {"text": item["text"], "sources": [sources[key] for key in item["sources"]]}
            for item in section["items"]
            if _applies(item, minor=minor, country=country, jurisdiction=jurisdiction, kinds=kinds)
        ]
        if items:
            out.append({"id": section_id, "title": section["title"], "items": items})
    unknown = sorted({letter["recipient"]["host"] for letter in letters if letter["recipient"]["slug"] is None})
    if unknown:
        out.append({"id": "unknown_hosts", "title": "Sites Recourse does not know: " + ", ".join(unknown),
                    "items": unknown_host_steps()})
    return out


def follow_ups(letters: list[dict], today: dt.date) -> list[str]:
    lines = []
    for letter in letters:
        for deadline in letter["deadlines"]:
            who, citation = letter["recipient"]["name"], deadline["citation"]
            if deadline["hours"]:
                hours = deadline["hours"]
                end = today + dt.timedelta(hours=hours)
                lines.append(
                    f"{who}: if you send the request on {today.isoformat()}, the {hours} hours under {citation} end "
                    f"on {end.isoformat()} at the time of day you sent it. Note the exact time you send it.")
            else:
                end = _add_months(today, deadline["months"])
                lines.append(f"{who}: if you send the request on {today.isoformat()}, the reply is due under "
                             f"{citation} by {end.isoformat()}.")
    return lines


def limitation_dates(result: MatchResult) -> list[str]:
    incident = result.incident
    lines = []
    for m in result.laws:
        v = m.version
        if not v.limitation_period:
            continue
        line = f"{m.law.citation}: {v.limitation_period}"
        base = {"discovery": incident.discovered_date, "conduct": incident.conduct_date}.get(v.limitation_runs_from)
        if v.limitation_years and base:
            line += (f" Counting from {base.isoformat()} ({v.get_limitation_runs_from_display()}), the "
                     f"{v.limitation_years}-year period ends on {_add_years(base, v.limitation_years).isoformat()}. "
                     "Check this date with a lawyer: rules on when the clock starts and stops vary.")
        lines.append(line)
    return lines


def evidence_log_csv() -> str:
    return ",".join(LOG_COLUMNS) + "\r\n"
