"""Public pages: the list of jurisdictions and one jurisdiction's laws (published data only)."""

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render

from kb.laws import selectors


def home(request: HttpRequest) -> HttpResponse:
    jurisdictions = selectors.published_jurisdictions_with_counts()
    return render(request, "web/home.html", {"jurisdictions": jurisdictions})


def jurisdiction_laws(request: HttpRequest, code: str) -> HttpResponse:
    jurisdiction = selectors.published_jurisdiction(code.lower())
    if jurisdiction is None:
        raise Http404("No published jurisdiction with that code.")
    laws = selectors.published_laws_of(jurisdiction)
    return render(request, "web/jurisdiction.html", {"jurisdiction": jurisdiction, "laws": laws})
