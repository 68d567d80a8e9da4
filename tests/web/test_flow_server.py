"""The guided flow over HTTP: every step a POST, answers carried in the page, nothing stored or logged."""

import io
import logging
import zipfile

from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from pypdf import PdfReader

from tests.kb_fixtures import kb  # noqa: F401
from tests.web.flow_helpers import ADULT_CA, hidden_fields, post, walk


def test_the_first_page_says_what_is_kept_and_offers_a_quick_exit(kb):  # noqa: F811
    page = Client().get("/").content.decode()
    assert "What we keep: nothing" in page
    assert 'id="quick-exit"' in page
    assert "Recourse gives legal information, not legal advice." in page


def test_a_complete_flow_reaches_review_then_documents(kb):  # noqa: F811
    client = Client()
    review, carried = walk(client)
    page = review.content.decode()
    assert "Check your answers" in page and "ExampleBook" in page and "ExampleGram" in page
    documents = client.post("/flow/", {**carried, "step": "review", "action": "generate"})
    html = documents.content.decode()
    assert documents["Cache-Control"].startswith("no-store")
    assert "ExampleBook: Removal request" in html and "Evidence and next-steps checklist" in html
    assert "https://examplebook.com/tida" in html  # the channel to send it through


def test_downloads_are_posted_and_contain_the_real_documents(kb):  # noqa: F811
    client = Client()
    _, carried = walk(client)
    pdf = client.post("/flow/download/", {**carried, "file": "removal-request-examplebook.pdf"})
    assert pdf["Content-Type"] == "application/pdf"
    assert pdf["Content-Disposition"] == 'attachment; filename="removal-request-examplebook.pdf"'
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf.content)).pages).split())
    assert "/s/ Alex Doe" not in text and "Alex Doe" in text and "https://examplebook.com/p/1" in text
    archive = zipfile.ZipFile(io.BytesIO(client.post("/flow/download/", {**carried, "file": "all.zip"}).content))
    names = archive.namelist()
    assert "recourse/checklist.pdf" in names and "recourse/manifest.json" in names
    assert "recourse/removal-request-examplegram.pdf" in names


def test_a_download_of_a_file_that_does_not_exist_is_a_404(kb):  # noqa: F811
    client = Client()
    _, carried = walk(client)
    assert client.post("/flow/download/", {**carried, "file": "../../etc/passwd"}).status_code == 404


def test_an_invalid_url_is_caught_and_every_other_answer_survives(kb):  # noqa: F811
    client = Client()
    response, carried = walk(client, until="what")
    bad = post(client, "where", carried, {"urls": "https://examplebook.com/ok\njavascript:alert(1)"})
    page = bad.content.decode()
    assert "Line 2 (javascript:alert(1)): only http(s) URLs are accepted, not javascript:" in page
    assert 'id="error-summary"' in page and 'role="alert"' in page
    kept = hidden_fields(page)
    assert kept["person_jurisdiction"] == "us-ca" and kept["conduct_date"] == "2025-06-01"
    assert "https://examplebook.com/ok" in page  # what they typed is still in the field


def test_the_minors_path_shows_ncmec_first_and_never_asks_for_a_screenshot(kb):  # noqa: F811
    client = Client()
    minor = client.post("/flow/", {"step": "safety", "action": "next", "age": "minor"}).content.decode()
    assert "Report it first" in minor and "report.cybertip.org" in minor and "takeitdown.ncmec.org" in minor
    answers = {**ADULT_CA, "safety": {"age": "minor"}}
    response, carried = walk(client, answers)
    documents = client.post("/flow/", {**carried, "step": "review", "action": "generate"}).content.decode()
    assert "Take a screenshot" not in documents and "evidence-log" not in documents
    assert documents.index("NCMEC") < documents.index("ExampleBook")


def test_a_complete_flow_writes_nothing_and_logs_nothing_typed(kb, caplog):  # noqa: F811
    caplog.set_level(logging.DEBUG)
    logging.getLogger().setLevel(logging.DEBUG)
    client = Client()
    with CaptureQueriesContext(connection) as queries:
        _, carried = walk(client)
        client.post("/flow/", {**carried, "step": "review", "action": "generate"})
        client.post("/flow/download/", {**carried, "file": "all.zip"})
    writes = [q["sql"] for q in queries.captured_queries
              if q["sql"].lstrip().split()[0].upper() not in ("SELECT", "SAVEPOINT", "RELEASE")]
    assert writes == []
    logged = "\n".join(r.getMessage() for r in caplog.records)
    for typed in ("Alex Doe", "alex@example.org", "examplebook.com/p/1"):
        assert typed not in logged
    assert client.cookies.get("sessionid") is None


def test_every_flow_response_forbids_caching_and_has_the_strict_policy(kb):  # noqa: F811
    response = Client().post("/flow/", {"step": "start"})
    assert "no-store" in response["Cache-Control"]
    assert "script-src 'self'" in response["Content-Security-Policy"]


def test_a_get_of_the_flow_address_goes_back_to_the_start(db):
    response = Client().get("/flow/")
    assert (response.status_code, response["Location"]) == (302, "/")


def test_posting_without_the_csrf_token_is_refused(kb):  # noqa: F811
    client = Client(enforce_csrf_checks=True)
    assert client.post("/flow/", {"step": "start"}).status_code == 403
