"""Loading is idempotent, updates in place with history, and export reproduces the files exactly."""

import filecmp
import io
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command
from django.core.management.base import CommandError

from kb.editorial.models import EditorialStatus
from kb.laws.models import Jurisdiction, Law, LawVersion, Source
from kb.recipients.models import Platform, PlatformChannel
from tests.conftest import jurisdiction_doc, law_doc, version_doc, write_doc


def run(*args: str) -> str:
    out = io.StringIO()
    call_command(*args, stdout=out)
    return out.getvalue().strip()


def test_loading_the_real_fixtures_twice_creates_and_updates_nothing_the_second_time(db):
    first = run("loadkb")
    assert " 0 created" not in first
    second = run("loadkb")
    total = sum(model.objects.count() for model in (Jurisdiction, Law, LawVersion, Source, Platform, PlatformChannel))
    files = len(list(Path(settings.FIXTURES_DIR).glob("*/*.yaml")))
    assert second == f"Loaded {files} file(s): 0 created, 0 updated, {total} unchanged."


def test_exporting_a_fresh_load_reproduces_the_fixture_files_byte_for_byte(db, tmp_path):
    run("loadkb")
    run("exportkb", "--out", str(tmp_path))
    fixtures = Path(settings.FIXTURES_DIR)
    for kind in ("jurisdictions", "platforms"):
        expected = sorted(p.name for p in (fixtures / kind).glob("*.yaml"))
        written = sorted(p.name for p in (tmp_path / kind).glob("*.yaml"))
        assert written == expected
        for name in expected:
            assert filecmp.cmp(fixtures / kind / name, tmp_path / kind / name, shallow=False), name


def test_loaded_records_are_published_and_carry_a_history_row(db, tmp_path):
    write_doc(tmp_path, jurisdiction_doc("zz"))
    run("loadkb", str(tmp_path))
    law = Law.objects.get(slug="zz-one")
    assert law.editorial_status == EditorialStatus.PUBLISHED
    assert law.history.count() == 1
    assert law.history.first().history_change_reason == "loaded from fixtures (loadkb)"


def test_a_changed_field_is_updated_in_place_with_a_history_row(db, tmp_path):
    write_doc(tmp_path, jurisdiction_doc("zz"))
    run("loadkb", str(tmp_path))
    doc = jurisdiction_doc("zz")
    doc["laws"][0]["citation"] = "Testland Code § 1a"
    write_doc(tmp_path, doc)
    assert run("loadkb", str(tmp_path)) == "Loaded 1 file(s): 0 created, 1 updated, 3 unchanged."
    law = Law.objects.get(slug="zz-one")
    assert law.citation == "Testland Code § 1a"
    before, after = law.history.order_by("history_date")
    assert (before.citation, after.citation) == ("Testland Code § 1", "Testland Code § 1a")


def test_an_amendment_that_moves_a_boundary_between_versions_loads(db, tmp_path):
    """Growing one version into the space another gives up must not trip the overlap constraint."""
    write_doc(tmp_path, jurisdiction_doc("zz", laws=[law_doc("zz-one", versions=[
        version_doc(effective_from="2020-01-01", effective_to="2023-12-31"),
        version_doc(effective_from="2024-01-01", effective_to="2024-12-31", summary="Second text."),
        version_doc(effective_from="2025-01-01", summary="Third text."),
    ])]))
    run("loadkb", str(tmp_path))
    write_doc(tmp_path, jurisdiction_doc("zz", laws=[law_doc("zz-one", versions=[
        version_doc(effective_from="2020-01-01", effective_to="2024-06-30"),
        version_doc(effective_from="2024-01-01", effective_to="2024-12-31", summary="Second text."),
        version_doc(effective_from="2025-01-01", summary="Third text."),
    ])]))
    # This one is invalid (versions 0 and 1 now overlap) and must be refused without a database error...
    with pytest.raises(CommandError, match="nothing was loaded"):
        call_command("loadkb", str(tmp_path), stderr=io.StringIO())
    # ...while a consistent re-dating loads.
    write_doc(tmp_path, jurisdiction_doc("zz", laws=[law_doc("zz-one", versions=[
        version_doc(effective_from="2020-01-01", effective_to="2022-12-31"),
        version_doc(effective_from="2024-01-01", summary="Second text."),
    ])]))
    assert run("loadkb", str(tmp_path)) == "Loaded 1 file(s): 0 created, 2 updated, 4 unchanged, 2 deleted."
    spans = list(LawVersion.objects.filter(law__slug="zz-one").values_list("effective_from", "effective_to"))
    assert [(a.isoformat(), b and b.isoformat()) for a, b in spans] == [
        ("2020-01-01", "2022-12-31"), ("2024-01-01", None)]


def test_a_source_dropped_from_the_file_is_deleted_and_a_new_one_added(db, tmp_path):
    write_doc(tmp_path, jurisdiction_doc("zz"))
    run("loadkb", str(tmp_path))
    new_source = {"url": "https://example.org/code/2", "kind": "secondary", "verified_on": "2026-11-02"}
    write_doc(tmp_path, jurisdiction_doc("zz", laws=[law_doc("zz-one", versions=[version_doc(sources=[new_source])])]))
    assert run("loadkb", str(tmp_path)) == "Loaded 1 file(s): 1 created, 0 updated, 3 unchanged, 1 deleted."
    assert list(Source.objects.values_list("url", flat=True)) == ["https://example.org/code/2"]
