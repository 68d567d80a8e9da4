"""Shared by document and matching tests.

A knowledge base with the real fixtures plus fictional recipients, and incident builders.
"""

import copy
import io
from pathlib import Path

import pytest
from django.core.management import call_command
from pypdf import PdfReader

from kb.documents.bundle import build_bundle
from kb.matching.incident import parse_incident

TEST_PLATFORMS = Path(__file__).resolve().parent / "data"

BASE = {
    "today": "2026-11-21",
    "incident": {"conduct_date": "2025-06-01", "discovered_date": "2025-06-03", "synthetic": True,
                 "sexual": True, "age_at_creation": "adult", "requester_owns_copyright": False},
    "person": {"jurisdiction": "us-ca"},
    "requester": {"name": "Alex Doe", "email": "alex@example.org", "postal_address": "1 Main St, Springfield",
                  "relationship": "self"},
    "items": [{"url": "https://examplebook.com/p/1", "description": "a post"},
              {"url": "https://www.examplegram.com/p/2"}],
    "attestations": {"good_faith": True, "depicts_me_or_principal": True, "not_consented": True},
    "signature": "/s/ Alex Doe",
}


def incident_doc(**changes) -> dict:
    doc = copy.deepcopy(BASE)
    for dotted, value in changes.items():
        target = doc
        *parents, last = dotted.split("__")
        for key in parents:
            target = target[key]
        target[last] = value
    return doc


@pytest.fixture
def kb(db) -> None:
    call_command("loadkb", stdout=io.StringIO())
    call_command("loadkb", str(TEST_PLATFORMS), stdout=io.StringIO())


def pdf_text(data: bytes) -> str:
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)
    return " ".join(text.split())


def generate(**changes):  # noqa: ANN201
    return build_bundle(parse_incident(incident_doc(**changes), require_items=True))


def document(bundle, kind: str, recipient: str | None) -> dict:  # noqa: ANN001
    matches = [d for d in bundle.manifest["documents"] if d["kind"] == kind and d["recipient"] == recipient]
    assert len(matches) == 1, [(d["kind"], d["recipient"]) for d in bundle.manifest["documents"]]
    return matches[0]


def text_of(bundle, doc: dict, fmt: str = "pdf") -> str:  # noqa: ANN001
    data = bundle.files[doc["formats"][fmt]]
    return pdf_text(data) if fmt == "pdf" else " ".join(data.decode("utf-8").split())
