"""The first public pages show published data only, with citations, sources and the disclaimer."""

import io

import pytest
from django.core.management import call_command
from django.test import Client

from kb.editorial.models import EditorialStatus
from kb.laws.models import Jurisdiction, Law, LawVersion

DISCLAIMER = "Recourse gives legal information, not legal advice."


@pytest.fixture
def seeded(db) -> None:
    call_command("loadkb", stdout=io.StringIO())


def test_the_home_page_lists_the_seed_jurisdictions_with_their_law_counts(seeded):
    page = Client().get("/laws/").content.decode()
    for name in ("United States (federal)", "California", "England and Wales", "United Kingdom"):
        assert name in page
    us = Jurisdiction.objects.get(code="us")
    row = page[page.index('<a href="/laws/us/">'):]
    row = row[: row.index("</tr>")]
    assert f"<td>{us.laws.count()}</td>" in row
    assert DISCLAIMER in page


def test_a_jurisdiction_page_shows_citations_dates_and_links_to_sources(seeded):
    page = Client().get("/laws/us/").content.decode()
    assert "47 U.S.C. § 223a" in page
    assert "15 U.S.C. § 6851" in page
    assert "From 19 May 2025" in page
    assert 'href="https://www.congress.gov/119/plaws/publ12/PLAW-119publ12.htm"' in page
    assert DISCLAIMER in page


def test_an_amended_law_shows_its_current_text_and_links_to_every_version(seeded):
    listing = Client().get("/laws/us-ca/").content.decode()
    assert "From 1 January 2026" in listing
    assert 'href="/laws/us-ca/us-ca-civ-1708-86/">All 2 versions and their sources' in listing
    detail = Client().get("/laws/us-ca/us-ca-civ-1708-86/").content.decode()
    assert detail.index("From 1 January 2026") < detail.index("In force 1 January 2020 to 31 December 2025")
    assert "Not yet verified" in detail  # what was not checked is shown, not hidden


def test_an_unknown_law_id_is_a_404(seeded):
    assert Client().get("/laws/us-ca/no-such-law/").status_code == 404
    assert Client().get("/laws/us/us-ca-civ-1708-86/").status_code == 404  # wrong jurisdiction


def test_drafts_never_reach_the_public(seeded):
    law = Law.objects.get(slug="us-6851-civil-action")
    law.editorial_status = EditorialStatus.DRAFT
    law.save()
    Jurisdiction.objects.create(code="zz", name="Draftland", level="national")
    version = LawVersion.objects.get(law__slug="us-take-it-down-removal")
    version.editorial_status = EditorialStatus.IN_REVIEW
    version.save()
    client = Client()
    home, us = client.get("/laws/").content.decode(), client.get("/laws/us/").content.decode()
    assert "Draftland" not in home
    assert "15 U.S.C. § 6851" not in us
    assert "47 U.S.C. § 223a" in us and "48 hours" not in us  # the law shows, its unpublished version not
    assert client.get("/laws/zz/").status_code == 404


def test_an_unknown_jurisdiction_is_a_404(seeded):
    assert Client().get("/laws/xx/").status_code == 404


def test_every_page_sends_a_strict_content_security_policy(seeded):
    response = Client().get("/laws/")
    policy = response["Content-Security-Policy"]
    assert "default-src 'self'" in policy and "script-src 'self'" in policy and "frame-ancestors 'none'" in policy
    assert response["Referrer-Policy"] == "same-origin"
    assert response["X-Frame-Options"] == "DENY"


def test_a_foreign_law_names_the_language_of_each_non_english_source(seeded):
    page = Client().get("/laws/fr/fr-cp-226-2-1/").content.decode()
    source = page[page.index('href="https://code-penal.fr/article-226-2-1-a33207318.html"'):]
    assert "(secondary source, in French, checked" in source[: source.index("</a>") + 60]
    english = Client().get("/laws/us/").content.decode()
    assert "in English" not in english  # English is the working language; it is not labelled


def test_source_languages_are_named_in_the_readers_language(seeded):
    page = Client().get("/laws/fr/fr-cp-226-2-1/", HTTP_ACCEPT_LANGUAGE="es").content.decode()
    assert "en francés" in page.lower()  # Django names languages as its own catalogue does ("Francés")
