"""The editorial desk: the review queue, a draft's diff against what is published, reports, publishing.

Only members of the editor or reviewer groups get in; publishing goes through kb.editorial.services, which
enforces the four-eyes rule and writes the history row in the same transaction.
"""

import datetime as dt

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from kb.desk import selectors
from kb.editorial import rules, services


def _desk_user(request: HttpRequest) -> None:
    if not request.user.is_authenticated:
        raise _LoginRequired
    if not rules.is_editor(request.user):
        raise PermissionDenied("The editorial desk is for editors and reviewers.")


class _LoginRequired(Exception):
    pass


def desk_view(view):  # noqa: ANN001, ANN201
    def wrapper(request: HttpRequest, *args, **kwargs) -> HttpResponse:
        try:
            _desk_user(request)
        except _LoginRequired:
            return redirect_to_login(request.get_full_path(), login_url="/admin/login/")
        return view(request, *args, **kwargs)

    wrapper.__name__ = view.__name__
    wrapper.__doc__ = view.__doc__
    return wrapper


def _record(kind: str, pk: int):  # noqa: ANN202
    model = selectors.KINDS.get(kind)
    if model is None:
        raise Http404("Unknown record kind.")
    record = model.objects.filter(pk=pk).first()
    if record is None:
        raise Http404("No such record.")
    return record


@desk_view
def queue(request: HttpRequest) -> HttpResponse:
    return render(request, "desk/queue.html", {"queue": selectors.queue()})


@desk_view
def review(request: HttpRequest, kind: str, pk: int) -> HttpResponse:
    record = _record(kind, pk)
    changes, published = selectors.diff_against_published(record)
    return render(request, "desk/review.html", {
        "record": record, "kind": kind, "changes": changes, "published": published,
        "refusal": rules.publish_refusal(request.user, record), "can_return": rules.is_reviewer(request.user)})


@desk_view
@require_POST
def act(request: HttpRequest, kind: str, pk: int) -> HttpResponse:
    record = _record(kind, pk)
    action, note = request.POST.get("action"), request.POST.get("note", "").strip()[:500]
    try:
        if action == "publish":
            services.publish(acting_user=request.user, record=record, note=note)
            messages.success(request, f"Published: {record}.")
        elif action == "return":
            services.return_to_draft(acting_user=request.user, record=record, note=note)
            messages.success(request, f"Sent back to draft: {record}.")
        elif action == "submit":
            services.submit_for_review(acting_user=request.user, record=record)
            messages.success(request, f"Submitted for review: {record}.")
        else:
            raise PermissionDenied("Unknown action.")
    except PermissionDenied as refusal:
        messages.error(request, str(refusal))
        return redirect("desk-review", kind=kind, pk=pk)
    return redirect("desk-queue")


@desk_view
def reports(request: HttpRequest) -> HttpResponse:
    today = dt.date.today()
    return render(request, "desk/reports.html", {
        "stale": selectors.stale_sources(today=today), "dead": selectors.dead_sources(),
        "unverified": selectors.unverified_versions(), "today": today})
