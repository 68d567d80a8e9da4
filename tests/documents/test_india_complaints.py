"""India's IT Rules let the person complain to a platform about intimate images; letters say so only for
people in India, and never promise a deadline the knowledge base has not verified."""

from tests.kb_fixtures import document, generate, kb, text_of  # noqa: F401

FACEBOOK = [{"url": "https://www.facebook.com/some.page/posts/1"}]


def test_a_person_in_india_invokes_rule_3_2_b_without_an_unverified_deadline(kb):  # noqa: F811
    bundle = generate(person__jurisdiction="in", items=FACEBOOK)
    letter = document(bundle, "removal_request", "facebook")
    assert "in-it-rules-3-2-b" in letter["legal_bases"]
    rules = "rule 3(2)(b)"
    assert not [d for d in letter["deadlines"] if rules in d["citation"]]  # the 2026 deadline was not read
    rows = [row for row in letter["completeness"] if row["regime"] == "in_it_rules"]
    assert rows and all(row["satisfied"] for row in rows)
    text = text_of(bundle, letter)
    assert rules in text and "24 hours" not in text and "2 hours" not in text


def test_a_person_elsewhere_does_not_invoke_the_indian_rules(kb):  # noqa: F811
    bundle = generate(person__jurisdiction="gb-eng", items=FACEBOOK)
    letter = document(bundle, "removal_request", "facebook")
    assert "in-it-rules-3-2-b" not in letter["legal_bases"]


def test_the_24_hours_applied_while_the_first_text_was_in_force(kb):  # noqa: F811
    bundle = generate(person__jurisdiction="in", items=FACEBOOK, today="2025-06-01",
                      incident__conduct_date="2025-05-01", incident__discovered_date="2025-05-02")
    letter = document(bundle, "removal_request", "facebook")
    rules = [d for d in letter["deadlines"] if "rule 3(2)(b)" in d["citation"]]
    assert [d["hours"] for d in rules] == [24]
    assert "requires you to act within 24 hours of receiving a valid request" in text_of(bundle, letter)
