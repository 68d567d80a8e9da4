"""The coverage page must not tell an adult that a country has a deepfake law because of a child-abuse law."""

import datetime as dt

from kb.laws.coverage import coverage_rows

TODAY = dt.date(2026, 11, 21)


def _version(covers: str, ages: str = "all", start: str | None = "2020-01-01", end: str | None = None) -> dict:
    return {"effective_from": start, "effective_to": end, "covers_synthetic": covers, "ages": ages,
            "sources": [{"verified_on": "2026-11-21"}]}


def _verdict(*versions: dict) -> str:
    laws = [{"kind": "criminal", "versions": [v]} for v in versions]
    [row] = coverage_rows([{"code": "xx", "name": "Example", "laws": laws}], TODAY)
    return row[3]


def test_a_law_for_everyone_that_reaches_fakes_is_a_yes():
    assert _verdict(_version("yes"), _version("no")) == "yes"


def test_only_a_child_abuse_law_reaching_fakes_is_minors_only():
    assert _verdict(_version("yes", ages="minors"), _version("unclear")) == "minors only"


def test_no_is_said_only_when_every_law_in_force_says_no():
    assert _verdict(_version("no"), _version("no")) == "no"
    assert _verdict(_version("no"), _version("unclear")) == "unclear"


def test_laws_not_yet_or_no_longer_in_force_do_not_count():
    assert _verdict(_version("yes", start="2027-01-01"), _version("no")) == "no"
    assert _verdict(_version("yes", end="2020-12-31"), _version("no")) == "no"
    assert _verdict(_version("yes", start="2027-01-01")) == "—"
