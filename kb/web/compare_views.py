"""/compare/: jurisdictions side by side as of a date, with CSV and JSON exports of the same rows."""

import csv
import datetime as dt
import io

from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render

from kb.api.conditional import conditional
from kb.laws.compare import COLUMNS, FILTERS, compare


@conditional
def compare_page(request: HttpRequest) -> HttpResponse:
    requested = request.GET.getlist("j")
    error = None
    try:
        as_of = dt.date.fromisoformat(request.GET["as_of"]) if request.GET.get("as_of") else dt.date.today()
    except ValueError:
        as_of, error = dt.date.today(), "The 'as of' date must be a date (YYYY-MM-DD); today is used instead."
    filters = {key: request.GET.get(key, "") for key in FILTERS if request.GET.get(key, "") in FILTERS[key]}
    result = compare(requested, as_of=as_of, filters=filters)
    fmt = request.GET.get("format")
    if fmt == "csv":
        buffer = io.StringIO()
        rows = [row.export() for row in result.rows]
        fields = list(rows[0]) if rows else ["jurisdiction", "law", "citation"]
        writer = csv.DictWriter(buffer, fieldnames=fields)
        writer.writeheader()
        writer.writerows(rows)
        response = HttpResponse(buffer.getvalue(), content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = f'attachment; filename="recourse-compare-{as_of.isoformat()}.csv"'
        return response
    if fmt == "json":
        return JsonResponse({"as_of": as_of.isoformat(), "jurisdictions": result.codes, "missing": result.missing,
                             "rows": [row.export() for row in result.rows]})
    return render(request, "web/compare.html", {
        "result": result, "columns": COLUMNS, "filters": filters, "filter_choices": FILTERS, "error": error,
        "requested": requested, "query": request.GET.urlencode(),
    })
