"""Compare (as of a date, CSV/JSON, fixed queries), the editorial desk's permissions, and the Atom feed."""

import csv
import html
import io

import pytest
from django.contrib.auth.models import User
from django.test import Client

from kb.editorial import services
from kb.editorial.models import EditorialStatus
from kb.laws.models import Law
from tests.kb_fixtures import kb  # noqa: F401


def test_compare_as_of_before_and_after_an_amendment_shows_the_two_versions(kb):  # noqa: F811
    client = Client()
    before = client.get("/compare/?j=us-ca&as_of=2025-06-01&format=json").json()
    after = client.get("/compare/?j=us-ca&as_of=2026-06-01&format=json").json()
    row = lambda data: next(r for r in data["rows"] if r["law"] == "us-ca-civ-1708-86")  # noqa: E731
    assert (row(before)["effective_from"], row(after)["effective_from"]) == ("2020-01-01", "2026-01-01")
    assert row(after)["limitation_period"].startswith("Action must be commenced no later than three years")


def test_the_csv_export_parses_and_matches_the_table(kb):  # noqa: F811
    client = Client()
    query = "j=us-ca&j=us-tx&j=gb-eng&as_of=2026-11-21"
    rows = list(csv.DictReader(io.StringIO(client.get(f"/compare/?{query}&format=csv").content.decode())))
    page = client.get(f"/compare/?{query}").content.decode()
    assert len(rows) == page.count("<tr>") - 1  # one table row per CSV row (minus the header row)
    for row in rows:
        assert html.escape(row["citation"], quote=False) in page
    assert {r["jurisdiction"] for r in rows} == {"us-ca", "us-tx", "gb-eng"}


def test_filters_keep_only_matching_laws(kb):  # noqa: F811
    data = Client().get("/compare/?j=all-us&private_right_of_action=yes&format=json").json()
    assert data["rows"] and all(row["private_right_of_action"] == "yes" for row in data["rows"])


def test_every_us_jurisdiction_in_one_table_takes_a_fixed_number_of_queries(kb, django_assert_max_num_queries):  # noqa: F811
    with django_assert_max_num_queries(8):
        page = Client().get("/compare/?j=all-us")
    assert page.status_code == 200 and "Wyoming" in page.content.decode()


def test_anonymous_users_cannot_reach_the_desk(kb):  # noqa: F811
    for path in ("/desk/", "/desk/reports/", "/desk/review/law/1/"):
        response = Client().get(path)
        assert response.status_code == 302 and response["Location"].startswith("/admin/login/")
    assert Client().post("/desk/review/law/1/act/", {"action": "publish"}).status_code == 302


def test_an_editor_cannot_publish_and_a_reviewer_publishes_with_a_note(kb, editor, reviewer,  # noqa: F811
                                                                       second_reviewer):
    law = services.return_to_draft(acting_user=second_reviewer, record=Law.objects.get(slug="us-6851-civil-action"))
    services.save_edit(acting_user=editor, record=law, expected_lock_version=law.lock_version)
    services.submit_for_review(acting_user=editor, record=law)
    desk = Client()
    desk.force_login(editor)
    review = desk.get(f"/desk/review/law/{law.pk}/").content.decode()
    assert "Only reviewers can publish." in review
    desk.post(f"/desk/review/law/{law.pk}/act/", {"action": "publish"})
    law.refresh_from_db()
    assert law.editorial_status == EditorialStatus.IN_REVIEW
    boss = Client()
    boss.force_login(reviewer)
    boss.post(f"/desk/review/law/{law.pk}/act/", {"action": "publish", "note": "Checked against the OLRC text."})
    law.refresh_from_db()
    assert law.editorial_status == EditorialStatus.PUBLISHED
    row = law.history.order_by("-history_date").first()
    assert (row.history_user, row.history_change_reason) == (reviewer, "published: Checked against the OLRC text.")
    feed = Client().get("/changes.atom").content.decode()
    assert "Published 15 U.S.C. § 6851 (United States (federal))" in feed and "Checked against the OLRC text." in feed
    assert "15 U.S.C. § 6851" in Client().get("/laws/us/changes.atom").content.decode()
    assert "15 U.S.C. § 6851" not in Client().get("/laws/gb/changes.atom").content.decode()


def test_the_review_page_shows_the_draft_against_the_published_version(kb, editor, reviewer):  # noqa: F811
    law = services.return_to_draft(acting_user=reviewer, record=Law.objects.get(slug="us-6851-civil-action"))
    law.title = "Civil action for disclosure of intimate images (edited)"
    services.save_edit(acting_user=editor, record=law, expected_lock_version=law.lock_version)
    client = Client()
    client.force_login(editor)
    page = client.get(f"/desk/review/law/{law.pk}/").content.decode()
    assert "Civil action for disclosure of intimate images (edited)" in page
    assert "Civil action for disclosure of intimate images (VAWA 2022)" in page


def test_someone_outside_the_editorial_groups_is_refused(kb):  # noqa: F811
    outsider = User.objects.create_user("olga", password="a-long-test-password")
    client = Client()
    client.force_login(outsider)
    assert client.get("/desk/").status_code == 403


@pytest.mark.parametrize("path", ["/desk/reports/"])
def test_reports_list_unverified_fields(kb, editor, path):  # noqa: F811
    client = Client()
    client.force_login(editor)
    page = client.get(path).content.decode()
    assert "Versions with unverified fields" in page and "us-6851-civil-action" in page
