"""`manage.py match`: the JSON contract, reasons in plain words, and a fixed number of queries."""

import io
import json

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from kb.matching.engine import match
from kb.matching.incident import parse_incident
from tests.kb_fixtures import incident_doc


def run_match(tmp_path, doc: dict, fmt: str = "json") -> str:
    path = tmp_path / "incident.json"
    path.write_text(json.dumps(doc))
    out = io.StringIO()
    call_command("match", str(path), "--format", fmt, stdout=out)
    return out.getvalue()


def test_the_json_lists_only_applicable_laws_with_reasons(kb, tmp_path):
    result = json.loads(run_match(tmp_path, incident_doc()))
    assert set(result) == {"laws", "not_applicable", "warnings"}
    ids = [law["id"] for law in result["laws"]]
    assert "us-take-it-down-removal" in ids and "us-ca-civ-1708-86" in ids
    assert "us-ca-pen-311-ai-csam" not in ids
    law = next(law for law in result["laws"] if law["id"] == "us-ca-civ-1708-86")
    assert {"id", "jurisdiction", "citation", "kind", "effective_from", "applies_because", "notes"} <= set(law)
    assert law["citation"] == "Cal. Civ. Code § 1708.86" and law["jurisdiction"] == "us-ca"
    assert law["effective_from"] == "2020-01-01"  # the version in force on the conduct date, not today's
    assert law["applies_because"] == [
        "It is the law of California: California is where you live.",
        "It was in force on 2025-06-01 (the date of the conduct).",
        "It covers AI-generated or altered (fake) images.",
    ]
    minors_only = next(n for n in result["not_applicable"] if n["id"] == "us-ca-pen-311-ai-csam")
    assert minors_only["why"] == "It protects people under 18 only; the person was an adult."


def test_a_federal_law_explains_that_it_covers_where_you_live(kb, tmp_path):
    result = json.loads(run_match(tmp_path, incident_doc()))
    law = next(law for law in result["laws"] if law["id"] == "us-take-it-down-publication")
    assert law["applies_because"][0].startswith("It is the law of United States (federal): California (where you "
                                                "live) is part of United States (federal)")


def test_the_platform_duty_is_judged_today_and_crimes_on_the_conduct_date(kb, tmp_path):
    result = json.loads(run_match(tmp_path, incident_doc(incident__conduct_date="2025-01-10")))
    removal = next(law for law in result["laws"] if law["id"] == "us-take-it-down-removal")
    assert "It is in force today (2026-11-21) and has bound platforms since 2026-05-19." in removal["applies_because"]
    publication = [n for n in result["not_applicable"] if n["id"] == "us-take-it-down-publication"]
    assert publication[0]["why"] == ("Not yet in force on 2025-01-10 (the date of the conduct); it takes effect on "
                                     "2025-05-19.")


def test_text_format_reads_as_sentences(kb, tmp_path):
    text = run_match(tmp_path, incident_doc(), fmt="text")
    assert "Laws that apply" in text and "because: It covers AI-generated or altered (fake) images." in text


def test_an_invalid_incident_exits_2_naming_the_field(db, tmp_path):
    path = tmp_path / "incident.json"
    path.write_text(json.dumps(incident_doc(incident__age_at_creation="teen")))
    with pytest.raises(CommandError) as refused:
        call_command("match", str(path))
    assert (str(refused.value), refused.value.returncode) == (
        "incident.age_at_creation: must be one of adult, minor, unknown", 2)


@pytest.mark.parametrize("person", ["us-ca", "gb-eng", "fr", "us-tx"])
def test_matching_uses_a_fixed_number_of_queries_whatever_the_jurisdiction(kb, django_assert_max_num_queries, person):
    incident = parse_incident(incident_doc(person__jurisdiction=person))
    with django_assert_max_num_queries(7):
        result = match(incident)
        [m.version.sources.all() for m in result.laws]  # sources are prefetched, not queried per law


def test_an_unverified_start_date_is_flagged_in_the_notes(kb, tmp_path):
    from kb.laws.models import LawVersion

    version = LawVersion.objects.get(law__slug="us-ca-pen-647-j-4", effective_from="2025-01-01")
    version.unverified = ["effective_from"]
    version.save()
    result = json.loads(run_match(tmp_path, incident_doc(incident__conduct_date="2025-03-01")))
    law = next(law for law in result["laws"] if law["id"] == "us-ca-pen-647-j-4")
    assert ("The date this text took effect (2025-01-01) is not verified; if the date that matters is close to it, "
            "check which text applied.") in law["notes"]


def test_a_law_whose_start_date_is_unknown_says_so_rather_than_implying_it_always_applied(kb, tmp_path):
    result = json.loads(run_match(tmp_path, incident_doc(incident__conduct_date="2020-03-01")))
    undated = [law for law in result["laws"] if law["effective_from"] is None]
    dated = [law for law in result["laws"] if law["effective_from"] is not None]
    assert undated and dated
    for law in undated:
        assert ("The date this law took effect is not recorded; if the conduct may be older than the law, check "
                "that it was already in force then.") in law["notes"]
    for law in dated:
        assert not any(note.startswith("The date this law took effect") for note in law["notes"])
