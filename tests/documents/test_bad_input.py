"""Whatever a person types stays data: never template code, never markup, never a file to fetch."""

import io
import json

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

import kb.documents.pdf as pdf_module
from tests.kb_fixtures import document, generate, incident_doc, text_of


def test_template_syntax_in_any_field_comes_out_literally(kb):
    bundle = generate(incident__description="{{ 7*7 }} {% for x in y %}loop{% endfor %}",
                      requester__name="{{ config }}", signature="/s/ {{ 7*7 }}")
    letter = document(bundle, "removal_request", "examplebook")
    for fmt in ("pdf", "txt", "html"):
        text = text_of(bundle, letter, fmt)
        assert "{{ 7*7 }}" in text and "{% for x in y %}loop{% endfor %}" in text and "{{ config }}" in text
        assert "49" not in text


def test_html_and_file_references_are_escaped_and_never_fetched(kb, monkeypatch):
    fetcher = pdf_module.RefusingFetcher()
    monkeypatch.setattr(pdf_module, "make_fetcher", lambda: fetcher)
    hostile = ('<img src="file:///etc/passwd"><link rel="stylesheet" href="http://127.0.0.1:9/x.css">'
               '<style>@import "file:///etc/hostname";</style><iframe src="file:///etc/passwd"></iframe>')
    bundle = generate(incident__description=hostile, items=[
        {"url": "https://examplebook.com/p/1", "description": '<img src="file:///etc/shadow">'}])
    letter = document(bundle, "removal_request", "examplebook")
    html = bundle.files[letter["formats"]["html"]].decode()
    assert "&lt;img src=&#34;file:///etc/passwd&#34;&gt;" in html and "<img" not in html and "<iframe" not in html
    assert '<img src="file:///etc/passwd">' in text_of(bundle, letter, "pdf")  # shown as text
    assert fetcher.attempts == []


def test_a_fetch_attempt_would_be_caught_and_refused(monkeypatch):
    """The check above can fail: markup that does reference files is seen, and nothing is read."""
    fetcher = pdf_module.RefusingFetcher()
    monkeypatch.setattr(pdf_module, "make_fetcher", lambda: fetcher)
    pdf = pdf_module.render_pdf('<p>x</p><img src="file:///etc/passwd"><link rel="stylesheet" '
                                'href="http://127.0.0.1:9/a.css">', paper="a4")
    assert set(fetcher.attempts) == {"file:///etc/passwd", "http://127.0.0.1:9/a.css"}
    assert b"root:" not in pdf


def run_generate(tmp_path, doc: dict) -> tuple[str, int]:
    path = tmp_path / "incident.json"
    path.write_text(json.dumps(doc))
    out = tmp_path / "out"
    with pytest.raises(CommandError) as refused:
        call_command("generate", str(path), "--out", str(out), stdout=io.StringIO())
    assert not out.exists()  # nothing written
    return str(refused.value), refused.value.returncode


@pytest.mark.parametrize(("url", "scheme"), [("javascript:alert(1)", "javascript"), ("file:///etc/passwd", "file"),
                                             ("FILE:///etc/passwd", "file"), ("data:text/html,hi", "data")])
def test_non_http_urls_are_rejected_with_the_field_named(db, tmp_path, url, scheme):
    doc = incident_doc(items=[{"url": "https://examplebook.com/ok"}, {"url": url}])
    message, code = run_generate(tmp_path, doc)
    assert (message, code) == (f"items[1].url: only http(s) URLs are accepted, not {scheme}:", 2)


def test_more_than_500_urls_are_rejected_with_a_clear_message(db, tmp_path):
    doc = incident_doc(items=[{"url": f"https://examplebook.com/p/{n}"} for n in range(501)])
    message, code = run_generate(tmp_path, doc)
    assert (message, code) == ("items: at most 500 URLs per request (got 501); split them into several requests", 2)


def test_every_problem_is_listed_at_once(db, tmp_path):
    doc = incident_doc(person={"jurisdiction": "California"}, incident={"conduct_date": "2025-13-01"},
                       requester={"name": "A"})
    message, code = run_generate(tmp_path, doc)
    assert code == 2
    assert message.splitlines() == [
        "incident.conduct_date: '2025-13-01' is not a date (expected YYYY-MM-DD)",
        "person.jurisdiction: 'california' is not a jurisdiction code (e.g. us-ca, fr, gb-eng)",
        "requester.email: an email or a postal address is needed so the recipient can reply",
    ]


def test_a_file_that_is_not_json_is_refused(db, tmp_path):
    path = tmp_path / "incident.json"
    path.write_text("{not json")
    with pytest.raises(CommandError, match=r"incident.json: not valid JSON") as refused:
        call_command("generate", str(path), "--out", str(tmp_path / "out"))
    assert refused.value.returncode == 2
