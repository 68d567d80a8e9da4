"""Every kind of bad fixture gets an exact `file: field path: problem` message and changes nothing."""

import io

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from kb.laws.models import Jurisdiction, Law, LawVersion, Source
from tests.conftest import jurisdiction_doc, law_doc, version_doc, write_doc

MODELS = [Jurisdiction, Law, LawVersion, Source, Jurisdiction.history.model, LawVersion.history.model]


def snapshot() -> list:
    return [sorted(m.objects.values_list("pk", flat=True)) for m in MODELS]


@pytest.fixture
def existing(db, tmp_path_factory):
    """A database that already holds one jurisdiction, so 'unchanged' means something."""
    folder = tmp_path_factory.mktemp("existing")
    write_doc(folder, jurisdiction_doc("yy"))
    call_command("loadkb", str(folder), stdout=io.StringIO())
    return snapshot()


def load_and_expect(capsys, folder, *expected: str) -> None:
    with pytest.raises(CommandError, match=r"problem\(s\) found; nothing was loaded"):
        call_command("loadkb", str(folder))
    printed = capsys.readouterr().err.strip().splitlines()
    assert printed == list(expected)


def test_a_yaml_syntax_error_names_the_line_and_changes_nothing(existing, tmp_path, capsys):
    path = write_doc(tmp_path, "code: zz\nname: [unclosed\nlevel: national\n", name="zz")
    load_and_expect(capsys, tmp_path,
                    f"{path}: line 3, column 6: YAML syntax error: expected ',' or ']', but got ':'")
    assert snapshot() == existing


def test_a_missing_required_field_is_named_with_its_path(existing, tmp_path, capsys):
    doc = jurisdiction_doc()
    del doc["laws"][0]["citation"]
    path = write_doc(tmp_path, doc)
    load_and_expect(capsys, tmp_path, f"{path}: laws[0].citation: required field is missing")
    assert snapshot() == existing


def test_an_unknown_field_is_refused(existing, tmp_path, capsys):
    doc = jurisdiction_doc()
    doc["laws"][0]["versions"][0]["penalty"] = "two years"
    path = write_doc(tmp_path, doc)
    load_and_expect(capsys, tmp_path, f"{path}: laws[0].versions[0].penalty: unknown field")
    assert snapshot() == existing


def test_a_law_version_without_a_source_is_refused(existing, tmp_path, capsys):
    doc = jurisdiction_doc(laws=[law_doc("zz-one", versions=[version_doc(sources=[])])])
    path = write_doc(tmp_path, doc)
    load_and_expect(capsys, tmp_path,
                    f"{path}: laws[0].versions[0].sources: every law version needs at least one source")
    assert snapshot() == existing


@pytest.mark.parametrize("bad", ["2025-02-30", "yesterday", "19/05/2025"])
def test_a_date_that_is_not_a_date_is_refused(existing, tmp_path, capsys, bad):
    doc = jurisdiction_doc(laws=[law_doc("zz-one", versions=[version_doc(effective_from=bad)])])
    path = write_doc(tmp_path, doc)
    load_and_expect(capsys, tmp_path,
                    f"{path}: laws[0].versions[0].effective_from: '{bad}' is not a date (expected YYYY-MM-DD)")
    assert snapshot() == existing


def test_an_end_before_the_start_is_refused(existing, tmp_path, capsys):
    doc = jurisdiction_doc(laws=[law_doc("zz-one", versions=[
        version_doc(effective_from="2021-01-01", effective_to="2020-01-01")])])
    path = write_doc(tmp_path, doc)
    load_and_expect(capsys, tmp_path,
                    f"{path}: laws[0].versions[0].effective_to: 2020-01-01 is before effective_from 2021-01-01")
    assert snapshot() == existing


def test_two_overlapping_versions_of_one_law_are_refused(existing, tmp_path, capsys):
    doc = jurisdiction_doc(laws=[law_doc("zz-one", versions=[
        version_doc(effective_from="2020-01-01", effective_to="2024-06-30"),
        version_doc(effective_from="2024-01-01"),
    ])])
    path = write_doc(tmp_path, doc)
    load_and_expect(capsys, tmp_path,
                    f"{path}: laws[0].versions[1]: in force 2024-01-01 to open end, which overlaps "
                    "versions[0] (2020-01-01 to 2024-06-30)")
    assert snapshot() == existing


def test_a_parent_that_does_not_exist_is_refused(existing, tmp_path, capsys):
    path = write_doc(tmp_path, jurisdiction_doc("zz-ab", parent="zz"))
    load_and_expect(capsys, tmp_path,
                    f"{path}: parent: no jurisdiction with code 'zz' (not in these files or the database)")
    assert snapshot() == existing


def test_one_law_id_in_two_files_is_refused(existing, tmp_path, capsys):
    first = write_doc(tmp_path, jurisdiction_doc("zz", laws=[law_doc("shared-id")]))
    second = write_doc(tmp_path, jurisdiction_doc("zx", laws=[law_doc("shared-id")]))
    # Files are read in name order: zx.yaml first, so zz.yaml is the one reported.
    load_and_expect(capsys, tmp_path,
                    f"{first}: laws[0].id: 'shared-id' is also defined in {second} (laws[0])")
    assert snapshot() == existing


def test_a_law_id_owned_by_another_jurisdiction_in_the_database_is_refused(existing, tmp_path, capsys):
    path = write_doc(tmp_path, jurisdiction_doc("zz", laws=[law_doc("yy-one")]))
    load_and_expect(capsys, tmp_path,
                    f"{path}: laws[0].id: 'yy-one' already belongs to jurisdiction 'yy' in the database")
    assert snapshot() == existing


def test_one_bad_file_among_good_ones_loads_none_of_them(existing, tmp_path, capsys):
    write_doc(tmp_path, jurisdiction_doc("aa"))
    bad = jurisdiction_doc("zz")
    bad["laws"][0]["versions"][0]["covers_synthetic"] = "maybe"
    path = write_doc(tmp_path, bad)
    load_and_expect(capsys, tmp_path,
                    f"{path}: laws[0].versions[0].covers_synthetic: 'maybe' is not one of: yes, no, unclear")
    assert snapshot() == existing
    assert not Jurisdiction.objects.filter(code="aa").exists()


def test_a_file_named_differently_from_its_code_is_refused(existing, tmp_path, capsys):
    path = write_doc(tmp_path, jurisdiction_doc("zz"), name="zq")
    load_and_expect(capsys, tmp_path, f"{path}: code: 'zz' does not match the file name 'zq.yaml'")
    assert snapshot() == existing


@pytest.mark.parametrize("bad", ["https://example.org/Strafgesetzbuch-§-201a", "https://example.org/a page",
                                 "ftp://example.org/file"])
def test_a_source_address_that_is_not_a_plain_web_address_is_refused(existing, tmp_path, capsys, bad):
    doc = jurisdiction_doc(laws=[law_doc("zz-one", versions=[
        version_doc(sources=[{"url": bad, "kind": "official_text", "verified_on": "2026-11-01"}])])])
    path = write_doc(tmp_path, doc)
    load_and_expect(capsys, tmp_path,
                    f"{path}: laws[0].versions[0].sources[0].url: {bad!r} is not a web address: it must start with "
                    "http:// or https:// and have no spaces or non-ASCII characters (percent-encode them, e.g. § as "
                    "%C2%A7)")
    assert snapshot() == existing
