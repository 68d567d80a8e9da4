"""The checklist sends people to the services of the country they live in, and only that country."""

from tests.kb_fixtures import document, generate, kb, text_of  # noqa: F401


def _checklist(**overrides) -> str:
    bundle = generate(**overrides)
    return text_of(bundle, document(bundle, "checklist", None))


def test_a_minor_in_germany_is_sent_to_the_german_hotline_before_anything_else(kb):  # noqa: F811
    checklist = _checklist(person__jurisdiction="de", incident__age_at_creation="minor")
    first = checklist[checklist.index("1. Do this first"):checklist.index("2. Your safety")]
    assert first.index("FSM complaints office") < first.index("CyberTipline")
    assert "wherever you live" in first  # Take It Down works outside the US
    assert "Revenge Porn Helpline" not in checklist and "HateAid" not in checklist  # adults' routes are not shown


def test_an_adult_in_italy_is_told_about_the_garante_and_not_about_other_countries(kb):  # noqa: F811
    checklist = _checklist(person__jurisdiction="it")
    report = checklist[checklist.index("Where else to report"):]
    assert "Garante Privacy" in report and "48 hours" in report
    for elsewhere in ("Revenge Porn Helpline", "Hotline.ie", "0508 NETSAFE", "Postal Police"):
        assert elsewhere not in checklist  # the Postal Police route is for images of children


def test_someone_in_a_state_gets_the_routes_of_its_country(kb):  # noqa: F811
    checklist = _checklist(person__jurisdiction="gb-sct")
    assert "Revenge Porn Helpline" in checklist


def test_a_us_adult_sees_no_foreign_routes(kb):  # noqa: F811
    checklist = _checklist()
    for foreign in ("Revenge Porn Helpline", "Garante", "0508 NETSAFE", "SaferNet", "Helpwanted"):
        assert foreign not in checklist
