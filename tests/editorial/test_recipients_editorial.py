"""Recipients are edited, reviewed and published exactly like laws, with history."""

import pytest
from django.core.exceptions import PermissionDenied
from django.test import Client

from kb.editorial import services
from kb.editorial.models import EditorialStatus
from kb.recipients.models import Platform, PlatformChannel
from tests.editorial.admin_forms import change_form_data


@pytest.fixture
def platform(db) -> Platform:
    platform = Platform.objects.create(slug="examplebook", name="ExampleBook", kind="social",
                                       hostnames=["examplebook.com"], sources=[])
    PlatformChannel.objects.create(platform=platform, purpose="ncii", method="web_form",
                                   value="https://examplebook.com/report", source_url="https://examplebook.com/help",
                                   verified_on="2026-11-01")
    return platform


def test_an_editor_changes_a_channel_inline_and_a_second_person_publishes(platform, editor, reviewer):
    client = Client()
    client.force_login(editor)
    url = f"/admin/recipients/platform/{platform.pk}/change/"
    data = change_form_data(client, url)
    data["channels-0-value"] = "https://examplebook.com/report-intimate"
    assert client.post(url, data).status_code == 302
    channel = platform.channels.get()
    assert channel.value == "https://examplebook.com/report-intimate"
    assert channel.history.count() == 2  # created, then changed
    platform.refresh_from_db()
    assert (platform.editorial_status, platform.last_edited_by) == (EditorialStatus.DRAFT, editor)
    services.submit_for_review(acting_user=editor, record=platform)
    with pytest.raises(PermissionDenied):
        services.publish(acting_user=editor, record=platform)
    services.publish(acting_user=reviewer, record=platform)
    platform.refresh_from_db()
    assert platform.editorial_status == EditorialStatus.PUBLISHED


def test_an_unpublished_recipient_is_not_used_to_resolve_urls(platform):
    from kb.recipients.resolve import HostIndex

    assert HostIndex().resolve("https://examplebook.com/p/1").platform is None
    platform.editorial_status = EditorialStatus.PUBLISHED
    platform.save()
    assert HostIndex().resolve("https://examplebook.com/p/1").platform == platform
