"""The flow's state lives in the page: read it from a POST, validate it, turn it into an incident.

Nothing here touches the database except to read the list of places, and nothing is logged.
"""

import datetime as dt

from django.http import QueryDict
from django.utils.translation import gettext as _

from kb.laws.models import Jurisdiction
from kb.web.flow.steps import BY_SLUG, FIELD_NAMES, STEPS, PlaceStep, Step


def raw_state(post: QueryDict) -> dict[str, str]:
    """Every answer given so far, as the raw strings the browser sent back."""
    return {name: post.get(name, "") for name in FIELD_NAMES if name in post}


def jurisdiction_choices() -> list:
    """Published places grouped under their country, for the 'where you live' question."""
    rows = list(Jurisdiction.objects.published().values_list("code", "name", "parent__code"))
    names = {code: name for code, name, _ in rows}
    groups: dict[str, list] = {}
    for code, name, parent in sorted(rows, key=lambda r: (r[2] or r[0], r[2] is not None, r[1])):
        top = parent or code
        label = names.get(top, top)
        entry = (code, name if parent is None else f"{name} ({label})")
        groups.setdefault(label, []).append(entry)
    return [(label, options) for label, options in sorted(groups.items())]


def step_form(slug: str, data: dict | None = None, *, choices: list | None = None) -> Step:
    cls = BY_SLUG[slug]
    if cls is PlaceStep:
        return cls(data, jurisdiction_choices=choices if choices is not None else jurisdiction_choices())
    return cls(data)


def next_slug(slug: str) -> str:
    order = [s.slug for s in STEPS]
    index = order.index(slug)
    return order[index + 1] if index + 1 < len(order) else "review"


def previous_slug(slug: str) -> str:
    order = [s.slug for s in STEPS]
    if slug == "review":
        return order[-1]
    index = order.index(slug)
    return order[max(index - 1, 0)]


def validate_all(state: dict[str, str]) -> tuple[dict, str | None]:
    """All answers cleaned, or the first step that still needs attention."""
    cleaned: dict = {}
    choices = jurisdiction_choices()
    for cls in STEPS:
        form = step_form(cls.slug, state, choices=choices)
        if not form.is_valid():
            return cleaned, cls.slug
        cleaned.update(form.cleaned_data)
    return cleaned, None


def incident_document(cleaned: dict, *, today: dt.date | None = None) -> dict:
    """The incident contract (see kb.matching.incident) from the flow's answers."""
    def iso(value: dt.date | None) -> str | None:
        return value.isoformat() if value else None

    synthetic = {"fake": True, "real": False}.get(cleaned["synthetic"])
    minor = cleaned["age"] == "minor"
    return {
        "today": (today or dt.date.today()).isoformat(),
        "incident": {
            "conduct_date": iso(cleaned.get("conduct_date")),
            "discovered_date": iso(cleaned.get("discovered_date")),
            "synthetic": synthetic,
            "sexual": True,
            "age_at_creation": cleaned["age"],
            "requester_owns_copyright": cleaned.get("owns_copyright") == "yes" and not minor,
            "description": cleaned.get("description", ""),
        },
        "person": {"jurisdiction": cleaned["person_jurisdiction"]},
        "requester": {key: cleaned.get(key, "") for key in (
            "name", "email", "postal_address", "phone", "relationship", "organization", "authority_statement")},
        "items": [{"url": url} for url in cleaned["urls"].splitlines()],
        "attestations": {"good_faith": cleaned["good_faith"], "depicts_me_or_principal": cleaned["depicts"],
                         "not_consented": cleaned["not_consented"]},
        "signature": cleaned["signature"],
    }


def summary_rows(cleaned: dict, choices_lookup: dict) -> list[tuple[str, str, str]]:
    """(step slug, question, answer) for the review page."""
    rows = []
    for cls in STEPS:
        form = cls() if cls is not PlaceStep else PlaceStep(jurisdiction_choices=[])
        for name, field in form.fields.items():
            value = cleaned.get(name)
            if name == "person_jurisdiction":
                shown = choices_lookup.get(value, value)
            elif hasattr(field, "choices") and field.choices:
                shown = dict(field.choices).get(value, value)
            elif isinstance(value, bool):
                shown = _("Yes") if value else _("No")
            elif isinstance(value, dt.date):
                shown = value.isoformat()
            else:
                shown = value or "—"
            rows.append((cls.slug, str(field.label), str(shown)))
    return rows
