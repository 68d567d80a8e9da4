"""Public law pages and the on-device evidence log (published data only; nothing typed is received)."""

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render

from kb.laws import selectors


def jurisdictions(request: HttpRequest) -> HttpResponse:
    return render(request, "web/home.html", {"jurisdictions": selectors.published_jurisdictions_with_counts()})


def jurisdiction_laws(request: HttpRequest, code: str) -> HttpResponse:
    jurisdiction = selectors.published_jurisdiction(code.lower())
    if jurisdiction is None:
        raise Http404("No published jurisdiction with that code.")
    laws = selectors.published_laws_of(jurisdiction)
    return render(request, "web/jurisdiction.html", {"jurisdiction": jurisdiction, "laws": laws})


def law_detail(request: HttpRequest, code: str, law_id: str) -> HttpResponse:
    law = selectors.published_law(code.lower(), law_id)
    if law is None:
        raise Http404("No published law with that id here.")
    return render(request, "web/law.html", {"law": law, "jurisdiction": law.jurisdiction})


def evidence_log(request: HttpRequest) -> HttpResponse:
    """A page whose script hashes files in the browser; the files never leave the device."""
    return render(request, "web/evidence_log.html")
