"""exportkb's service: the published database as fixture files, in canonical form.

Only published records are exported: the files are what the public sees, so a reviewer's publish turns
into a reviewable diff of fixtures/. The same dictionaries feed checkkb --database.
"""

from pathlib import Path

from django.db.models import F, Prefetch

from kb.fixtures_io import records, yaml_io
from kb.laws.models import Jurisdiction, Law, LawVersion, Source
from kb.recipients.models import Platform, PlatformChannel


def jurisdiction_documents() -> list[dict]:
    versions = LawVersion.objects.published().order_by(F("effective_from").asc(nulls_first=True)).prefetch_related(
        Prefetch("sources", queryset=Source.objects.order_by("position", "id"))
    )
    laws = Law.objects.published().order_by("position", "slug").prefetch_related(
        Prefetch("versions", queryset=versions)
    )
    jurisdictions = (
        Jurisdiction.objects.published().select_related("parent").order_by("code")
        .prefetch_related(Prefetch("laws", queryset=laws))
    )
    return [
        records.jurisdiction_to_fixture(
            j,
            [
                records.law_to_fixture(
                    law,
                    [records.version_to_fixture(v, [records.source_to_fixture(s) for s in v.sources.all()])
                     for v in law.versions.all()],
                )
                for law in j.laws.all()
            ],
        )
        for j in jurisdictions
    ]


def platform_documents() -> list[dict]:
    platforms = Platform.objects.published().order_by("slug").prefetch_related(
        Prefetch("channels", queryset=PlatformChannel.objects.order_by("position", "id"))
    )
    return [
        records.platform_to_fixture(p, [records.channel_to_fixture(c) for c in p.channels.all()])
        for p in platforms
    ]


def export_fixtures(*, out_dir: Path) -> dict[str, int]:
    """Write every published jurisdiction and platform below out_dir; returns counts per kind."""
    written = {"jurisdictions": 0, "platforms": 0}
    for kind, documents, key in (
        ("jurisdictions", jurisdiction_documents(), "code"),
        ("platforms", platform_documents(), "id"),
    ):
        folder = out_dir / kind
        folder.mkdir(parents=True, exist_ok=True)
        for document in documents:
            (folder / f"{document[key]}.yaml").write_text(yaml_io.dump(document), encoding="utf-8")
            written[kind] += 1
    return written
