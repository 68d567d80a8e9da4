"""The public API: published data only, filters, the law as of a date, caching headers, fixed queries."""

import io
import json
import zipfile

import pytest
from django.core.cache import cache
from django.test import Client

from kb.api import views
from kb.editorial.models import EditorialStatus
from kb.laws.models import Law
from tests.kb_fixtures import incident_doc, kb  # noqa: F401


@pytest.fixture
def api() -> Client:
    cache.clear()
    return Client()


def test_laws_as_of_a_date_show_the_version_in_force_that_day(kb, api):  # noqa: F811
    before = api.get("/api/v1/laws/us-ca-civ-1708-86/?as_of=2025-06-01").json()
    after = api.get("/api/v1/laws/us-ca-civ-1708-86/?as_of=2026-06-01").json()
    assert [v["effective_from"] for v in before["versions"]] == ["2020-01-01"]
    assert [v["effective_from"] for v in after["versions"]] == ["2026-01-01"]
    assert before["versions"][0]["sources"][0]["url"].startswith("http")


def test_law_filters_combine(kb, api):  # noqa: F811
    rows = api.get("/api/v1/laws/?jurisdiction=us-ca&kind=criminal&covers_synthetic=no&as_of=2024-06-01").json()
    assert [law["id"] for law in rows["results"]] == ["us-ca-pen-647-j-4"]
    bad = api.get("/api/v1/laws/?as_of=yesterday")
    assert (bad.status_code, bad.json()) == (400, {"as_of": "'yesterday' is not a date (expected YYYY-MM-DD)"})


def test_unpublished_laws_never_appear(kb, api):  # noqa: F811
    Law.objects.filter(slug="us-6851-civil-action").update(editorial_status=EditorialStatus.DRAFT)
    ids = [law["id"] for law in api.get("/api/v1/laws/?jurisdiction=us").json()["results"]]
    assert "us-6851-civil-action" not in ids
    assert api.get("/api/v1/laws/us-6851-civil-action/").status_code == 404


@pytest.mark.parametrize("path", ["/api/v1/laws/", "/api/v1/jurisdictions/", "/api/v1/platforms/"])
def test_lists_are_paginated_and_take_a_fixed_number_of_queries(kb, api, django_assert_max_num_queries, path):  # noqa: F811
    with django_assert_max_num_queries(10):
        page = api.get(path + "?limit=500").json()
    assert page["count"] == len(page["results"]) and page["count"] > 5
    assert {"count", "next", "previous", "results"} <= set(page)


def test_a_client_with_a_current_copy_gets_304(kb, api):  # noqa: F811
    first = api.get("/api/v1/jurisdictions/")
    assert first["ETag"] and first["Last-Modified"]
    again = api.get("/api/v1/jurisdictions/", HTTP_IF_NONE_MATCH=first["ETag"])
    assert again.status_code == 304
    Law.objects.filter(slug="us-6851-civil-action").update(title="Renamed")  # any change to the data
    Law.objects.get(slug="us-6851-civil-action").save()
    assert api.get("/api/v1/jurisdictions/", HTTP_IF_NONE_MATCH=first["ETag"]).status_code == 200


@pytest.mark.parametrize("method", ["post", "put", "patch", "delete"])
def test_the_data_endpoints_are_read_only(kb, api, method):  # noqa: F811
    response = getattr(api, method)("/api/v1/laws/us-6851-civil-action/", data="{}", content_type="application/json")
    assert response.status_code == 405
    assert Law.objects.get(slug="us-6851-civil-action").title != ""


def test_match_answers_with_the_match_json_and_names_bad_fields(kb, api):  # noqa: F811
    ok = api.post("/api/v1/match/", data=json.dumps(incident_doc()), content_type="application/json")
    assert ok.status_code == 200 and "us-take-it-down-removal" in [law["id"] for law in ok.json()["laws"]]
    assert ok["Cache-Control"] == "no-store"
    bad = api.post("/api/v1/match/", data=json.dumps(incident_doc(items=[{"url": "file:///etc/passwd"}])),
                   content_type="application/json")
    expected = {"errors": ["items[0].url: only http(s) URLs are accepted, not file:"]}
    assert (bad.status_code, bad.json()) == (400, expected)


def test_documents_come_back_as_a_zip_and_nothing_is_stored(kb, api, django_assert_max_num_queries):  # noqa: F811
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as queries:
        response = api.post("/api/v1/documents/", data=json.dumps(incident_doc()), content_type="application/json")
    assert response["Content-Type"] == "application/zip"
    names = zipfile.ZipFile(io.BytesIO(response.content)).namelist()
    assert "manifest.json" in names and "removal-request-examplebook.pdf" in names
    assert all(q["sql"].lstrip().upper().startswith(("SELECT", "SAVEPOINT", "RELEASE"))
               for q in queries.captured_queries)


def test_generation_is_throttled_for_anonymous_clients(kb, api, monkeypatch):  # noqa: F811
    monkeypatch.setattr(views.GenerateThrottle, "THROTTLE_RATES", {"generate": "2/minute"})
    body = json.dumps(incident_doc())
    codes = [api.post("/api/v1/match/", data=body, content_type="application/json").status_code for _ in range(3)]
    assert codes == [200, 200, 429]


def test_the_openapi_schema_and_offline_docs_are_served(db, api):
    schema = api.get("/api/schema/?format=json")
    assert schema.status_code == 200 and "/api/v1/laws/" in schema.json()["paths"]
    docs = api.get("/api/docs/").content.decode()
    assert "cdn" not in docs.lower() and "/static/drf_spectacular_sidecar/" in docs
