"""Playwright driving Debian's Chromium against the live app; the knowledge base plus test recipients.

Without Chromium the browser tests are skipped with a clear message, except in CI (CI=true), where a
missing browser is a failure: .ci/run installs it.
"""

import io
import os
import shutil

import pytest
from django.core.management import call_command

from tests.kb_fixtures import TEST_PLATFORMS

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
ARGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-dev-shm-usage"]


def pytest_collection_modifyitems(config, items) -> None:  # noqa: ANN001
    if CHROMIUM:
        return
    if os.environ.get("CI"):
        raise pytest.UsageError("CI is set but no Chromium was found: install Debian's chromium package.")
    skip = pytest.mark.skip(reason="Chromium is not installed (apt-get install chromium); browser tests skipped.")
    for item in items:
        if "tests/browser" in str(item.fspath):
            item.add_marker(skip)


@pytest.fixture(scope="session")
def browser():  # noqa: ANN201
    os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        instance = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield instance
        instance.close()


@pytest.fixture
def page(browser, live_server, transactional_db):  # noqa: ANN001, ANN201
    call_command("loadkb", stdout=io.StringIO())
    call_command("loadkb", str(TEST_PLATFORMS), stdout=io.StringIO())
    context = browser.new_context(base_url=live_server.url, accept_downloads=True, locale="en-US",
                                  bypass_csp=False)
    page = context.new_page()
    page.set_default_timeout(15000)
    yield page
    context.close()
