"""Compare in a browser, and one review-and-publish round on the editorial desk."""

from django.contrib.auth.models import Group, User
from playwright.sync_api import expect

from kb.editorial import services
from kb.editorial.models import EditorialStatus
from kb.laws.models import Law


def test_the_compare_page_shows_two_states_side_by_side_and_exports_csv(page, tmp_path):
    page.goto("/compare/?j=us-ca&j=us-tx&as_of=2026-11-21")
    table = page.locator("table.compare")
    expect(table).to_contain_text("Cal. Civ. Code § 1708.86")
    expect(table).to_contain_text("Tex. Penal Code § 21.165")
    page.get_by_label("Law as of").fill("2025-06-01")
    page.get_by_role("button", name="Compare").click()
    expect(page.locator("table.compare")).to_contain_text("2020-01-01")  # the 2020 text of § 1708.86
    with page.expect_download() as info:
        page.get_by_role("link", name="CSV").click()
    path = tmp_path / "compare.csv"
    info.value.save_as(path)
    assert "us-ca-civ-1708-86" in path.read_text()


def test_a_reviewer_publishes_an_edit_from_the_desk(page):
    author = User.objects.create_user("rita", password="a-long-test-password", is_staff=True)
    publisher = User.objects.create_user("ravi", password="a-long-test-password-2", is_staff=True)
    for user in (author, publisher):
        user.groups.add(Group.objects.get(name="reviewer"))
    law = services.return_to_draft(acting_user=author, record=Law.objects.get(slug="us-6851-civil-action"))
    law.title = "Civil action for disclosure of intimate images (corrected title)"
    services.save_edit(acting_user=author, record=law, expected_lock_version=law.lock_version)
    services.submit_for_review(acting_user=author, record=Law.objects.get(pk=law.pk))

    page.goto("/desk/")
    page.get_by_label("Username").fill("ravi")
    page.get_by_label("Password").fill("a-long-test-password-2")
    page.get_by_role("button", name="Log in").click()
    page.get_by_role("link", name="15 U.S.C. § 6851 (us-6851-civil-action)").click()
    expect(page.locator("table.diff")).to_contain_text("(corrected title)")
    page.get_by_label("Note for the history and the public feed").fill("Title checked against the OLRC page.")
    page.get_by_role("button", name="Publish").click()
    expect(page.get_by_role("status")).to_contain_text("Published: 15 U.S.C. § 6851")
    assert Law.objects.get(pk=law.pk).editorial_status == EditorialStatus.PUBLISHED
    page.goto("/laws/us/")
    expect(page.locator("main")).to_contain_text("(corrected title)")
