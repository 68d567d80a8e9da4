"""URL resolution (contract): the real hostname, longest suffix, clear errors for bad URLs."""

import io
import json

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from kb.recipients.resolve import InvalidUrl, hostname_of


def resolve(*urls: str) -> list[dict]:
    out = io.StringIO()
    call_command("resolve", *urls, "--json", stdout=out)
    return json.loads(out.getvalue())


@pytest.mark.parametrize(("url", "recipient"), [
    ("https://examplebook.com/p/1", "examplebook"),
    ("https://m.www.examplebook.com/p/1", "examplebook"),            # subdomains
    ("HTTPS://EXAMPLEBOOK.COM/P/1", "examplebook"),                  # upper case
    ("https://examplebook.com:8443/p/1", "examplebook"),             # explicit port
    ("examplebook.com/p/1", "examplebook"),                          # no scheme
    ("https://exg.am/x", "examplegram"),                             # short-link alias
    ("https://examplebook.com@evil.example/", None),                 # user-info is not the host
    ("https://user:pw@examplebook.com/", "examplebook"),
    ("https://notexamplebook.com/", None),                           # suffix must match whole labels
    ("https://examplebook.com.evil.example/", None),
    ("https://bücher.example/", None),                               # internationalised, unknown
])
def test_urls_resolve_by_their_real_hostname(kb, url, recipient):
    assert resolve(url) == [{"url": url, "recipient": recipient,
                             "name": {"examplebook": "ExampleBook", "examplegram": "ExampleGram"}.get(recipient)}]


def test_internationalised_domain_names_are_normalised():
    assert hostname_of("https://BÜCHER.example/x") == "xn--bcher-kva.example"
    assert hostname_of("https://xn--bcher-kva.example/") == "xn--bcher-kva.example"


@pytest.mark.parametrize(("url", "problem"), [
    ("javascript:alert(1)", "only http(s) URLs are accepted, not javascript:"),
    ("ftp://examplebook.com/x", "only http(s) URLs are accepted, not ftp:"),
    ("https://", "the URL has no host name"),
    ("https://exa mple.com/", "the host name 'exa mple.com' is not valid"),
    ("https://[::1/", "not a valid URL (Invalid IPv6 URL)"),
])
def test_invalid_urls_get_a_clear_error(url, problem):
    with pytest.raises(InvalidUrl) as error:
        hostname_of(url)
    assert str(error.value) == problem


def test_the_command_reports_invalid_urls_without_crashing(kb):
    out, err = io.StringIO(), io.StringIO()
    with pytest.raises(CommandError, match=r"1 invalid URL") as refused:
        call_command("resolve", "https://examplebook.com/", "javascript:x", "--json", stdout=out, stderr=err)
    assert refused.value.returncode == 2
    rows = json.loads(out.getvalue())
    assert rows[0]["recipient"] == "examplebook" and rows[1]["recipient"] is None
    assert err.getvalue().strip() == "javascript:x: only http(s) URLs are accepted, not javascript:"
