"""The database itself refuses impossible law histories, whatever code writes to it."""

import datetime as dt

import pytest
from django.db import IntegrityError, transaction

from kb.laws.models import Jurisdiction, Law, LawVersion

D = dt.date


@pytest.fixture
def law(db) -> Law:
    jurisdiction = Jurisdiction.objects.create(code="zz", name="Testland", level="national")
    return Law.objects.create(slug="zz-one", jurisdiction=jurisdiction, title="t", citation="c", kind="criminal")


def version(law: Law, start: dt.date | None, end: dt.date | None = None) -> LawVersion:
    return LawVersion.objects.create(law=law, effective_from=start, effective_to=end, status="in_force",
                                     covers_synthetic="no", ages="all", summary="s")


def test_a_version_that_ends_before_it_starts_is_refused(law):
    with pytest.raises(IntegrityError), transaction.atomic():
        version(law, D(2021, 1, 1), D(2020, 12, 31))


def test_two_versions_in_force_on_the_same_day_are_refused(law):
    version(law, D(2020, 1, 1), D(2023, 12, 31))
    with pytest.raises(IntegrityError), transaction.atomic():
        version(law, D(2023, 12, 31))


def test_a_still_open_version_blocks_any_later_start(law):
    version(law, D(2020, 1, 1))
    with pytest.raises(IntegrityError), transaction.atomic():
        version(law, D(2030, 1, 1))


def test_moving_an_end_date_into_the_next_version_is_refused(law):
    first = version(law, D(2020, 1, 1), D(2023, 12, 31))
    version(law, D(2024, 1, 1))
    first.effective_to = D(2024, 6, 30)
    with pytest.raises(IntegrityError), transaction.atomic():
        first.save()


def test_an_unknown_start_counts_as_the_beginning_of_time(law):
    version(law, None, D(2021, 12, 31))
    version(law, D(2022, 1, 1))
    with pytest.raises(IntegrityError), transaction.atomic():
        version(law, D(2019, 6, 1), D(2019, 6, 30))


def test_consecutive_versions_and_other_laws_are_accepted(law):
    version(law, D(2020, 1, 1), D(2023, 12, 31))
    version(law, D(2024, 1, 1))
    other = Law.objects.create(slug="zz-two", jurisdiction=law.jurisdiction, title="t", citation="c",
                               kind="civil")
    version(other, D(2020, 1, 1))
    assert LawVersion.objects.count() == 3


def test_law_ids_are_unique(law):
    with pytest.raises(IntegrityError), transaction.atomic():
        Law.objects.create(slug="zz-one", jurisdiction=law.jurisdiction, title="t", citation="c", kind="civil")
