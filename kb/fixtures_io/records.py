"""The one mapping between fixture dictionaries and model fields, used by both loadkb and exportkb.

Keeping it in one place is what makes export(load(files)) == files: each fixture key appears here once,
in the order the canonical file writes it.
"""

import datetime as dt
from typing import Any

from django.db import models

from kb.laws.models import Jurisdiction, Law, LawVersion, Source
from kb.recipients.models import Platform, PlatformChannel

# Fixture keys that map 1:1 to a model field of the same name; a None in the file is "" for text fields.
JURISDICTION_FIELDS = ["name", "level", "checked_on", "notes"]
LAW_FIELDS = ["title", "citation", "kind", "regime", "topics"]
VERSION_FIELDS_BEFORE_DUTY = [
    "effective_to", "status", "enacted_by", "covers_synthetic", "covers_synthetic_note", "conduct", "intent",
    "consent_rule", "ages", "minors_note", "penalty_class", "max_imprisonment", "max_fine", "civil_remedies",
    "limitation_period", "limitation_years", "limitation_runs_from", "private_right_of_action",
]
VERSION_FIELDS_AFTER_DUTY = ["summary", "notes", "unverified"]
DUTY_FIELDS = {  # fixture key -> model field
    "who": "duty_bearer",
    "deadline_hours": "deadline_hours",
    "deadline_months": "deadline_months",
    "deadline_trigger": "deadline_trigger",
    "deadline_text": "deadline_text",
    "binds_from": "duty_binds_from",
    "notice_elements": "notice_elements",
}
SOURCE_FIELDS = ["title", "kind", "publisher", "language", "quote", "verified_on", "dead_since"]
PLATFORM_FIELDS = [
    "name", "kind", "legal_entity", "established_in", "hostnames", "regimes", "dsa_vlop", "stopncii_partner",
    "take_it_down_participant", "notes", "sources",
]
CHANNEL_FIELDS = ["purpose", "method", "value", "notes", "source_url", "verified_on"]

LIST_DEFAULTS = {"topics", "conduct", "unverified", "regimes", "hostnames", "notice_elements", "sources"}


# JSON lists of objects keep their keys in this order in the files. PostgreSQL's jsonb stores object keys in
# its own order, so the export re-imposes the canonical one (other keys follow, sorted).
KEY_ORDER = {
    "notice_elements": ["key", "label", "citation"],
    "sources": ["url", "title", "kind", "verified_on"],
}


def canonical_objects(field_name: str, value: object) -> object:
    order = KEY_ORDER.get(field_name)
    if order is None or not isinstance(value, list):
        return value
    out = []
    for item in value:
        if isinstance(item, dict):
            known = [k for k in order if k in item]
            item = {k: item[k] for k in known + sorted(k for k in item if k not in order)}
        out.append(item)
    return out


def to_model_value(model: type[models.Model], field_name: str, value: Any) -> Any:
    """Fixture value -> model attribute value."""
    field = model._meta.get_field(field_name)
    if value is None:
        if field_name in LIST_DEFAULTS:
            return []
        if isinstance(field, models.CharField | models.TextField) and not field.null:
            return field.default if field.has_default() and field.default is not None else ""
        return None
    if isinstance(field, models.DateField) and isinstance(value, str):
        return dt.date.fromisoformat(value)
    return value


def to_fixture_value(model: type[models.Model], field_name: str, value: Any) -> Any:
    """Model attribute value -> fixture value."""
    if isinstance(value, dt.date):
        return value.isoformat()
    value = canonical_objects(field_name, value)
    field = model._meta.get_field(field_name)
    if value == "" and isinstance(field, models.CharField | models.TextField):
        return None
    return value


def version_attrs(data: dict) -> dict:
    attrs = {"effective_from": to_model_value(LawVersion, "effective_from", data["effective_from"])}
    for key in VERSION_FIELDS_BEFORE_DUTY + VERSION_FIELDS_AFTER_DUTY:
        attrs[key] = to_model_value(LawVersion, key, data.get(key))
    duty = data.get("platform_duty") or {}
    for key, field_name in DUTY_FIELDS.items():
        attrs[field_name] = to_model_value(LawVersion, field_name, duty.get(key))
    return attrs


def simple_attrs(model: type[models.Model], data: dict, keys: list[str]) -> dict:
    return {key: to_model_value(model, key, data.get(key)) for key in keys}


def jurisdiction_to_fixture(j: Jurisdiction, laws: list[dict]) -> dict:
    out: dict[str, Any] = {"code": j.code, "name": j.name, "level": j.level,
                           "parent": j.parent.code if j.parent_id else None}
    out["checked_on"] = to_fixture_value(Jurisdiction, "checked_on", j.checked_on)
    out["notes"] = to_fixture_value(Jurisdiction, "notes", j.notes)
    out["laws"] = laws
    return out


def law_to_fixture(law: Law, versions: list[dict]) -> dict:
    out: dict[str, Any] = {"id": law.slug}
    out.update({key: to_fixture_value(Law, key, getattr(law, key)) for key in LAW_FIELDS})
    out["versions"] = versions
    return out


def version_to_fixture(version: LawVersion, sources: list[dict]) -> dict:
    out: dict[str, Any] = {"effective_from": to_fixture_value(LawVersion, "effective_from", version.effective_from)}
    for key in VERSION_FIELDS_BEFORE_DUTY:
        out[key] = to_fixture_value(LawVersion, key, getattr(version, key))
    duty_values = {key: getattr(version, field) for key, field in DUTY_FIELDS.items()}
    has_duty = any(value not in (None, "", []) for value in duty_values.values())
    out["platform_duty"] = (
        {key: to_fixture_value(LawVersion, DUTY_FIELDS[key], value) for key, value in duty_values.items()}
        if has_duty else None
    )
    for key in VERSION_FIELDS_AFTER_DUTY:
        out[key] = to_fixture_value(LawVersion, key, getattr(version, key))
    out["sources"] = sources
    return out


def source_to_fixture(source: Source) -> dict:
    out: dict[str, Any] = {"url": source.url}
    out.update({key: to_fixture_value(Source, key, getattr(source, key)) for key in SOURCE_FIELDS})
    return out


def platform_to_fixture(platform: Platform, channels: list[dict]) -> dict:
    out: dict[str, Any] = {"id": platform.slug}
    out.update({key: to_fixture_value(Platform, key, getattr(platform, key)) for key in PLATFORM_FIELDS})
    out["channels"] = channels
    return out


def channel_to_fixture(channel: PlatformChannel) -> dict:
    return {key: to_fixture_value(PlatformChannel, key, getattr(channel, key)) for key in CHANNEL_FIELDS}
