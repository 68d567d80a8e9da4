"""Beyond the US: every place the knowledge-base issue names is present, placed under its parent, and its
notice regimes are data the document generator can check letters against."""

import io

import pytest
from django.core.management import call_command

from kb.laws.choices import Regime
from kb.laws.models import Jurisdiction, Law, Source

EU_MEMBERS_NAMED = "ie fr de it es nl be at pt se dk pl".split()
AUSTRALIA = "au-nsw au-vic au-qld au-wa au-sa au-tas au-act au-nt".split()
CANADA = "ca-bc ca-mb ca-sk ca-ab ca-ns ca-pe ca-nl".split()
NATIONS = "gb au nz kr jp tw sg in ph ca br mx ar za".split()
UK = "gb-eng gb-sct gb-nir".split()


@pytest.fixture
def loaded(db) -> None:
    call_command("loadkb", stdout=io.StringIO())


def _parents() -> dict[str, str | None]:
    return dict(Jurisdiction.objects.published().values_list("code", "parent__code"))


def test_every_jurisdiction_the_issue_names_is_present_under_its_parent(loaded):
    parents = _parents()
    expected = {"eu": None, **dict.fromkeys(EU_MEMBERS_NAMED, "eu"), **dict.fromkeys(AUSTRALIA, "au"),
                **dict.fromkeys(CANADA, "ca"), **dict.fromkeys(UK, "gb"), **dict.fromkeys(NATIONS, None)}
    assert {code: parents.get(code, "missing") for code in expected} == expected


def test_at_least_28_jurisdictions_beyond_the_us_and_the_eu(loaded):
    others = [code for code in _parents() if code != "eu" and code.split("-")[0] != "us"]
    assert len(others) >= 28


def test_each_notice_regime_is_defined_by_exactly_one_law(loaded):
    for regime in Regime.values:
        assert Law.objects.published().filter(regime=regime).count() == 1, regime


@pytest.mark.parametrize("regime", ["eu_dsa", "eu_gdpr", "uk_osa", "uk_gdpr", "au_osa", "in_it_rules",
                                    "us_take_it_down"])
def test_the_regimes_that_define_a_notice_record_from_when_they_bind(loaded, regime):
    current = Law.objects.get(regime=regime).versions.get(effective_to__isnull=True)
    assert current.duty_binds_from is not None


def test_the_residence_regimes_outside_the_us_record_their_elements_and_clock(loaded):
    dsa = Law.objects.get(regime="eu_dsa").versions.get(effective_to__isnull=True)
    assert {e["key"] for e in dsa.notice_elements} == {"substantiated_explanation", "exact_location",
                                                       "name_and_email", "bona_fide_statement"}
    assert all(e["citation"].startswith("Regulation (EU) 2022/2065, Art. 16(2)") for e in dsa.notice_elements)
    gdpr = Law.objects.get(regime="eu_gdpr").versions.get(effective_to__isnull=True)
    assert (gdpr.deadline_months, gdpr.deadline_hours) == (1, None)
    esafety = Law.objects.get(regime="au_osa").versions.get(effective_to__isnull=True)
    assert (esafety.deadline_hours, esafety.deadline_trigger) == (24, "regulator_notice")


def test_foreign_language_sources_say_which_language_they_are_in(loaded):
    languages = set(Source.objects.filter(version__law__jurisdiction__code__in=["it", "de", "tw", "br"])
                    .values_list("language", flat=True))
    assert {"it", "de", "pt"} <= languages and "" not in languages
