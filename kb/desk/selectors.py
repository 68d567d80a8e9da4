"""Reads for the editorial desk: what awaits review, what changed since publication, what needs care."""

import datetime as dt
from dataclasses import dataclass

from django.db.models import Q

from kb.editorial.models import EditorialRecord, EditorialStatus
from kb.laws.models import Jurisdiction, Law, LawVersion, Source
from kb.recipients.models import Platform

KINDS: dict[str, type[EditorialRecord]] = {
    "jurisdiction": Jurisdiction, "law": Law, "version": LawVersion, "platform": Platform}
SKIP_FIELDS = {"lock_version", "updated_at", "created_at", "last_edited_by", "editorial_status", "id"}


@dataclass
class Change:
    field: str
    published: object
    draft: object


def queue() -> dict[str, list]:
    """Records awaiting review, then drafts, per kind (newest change first)."""
    out = {}
    for kind, model in KINDS.items():
        qs = model.objects.exclude(editorial_status=EditorialStatus.PUBLISHED).select_related("last_edited_by")
        if model is LawVersion:
            qs = qs.select_related("law")
        out[kind] = list(qs.order_by("editorial_status", "-updated_at"))
    return out


def diff_against_published(record: EditorialRecord) -> tuple[list[Change], object | None]:
    """Field changes between the last published snapshot and the record now; (all fields, None) if new."""
    history = record.history.order_by("-history_date")
    current = history.first()
    published = history.filter(editorial_status=EditorialStatus.PUBLISHED).first()
    if current is None:
        return [], None
    if published is None:
        fields = [f.name for f in record._meta.fields if f.name not in SKIP_FIELDS]
        return [Change(name, None, getattr(current, name, None)) for name in fields], None
    delta = current.diff_against(published, excluded_fields=SKIP_FIELDS)
    return [Change(c.field, c.old, c.new) for c in delta.changes], published


def stale_sources(*, today: dt.date, days: int = 365) -> list[Source]:
    cutoff = today - dt.timedelta(days=days)
    return list(Source.objects.filter(verified_on__lt=cutoff).select_related("version__law__jurisdiction")
                .order_by("verified_on")[:500])


def dead_sources() -> list[Source]:
    return list(Source.objects.filter(dead_since__isnull=False).select_related("version__law__jurisdiction")
                .order_by("dead_since"))


def unverified_versions() -> list[LawVersion]:
    return list(LawVersion.objects.exclude(Q(unverified=[]) | Q(unverified__isnull=True))
                .select_related("law__jurisdiction").order_by("law__jurisdiction__code", "law__slug"))
