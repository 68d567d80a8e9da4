"""URL resolution against the real recipient directory: the aliases people actually paste."""

import io
import json

import pytest
from django.core.management import call_command


@pytest.fixture
def directory(db) -> None:
    call_command("loadkb", stdout=io.StringIO())


@pytest.mark.parametrize(("url", "recipient"), [
    ("https://twitter.com/someone/status/1", "x"),
    ("https://t.co/AbCdEf", "x"),
    ("https://X.COM/someone", "x"),
    ("https://www.youtube.com/watch?v=abc", "youtube"),
    ("https://youtu.be/abc", "youtube"),
    ("https://vm.tiktok.com/ZMabc/", "tiktok"),
    ("https://www.reddit.com/r/x/comments/1", "reddit"),
    ("https://redd.it/abc", "reddit"),
    ("https://i.redd.it/abc.jpg", "reddit"),
    ("https://drive.google.com/file/d/1", "google-drive"),
    ("https://www.google.com/search?q=name", "google-search"),
    ("https://huggingface.co/some/model", "hugging-face"),
    ("https://x.com@evil.example/", None),
])
def test_common_addresses_resolve_to_the_right_recipient(directory, url, recipient):
    out = io.StringIO()
    call_command("resolve", url, "--json", stdout=out)
    assert json.loads(out.getvalue())[0]["recipient"] == recipient


def test_the_directory_has_at_least_forty_recipients_each_with_a_sourced_channel(directory):
    from kb.recipients.models import Platform

    platforms = list(Platform.objects.published().prefetch_related("channels"))
    assert len(platforms) >= 40
    for platform in platforms:
        channels = list(platform.channels.all())
        assert channels, platform.slug
        assert all(c.source_url.startswith("http") and c.verified_on for c in channels), platform.slug
