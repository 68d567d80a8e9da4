"""The whole knowledge base loads on this database and keeps its promises to auditors and users."""

import datetime as dt
import io
import re
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command
from django.db.models import F

from kb.laws.coverage import render_coverage
from kb.laws.models import Jurisdiction, LawVersion

STATES = ("al ak az ar ca co ct de fl ga hi id il in ia ks ky la me md ma mi mn ms mo mt ne nv nh nj nm ny nc nd "
          "oh ok or pa ri sc sd tn tx ut vt va wa wv wi wy").split()
US_CODES = {"us", "us-dc", *(f"us-{s}" for s in STATES), "us-pr", "us-gu", "us-vi", "us-as", "us-mp"}


@pytest.fixture
def loaded(db) -> None:
    call_command("loadkb", stdout=io.StringIO())


def test_every_us_jurisdiction_is_present_and_published(loaded):
    present = set(Jurisdiction.objects.published().values_list("code", flat=True))
    assert US_CODES - present == set()
    assert all(code == "us" or parent == "us" for code, parent in
               Jurisdiction.objects.filter(code__in=US_CODES).values_list("code", "parent__code"))


def test_every_version_has_a_source_with_a_url_and_a_verification_date(loaded):
    unsourced = LawVersion.objects.filter(sources__isnull=True)
    assert list(unsourced) == []
    for version in LawVersion.objects.prefetch_related("sources"):
        for source in version.sources.all():
            assert source.url.startswith(("http://", "https://")) and source.verified_on, version


def test_versions_of_each_law_follow_each_other_without_overlap(loaded):
    by_law: dict[int, list[LawVersion]] = {}
    for version in LawVersion.objects.order_by("law_id", F("effective_from").asc(nulls_first=True)):
        by_law.setdefault(version.law_id, []).append(version)
    for versions in by_law.values():
        for earlier, later in zip(versions, versions[1:], strict=False):
            assert earlier.effective_to is not None and later.effective_from is not None
            assert earlier.effective_to < later.effective_from, (earlier, later)


def test_a_jurisdiction_without_laws_says_what_was_searched(loaded):
    for jurisdiction in Jurisdiction.objects.filter(laws__isnull=True):
        assert jurisdiction.notes and jurisdiction.checked_on, jurisdiction.code


def test_checkkb_reports_no_errors_over_the_repository_data(db):
    out = io.StringIO()
    call_command("checkkb", stdout=out)
    assert re.search(r": 0 error\(s\), \d+ warning\(s\)\.$", out.getvalue().strip())


def test_the_coverage_page_is_generated_from_the_current_data(db):
    page = Path(settings.BASE_DIR) / "docs" / "coverage.md"
    committed = page.read_text(encoding="utf-8")
    day = re.search(r"laws in force on (\d{4}-\d{2}-\d{2})\.", committed).group(1)
    assert committed == render_coverage(dt.date.fromisoformat(day)), "run: python manage.py coverage --today " + day
