"""The guided flow: every step is a POST to one address, and the answers travel in the form.

No database writes, no session, nothing typed in a URL or a log. Responses are marked no-store so the
browser does not keep them; closing the tab erases everything.
"""

import io
import json
import zipfile

from django.http import HttpRequest, HttpResponse, HttpResponseNotAllowed, JsonResponse
from django.shortcuts import redirect, render
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from kb.documents.bundle import build_bundle
from kb.matching.incident import InvalidIncident, parse_incident
from kb.recipients.resolve import HostIndex, InvalidUrl
from kb.web.flow.next_steps import NEXT_STEPS
from kb.web.flow.state import (
    incident_document,
    jurisdiction_choices,
    next_slug,
    previous_slug,
    raw_state,
    step_form,
    summary_rows,
    validate_all,
)
from kb.web.flow.steps import STEPS

ORDER = [s.slug for s in STEPS]


def _no_store(response: HttpResponse) -> HttpResponse:
    response["Cache-Control"] = "no-store, no-cache, must-revalidate, private, max-age=0"
    response["Pragma"] = "no-cache"
    return response


def _recognised(state: dict) -> list[tuple[str, str | None]]:
    lines = [line.strip() for line in state.get("urls", "").splitlines() if line.strip()]
    if not lines:
        return []
    index = HostIndex()
    out = []
    for line in lines[:500]:
        try:
            platform = index.resolve(line).platform
        except InvalidUrl:
            continue
        out.append((line, platform.name if platform else None))
    return out


def _render_step(request: HttpRequest, slug: str, state: dict, form=None, *, to_review: bool = False):  # noqa: ANN001
    if form is None:
        form = step_form(slug)
        form.initial = {k: v for k, v in state.items() if k in form.fields}
    hidden = [(name, value) for name, value in state.items() if name not in form.fields]
    context = {
        "step": slug, "form": form, "hidden": hidden, "to_review": to_review,
        "number": ORDER.index(slug) + 1, "total": len(ORDER) + 1,
        "minor": state.get("age") == "minor", "unsure_age": state.get("age") == "unknown",
        "recognised": _recognised(state) if ORDER.index(slug) > ORDER.index("where") else [],
    }
    return _no_store(render(request, "flow/step.html", context))


def _render_review(request: HttpRequest, state: dict, cleaned: dict):  # noqa: ANN001
    lookup = {code: name for _, options in jurisdiction_choices() for code, name in options}
    context = {"hidden": list(state.items()), "rows": summary_rows(cleaned, lookup),
               "recognised": _recognised(state), "number": len(ORDER) + 1, "total": len(ORDER) + 1,
               "minor": cleaned.get("age") == "minor"}
    return _no_store(render(request, "flow/review.html", context))


def _bundle(cleaned: dict, formats: tuple[str, ...]):  # noqa: ANN202
    return build_bundle(parse_incident(incident_document(cleaned), require_items=True), formats=formats)


def _render_documents(request: HttpRequest, state: dict, cleaned: dict):  # noqa: ANN001
    bundle = _bundle(cleaned, ("txt",))
    documents = []
    for doc in bundle.manifest["documents"]:
        text = bundle.files[doc["formats"]["txt"]].decode("utf-8")
        stem = doc["formats"]["txt"].removesuffix(".txt")
        documents.append({**doc, "stem": stem, "text": text, "next": NEXT_STEPS.get(doc["kind"], "")})
    context = {"hidden": list(state.items()), "documents": documents, "warnings": bundle.manifest["warnings"],
               "minor": cleaned.get("age") == "minor"}
    return _no_store(render(request, "flow/documents.html", context))


def start(request: HttpRequest) -> HttpResponse:
    return _no_store(render(request, "flow/start.html"))


@never_cache
def flow(request: HttpRequest) -> HttpResponse:
    if request.method == "GET":
        return redirect("start")  # the flow has no state to show without the form
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    state = raw_state(request.POST)
    step = request.POST.get("step", "start")
    action = request.POST.get("action", "next")
    to_review = request.POST.get("to_review") == "1"

    if step == "start":
        return _render_step(request, ORDER[0], state)
    if action.startswith("goto:") and action[5:] in ORDER:
        return _render_step(request, action[5:], state, to_review=True)
    if action == "back":
        return _render_step(request, previous_slug(step), state) if step != ORDER[0] else redirect("start")
    if step == "minor":
        return _render_step(request, next_slug(ORDER[0]), state)
    if step in ORDER:
        form = step_form(step, request.POST)
        if not form.is_valid():
            return _render_step(request, step, state, form, to_review=to_review)
        if step == ORDER[0] and form.cleaned_data["age"] == "minor" and not to_review:
            return _no_store(render(request, "flow/minor.html", {"hidden": list(state.items())}))
        target = "review" if to_review else next_slug(step)
        if target != "review":
            return _render_step(request, target, state)
    cleaned, missing = validate_all(state)
    if missing:
        return _render_step(request, missing, state, step_form(missing, state))
    if step == "review" and action == "generate":
        return _render_documents(request, state, cleaned)
    return _render_review(request, state, cleaned)


@never_cache
@require_POST
def download(request: HttpRequest) -> HttpResponse:
    state = raw_state(request.POST)
    cleaned, missing = validate_all(state)
    if missing:
        return _render_step(request, missing, state, step_form(missing, state))
    wanted = request.POST.get("file", "")
    try:
        bundle = _bundle(cleaned, ("pdf", "html", "txt"))
    except InvalidIncident:
        return _render_step(request, "where", state, step_form("where", state))
    if wanted == "all.zip":
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
            for name, data in sorted(bundle.files.items()):
                archive.writestr(f"recourse/{name}", data)
            archive.writestr("recourse/manifest.json", json.dumps(bundle.manifest, ensure_ascii=False, indent=2))
        payload, content_type, name = buffer.getvalue(), "application/zip", "recourse-documents.zip"
    elif wanted in bundle.files:
        payload, name = bundle.files[wanted], wanted
        content_type = {"pdf": "application/pdf", "html": "text/html; charset=utf-8",
                        "txt": "text/plain; charset=utf-8", "csv": "text/csv; charset=utf-8"}[name.rsplit(".", 1)[1]]
    else:
        return _no_store(HttpResponse("No such document.", status=404, content_type="text/plain"))
    response = HttpResponse(payload, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return _no_store(response)


@require_POST
def recognise(request: HttpRequest) -> JsonResponse:
    """Live URL recognition for the 'where it is' step (JavaScript only); stateless and not logged."""
    index = HostIndex()
    rows = []
    for line in request.POST.get("urls", "").splitlines()[:500]:
        line = line.strip()
        if not line:
            continue
        try:
            platform = index.resolve(line).platform
            rows.append({"url": line, "recipient": platform.slug if platform else None,
                         "name": platform.name if platform else None, "error": None})
        except InvalidUrl as error:
            rows.append({"url": line, "recipient": None, "name": None, "error": str(error)})
    response = JsonResponse({"results": rows})
    return _no_store(response)
