"""Who may change and publish what, the history each change leaves, and conflicting edits."""

import pytest
from django.contrib.auth.models import User
from django.core.exceptions import PermissionDenied
from django.test import Client

from kb.editorial import services
from kb.editorial.models import EditorialStatus
from kb.laws.models import Jurisdiction, Law
from tests.editorial.admin_forms import change_form_data


def client_for(user: User | None) -> Client:
    client = Client()
    if user is not None:
        client.force_login(user)
    return client


@pytest.fixture
def draft(db) -> Jurisdiction:
    return Jurisdiction.objects.create(code="zz", name="Testland", level="national")


@pytest.fixture
def published(db) -> Jurisdiction:
    return Jurisdiction.objects.create(code="zy", name="Published land", level="national",
                                       editorial_status=EditorialStatus.PUBLISHED)


def change_url(record: Jurisdiction) -> str:
    return f"/admin/laws/jurisdiction/{record.pk}/change/"


def edit(client: Client, record: Jurisdiction, **changes) -> object:
    data = change_form_data(client, change_url(record))
    data.update(changes)
    return client.post(change_url(record), data)


# --- anonymous users ---------------------------------------------------------------------------------

def test_anonymous_users_are_sent_to_the_login_page_and_change_nothing(draft):
    anonymous = client_for(None)
    assert anonymous.get(change_url(draft)).status_code == 302
    response = anonymous.post(change_url(draft), {"code": "zz", "name": "Hacked", "level": "national"})
    assert response.status_code == 302 and "/admin/login/" in response["Location"]
    draft.refresh_from_db()
    assert draft.name == "Testland"
    assert draft.history.count() == 1  # only its creation


def test_a_logged_in_user_outside_the_editorial_groups_cannot_edit(draft):
    outsider = User.objects.create_user("olga", password="a-long-test-password", is_staff=True)
    response = client_for(outsider).post(change_url(draft), {"code": "zz", "name": "X", "level": "national"})
    assert response.status_code == 403
    draft.refresh_from_db()
    assert draft.name == "Testland"


# --- editors ---------------------------------------------------------------------------------------

def test_an_editor_saves_a_draft_and_the_history_records_who_what_and_before_after(editor, draft):
    response = edit(client_for(editor), draft, name="Testland (renamed)")
    assert response.status_code == 302
    draft.refresh_from_db()
    assert (draft.name, draft.editorial_status, draft.last_edited_by) == (
        "Testland (renamed)", EditorialStatus.DRAFT, editor)
    latest, previous = draft.history.order_by("-history_date")[:2]
    assert latest.history_user == editor
    assert latest.history_change_reason == "edited in admin"
    delta = latest.diff_against(previous)
    assert [(c.field, c.old, c.new) for c in delta.changes if c.field == "name"] == [
        ("name", "Testland", "Testland (renamed)")]


def test_an_editor_cannot_change_a_published_record(editor, published):
    client = client_for(editor)
    page = client.get(change_url(published))
    assert page.status_code == 200 and b'name="_save"' not in page.content  # read-only view
    response = client.post(change_url(published), {"code": "zy", "name": "Changed", "level": "national"})
    assert response.status_code == 403
    published.refresh_from_db()
    assert (published.name, published.editorial_status) == ("Published land", EditorialStatus.PUBLISHED)


def test_an_editor_cannot_publish(editor, draft):
    services.submit_for_review(acting_user=editor, record=draft)
    client_for(editor).post("/admin/laws/jurisdiction/", {"action": "publish", "_selected_action": [draft.pk]})
    draft.refresh_from_db()
    assert draft.editorial_status == EditorialStatus.IN_REVIEW
    with pytest.raises(PermissionDenied, match="Only reviewers can publish."):
        services.publish(acting_user=editor, record=draft)


def test_an_editor_cannot_delete(editor, draft):
    response = client_for(editor).post(f"/admin/laws/jurisdiction/{draft.pk}/delete/", {"post": "yes"})
    assert response.status_code == 403
    assert Jurisdiction.objects.filter(pk=draft.pk).exists()


# --- reviewers -------------------------------------------------------------------------------------

def test_a_reviewer_publishes_an_editors_change_through_the_admin_action(editor, reviewer, draft):
    edit(client_for(editor), draft, name="Testland v2")
    services.submit_for_review(acting_user=editor, record=draft)
    client_for(reviewer).post("/admin/laws/jurisdiction/", {"action": "publish", "_selected_action": [draft.pk]})
    draft.refresh_from_db()
    assert draft.editorial_status == EditorialStatus.PUBLISHED
    publish_row = draft.history.order_by("-history_date").first()
    assert (publish_row.history_user, publish_row.history_change_reason, publish_row.editorial_status) == (
        reviewer, "published", EditorialStatus.PUBLISHED)


def test_a_reviewer_cannot_publish_their_own_change_but_another_reviewer_can(reviewer, second_reviewer, published):
    edit(client_for(reviewer), published, name="Corrected name")
    published.refresh_from_db()
    assert published.editorial_status == EditorialStatus.DRAFT  # a change goes back through review
    services.submit_for_review(acting_user=reviewer, record=published)
    published.refresh_from_db()
    with pytest.raises(PermissionDenied, match="another reviewer must publish it"):
        services.publish(acting_user=reviewer, record=published)
    services.publish(acting_user=second_reviewer, record=published, note="checked against the source")
    published.refresh_from_db()
    assert published.editorial_status == EditorialStatus.PUBLISHED
    assert published.history.order_by("-history_date").first().history_change_reason == (
        "published: checked against the source")


def test_the_admin_action_reports_why_a_reviewer_could_not_publish(reviewer, draft):
    edit(client_for(reviewer), draft, name="Mine")
    response = client_for(reviewer).post(
        "/admin/laws/jurisdiction/", {"action": "publish", "_selected_action": [draft.pk]}, follow=True)
    assert "another reviewer must publish it" in response.content.decode()
    draft.refresh_from_db()
    assert draft.editorial_status == EditorialStatus.DRAFT


# --- two editors at once ---------------------------------------------------------------------------

def test_two_conflicting_edits_lose_nothing(editor, second_editor, draft):
    first, second = client_for(editor), client_for(second_editor)
    first_form = change_form_data(first, change_url(draft))
    second_form = change_form_data(second, change_url(draft))  # both opened the same revision

    first_form["name"] = "Name from the first editor"
    assert first.post(change_url(draft), first_form).status_code == 302

    second_form["notes"] = "A note only the second editor typed"
    response = second.post(change_url(draft), second_form)
    page = response.content.decode()
    assert response.status_code == 200
    assert "Conflict: edna-editor saved this record while you were editing it (they changed: name)" in page
    assert "A note only the second editor typed" in page  # the second editor's input is still in the form
    draft.refresh_from_db()
    assert (draft.name, draft.notes) == ("Name from the first editor", "")  # the first save survived

    # Having seen the conflict, the second editor merges and saves again; now it goes through.
    merged = change_form_data(second, change_url(draft))
    merged["notes"] = "A note only the second editor typed"
    assert second.post(change_url(draft), merged).status_code == 302
    draft.refresh_from_db()
    assert (draft.name, draft.notes) == ("Name from the first editor", "A note only the second editor typed")


def test_a_save_racing_past_the_form_check_is_refused_by_the_service(editor, draft):
    stale = Jurisdiction.objects.get(pk=draft.pk)
    services.save_edit(acting_user=editor, record=draft, expected_lock_version=draft.lock_version)
    stale.name = "stale write"
    with pytest.raises(services.EditConflict):
        services.save_edit(acting_user=editor, record=stale, expected_lock_version=stale.lock_version)
    draft.refresh_from_db()
    assert draft.name == "Testland"


def test_editing_a_law_with_its_inline_versions_saves_as_one_draft(editor, draft):
    law = Law.objects.create(slug="zz-one", jurisdiction=draft, title="t", citation="Code § 1", kind="criminal")
    client = client_for(editor)
    data = change_form_data(client, f"/admin/laws/law/{law.pk}/change/")
    data["citation"] = "Code § 1(a)"
    assert client.post(f"/admin/laws/law/{law.pk}/change/", data).status_code == 302
    law.refresh_from_db()
    assert (law.citation, law.last_edited_by, law.lock_version) == ("Code § 1(a)", editor, 2)
