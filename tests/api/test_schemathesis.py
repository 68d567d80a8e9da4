"""Property-based API testing from the OpenAPI schema: no server errors, responses match the schema.

Bounded (a few examples per operation) so it runs in CI on every push; the document generator is
exercised with fewer examples because each one renders PDFs.
"""

import io

import pytest
import schemathesis
from django.core.cache import cache
from django.core.management import call_command
from hypothesis import HealthCheck, settings

from kb.wsgi import application

# Every check but positive-data acceptance: the engine validates more than a schema can say (a conduct date
# after "today", an unknown jurisdiction code), and refusing those with a 400 naming the field is intended.
EXCLUDED = [schemathesis.checks.positive_data_acceptance]

schema = schemathesis.openapi.from_wsgi("/api/schema/?format=json", application)


@pytest.fixture(scope="module")
def loaded(django_db_setup, django_db_blocker):  # noqa: ANN001, ANN201
    with django_db_blocker.unblock():
        call_command("loadkb", stdout=io.StringIO())
        yield
        from kb.laws.models import Jurisdiction, Law, LawVersion, Source
        from kb.recipients.models import Platform, PlatformChannel

        for model in (Source, LawVersion, Law, PlatformChannel, Platform):
            model.objects.all().delete()
        Jurisdiction.objects.filter(parent__isnull=False).delete()
        Jurisdiction.objects.all().delete()


@schema.exclude(path="/api/v1/documents/").parametrize()
@settings(max_examples=12, deadline=None, suppress_health_check=list(HealthCheck))
def test_api_operations_never_fail_and_conform_to_the_schema(case, loaded, django_db_blocker):  # noqa: ANN001
    cache.clear()  # the anonymous throttle must not turn fuzzing into 429s
    with django_db_blocker.unblock():
        case.call_and_validate(excluded_checks=EXCLUDED)


@schema.include(path="/api/v1/documents/").parametrize()
@settings(max_examples=3, deadline=None, suppress_health_check=list(HealthCheck))
def test_the_documents_endpoint_never_fails(case, loaded, django_db_blocker):  # noqa: ANN001
    cache.clear()
    with django_db_blocker.unblock():
        case.call_and_validate(excluded_checks=EXCLUDED)
