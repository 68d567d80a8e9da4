"""loadkb's service: validate every file, then make the database match them in one transaction.

The files are the reviewed, published state of the knowledge base (they change through reviewed diffs),
so what they hold is stored as published. For each law in the files, its versions and sources are exactly
those in the file: a version or source the file no longer lists is deleted. Records the files do not
mention are left alone. Every write goes through Model.save(), so each change has a history row.
"""

from collections import Counter
from dataclasses import dataclass, field

from django.db import models, transaction

from kb.editorial.models import EditorialRecord, EditorialStatus
from kb.fixtures_io import records
from kb.fixtures_io.discovery import FixtureFile
from kb.fixtures_io.problems import Problem
from kb.fixtures_io.validation import ParsedFile, validate_files
from kb.laws.models import Jurisdiction, Law, LawVersion, Source
from kb.recipients.models import Platform, PlatformChannel

REASON = "loaded from fixtures (loadkb)"


@dataclass
class LoadReport:
    files: int = 0
    counts: Counter = field(default_factory=Counter)
    problems: list[Problem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not any(p.severity == "error" for p in self.problems)

    def summary(self) -> str:
        c = self.counts
        text = f"{c['created']} created, {c['updated']} updated, {c['unchanged']} unchanged"
        if c["deleted"]:
            text += f", {c['deleted']} deleted"
        return f"Loaded {self.files} file(s): {text}."


class InvalidFixtures(Exception):
    def __init__(self, problems: list[Problem]) -> None:
        super().__init__(f"{len(problems)} problem(s) in the fixture files")
        self.problems = problems


def load_fixtures(*, files: list[FixtureFile]) -> LoadReport:
    """Validate all files; if any is invalid raise InvalidFixtures and write nothing."""
    result = validate_files(files)
    if not result.ok:
        raise InvalidFixtures([p for p in result.problems if p.severity == "error"])
    report = LoadReport(files=len(files))
    with transaction.atomic():
        for parsed in _parents_first(result.jurisdictions):
            _load_jurisdiction(parsed, report.counts)
        for parsed in result.platforms:
            _load_platform(parsed, report.counts)
    return report


def _parents_first(parsed: list[ParsedFile]) -> list[ParsedFile]:
    by_code = {p.data["code"]: p for p in parsed}

    def depth(item: ParsedFile, seen: frozenset = frozenset()) -> int:
        parent = by_code.get(item.data.get("parent") or "")
        if parent is None or item.data["code"] in seen:
            return 0
        return 1 + depth(parent, seen | {item.data["code"]})

    return sorted(parsed, key=lambda p: (depth(p), p.data["code"]))


_MISSING = object()


def _upsert(
    model: type[models.Model], lookup: dict, attrs: dict, counts: Counter, instance: object = _MISSING
) -> models.Model:
    """Create or update one record; save (and so write history) only when something changed."""
    if instance is _MISSING:
        instance = model.objects.filter(**lookup).first()
    editorial = issubclass(model, EditorialRecord)
    if editorial:
        attrs = {**attrs, "editorial_status": EditorialStatus.PUBLISHED}
    if instance is None:
        instance = model(**lookup, **attrs)
        counts["created"] += 1
    else:
        changed = {k: v for k, v in attrs.items() if getattr(instance, k) != v}
        if not changed:
            counts["unchanged"] += 1
            return instance
        for key, value in changed.items():
            setattr(instance, key, value)
        if editorial:
            instance.lock_version += 1
        counts["updated"] += 1
    instance._change_reason = REASON
    instance.save()
    return instance


def _delete_missing(queryset: models.QuerySet, keep_ids: set[int], counts: Counter) -> None:
    for stale in queryset.exclude(pk__in=keep_ids):
        stale._change_reason = REASON
        deleted, _ = stale.delete()  # includes what cascades (a version's sources)
        counts["deleted"] += deleted


def _load_jurisdiction(parsed: ParsedFile, counts: Counter) -> None:
    data = parsed.data
    parent = Jurisdiction.objects.get(code=data["parent"]) if data.get("parent") else None
    attrs = records.simple_attrs(Jurisdiction, data, records.JURISDICTION_FIELDS)
    jurisdiction = _upsert(Jurisdiction, {"code": data["code"]}, {**attrs, "parent": parent}, counts)
    for position, law_data in enumerate(data["laws"]):
        law_attrs = records.simple_attrs(Law, law_data, records.LAW_FIELDS)
        law = _upsert(Law, {"slug": law_data["id"]},
                      {**law_attrs, "jurisdiction": jurisdiction, "position": position}, counts)
        _load_versions(law, law_data["versions"], counts)


def _load_versions(law: Law, versions: list[dict], counts: Counter) -> None:
    wanted_starts = {v["effective_from"] for v in versions}
    # Versions the file dropped go first, so that a re-dated version cannot collide with a stale one.
    stale = law.versions.exclude(effective_from__in=wanted_starts - {None})
    if None in wanted_starts:
        stale = stale.exclude(effective_from__isnull=True)
    _delete_missing(stale, set(), counts)
    existing = {v.effective_from: v for v in law.versions.all()}
    wanted = [records.version_attrs(v) for v in versions]
    # The database refuses overlapping versions at every statement, so first shrink (quietly, without
    # history) each kept version to the part of its old span it keeps; growing them afterwards cannot
    # then collide, because the final spans were validated not to overlap.
    for attrs in wanted:
        old = existing.get(attrs["effective_from"])
        if old is not None and _ends_before(attrs["effective_to"], old.effective_to):
            LawVersion.objects.filter(pk=old.pk).update(effective_to=attrs["effective_to"])
    for attrs, version_data in zip(wanted, versions, strict=True):
        start = attrs.pop("effective_from")
        version = _upsert(LawVersion, {"law": law, "effective_from": start}, attrs, counts,
                          instance=existing.get(start))
        _load_sources(version, version_data["sources"], counts)


def _ends_before(new_end, old_end) -> bool:  # noqa: ANN001 - dates or None (open end)
    return new_end is not None and (old_end is None or new_end < old_end)


def _load_sources(version: LawVersion, sources: list[dict], counts: Counter) -> None:
    keep = set()
    for position, source_data in enumerate(sources):
        attrs = records.simple_attrs(Source, source_data, records.SOURCE_FIELDS)
        source = _upsert(Source, {"version": version, "url": source_data["url"]},
                         {**attrs, "position": position}, counts)
        keep.add(source.pk)
    _delete_missing(version.sources.all(), keep, counts)


def _load_platform(parsed: ParsedFile, counts: Counter) -> None:
    data = parsed.data
    attrs = records.simple_attrs(Platform, data, records.PLATFORM_FIELDS)
    platform = _upsert(Platform, {"slug": data["id"]}, attrs, counts)
    keep = set()
    for position, channel_data in enumerate(data["channels"]):
        channel_attrs = records.simple_attrs(PlatformChannel, channel_data, records.CHANNEL_FIELDS)
        lookup = {"platform": platform, "purpose": channel_attrs.pop("purpose"),
                  "method": channel_attrs.pop("method"), "value": channel_attrs.pop("value")}
        channel = _upsert(PlatformChannel, lookup, {**channel_attrs, "position": position}, counts)
        keep.add(channel.pk)
    _delete_missing(platform.channels.all(), keep, counts)
