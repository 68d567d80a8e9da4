"""Side-by-side comparison of jurisdictions, as of a date: one row per law in force, a fixed query count.

Used by the compare page and its CSV/JSON exports, so the three always show the same rows.
"""

import datetime as dt
from dataclasses import dataclass

from django.db.models import F, Prefetch

from kb.laws.models import Jurisdiction, Law, LawVersion, Source
from kb.laws.selectors import published_versions
from kb.matching.engine import version_on
from kb.matching.jurisdictions import EU_MEMBERS

GROUPS = {
    "all-us": lambda codes: {c for c in codes if c == "us" or c.startswith("us-")},
    "all-eu": lambda codes: {c for c in codes if c == "eu" or c in EU_MEMBERS},
    "all": lambda codes: set(codes),
}

COLUMNS = [  # (key, heading) in table and export order
    ("covers_synthetic", "Covers synthetic images"),
    ("conduct", "Conduct covered"),
    ("intent", "Intent"),
    ("consent_rule", "Consent"),
    ("ages", "Protects"),
    ("penalties", "Penalties"),
    ("civil_remedies", "Civil remedies"),
    ("limitation_period", "Limitation period"),
    ("private_right_of_action", "Private right of action"),
    ("platform_duty", "Platform duty and deadline"),
]


@dataclass
class Row:
    jurisdiction: Jurisdiction
    law: Law
    version: LawVersion

    @property
    def source(self) -> Source | None:
        sources = list(self.version.sources.all())
        official = [s for s in sources if s.kind == "official_text"]
        return (official or sources or [None])[0]

    def cell(self, key: str) -> str:
        v = self.version
        if key == "conduct":
            return ", ".join(v.conduct) or "—"
        if key == "ages":
            return v.get_ages_display()
        if key == "covers_synthetic":
            return v.covers_synthetic
        if key == "penalties":
            parts = [p for p in (v.penalty_class, v.max_imprisonment, v.max_fine) if p]
            return "; ".join(parts) or "—"
        if key == "private_right_of_action":
            return {True: "yes", False: "no", None: "unknown"}[v.private_right_of_action]
        if key == "platform_duty":
            if v.deadline_hours:
                return f"{v.deadline_hours} hours" + (" (from a regulator's notice)"
                                                      if v.deadline_trigger == "regulator_notice" else "")
            if v.deadline_months:
                return f"{v.deadline_months} month(s)"
            return (v.deadline_text or "—") if v.law.kind in ("platform_duty", "data_protection") else "—"
        value = getattr(v, key)
        return value if value not in (None, "") else "—"

    def export(self) -> dict:
        source = self.source
        return {
            "jurisdiction": self.jurisdiction.code, "jurisdiction_name": self.jurisdiction.name,
            "law": self.law.slug, "citation": self.law.citation, "title": self.law.title, "kind": self.law.kind,
            "effective_from": self.version.effective_from.isoformat() if self.version.effective_from else "",
            "effective_to": self.version.effective_to.isoformat() if self.version.effective_to else "",
            **{key: self.cell(key) for key, _ in COLUMNS},
            "source": source.url if source else "",
        }


@dataclass
class Comparison:
    as_of: dt.date
    codes: list[str]
    rows: list[Row]
    missing: list[str]


def selected_codes(requested: list[str], known: list[str]) -> tuple[list[str], list[str]]:
    chosen, missing = [], []
    for item in requested:
        item = item.strip().lower()
        if item in GROUPS:
            expanded = sorted(GROUPS[item](known))
        elif item.startswith("all-"):  # a country with its states or provinces: all-au, all-ca, all-gb ...
            country = item.removeprefix("all-")
            expanded = sorted(c for c in known if c == country or c.startswith(f"{country}-")) or [item]
        else:
            expanded = [item]
        for code in expanded:
            if code in known:
                if code not in chosen:
                    chosen.append(code)
            elif code not in missing:
                missing.append(code)
    return chosen, missing


def compare(requested: list[str], *, as_of: dt.date, filters: dict[str, str]) -> Comparison:
    known = list(Jurisdiction.objects.published().values_list("code", flat=True))
    codes, missing = selected_codes(requested, known)
    versions = published_versions().select_related("law").order_by(F("effective_from").asc(nulls_first=True))
    laws = Law.objects.published().filter(jurisdiction__code__in=codes).select_related("jurisdiction").order_by(
        "jurisdiction__code", "position", "slug").prefetch_related(Prefetch("versions", queryset=versions))
    order = {code: index for index, code in enumerate(codes)}
    rows = []
    for law in sorted(laws, key=lambda item: order[item.jurisdiction.code]):
        version = version_on(list(law.versions.all()), as_of)
        if version is None or version.status in ("bill", "enacted"):
            continue
        row = Row(law.jurisdiction, law, version)
        if all(_matches(row, key, wanted) for key, wanted in filters.items() if wanted):
            rows.append(row)
    return Comparison(as_of, codes, rows, missing)


FILTERS = {"private_right_of_action": ("yes", "no", "unknown"), "covers_synthetic": ("yes", "no", "unclear"),
           "kind": ("criminal", "civil", "platform_duty", "regulator_power", "data_protection")}


def _matches(row: Row, key: str, wanted: str) -> bool:
    if key == "kind":
        return row.law.kind == wanted
    return row.cell(key) == wanted
