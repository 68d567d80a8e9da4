"""Atom feeds of published changes, for journalists and partner groups following the law."""

from django.contrib.syndication.views import Feed
from django.http import Http404, HttpRequest
from django.utils.feedgenerator import Atom1Feed

from kb.laws.models import Jurisdiction, Law, LawVersion

LIMIT = 50


def _published_rows(code: str | None) -> list:
    laws = Law.history.filter(history_change_reason__startswith="published").select_related("jurisdiction")
    versions = LawVersion.history.filter(history_change_reason__startswith="published").select_related(
        "law__jurisdiction")
    if code:
        laws = laws.filter(jurisdiction__code=code)
        versions = versions.filter(law__jurisdiction__code=code)
    rows = list(laws.order_by("-history_date")[:LIMIT]) + list(versions.order_by("-history_date")[:LIMIT])
    return sorted(rows, key=lambda row: row.history_date, reverse=True)[:LIMIT]


class ChangesFeed(Feed):
    feed_type = Atom1Feed
    title = "Recourse: published changes to the law knowledge base"
    subtitle = "Every law and law version published after review. Legal information, not legal advice."
    link = "/laws/"

    def get_object(self, request: HttpRequest, code: str | None = None) -> Jurisdiction | None:
        if code is None:
            return None
        jurisdiction = Jurisdiction.objects.published().filter(code=code.lower()).first()
        if jurisdiction is None:
            raise Http404("No published jurisdiction with that code.")
        return jurisdiction

    def items(self, obj: Jurisdiction | None) -> list:
        return _published_rows(obj.code if obj else None)

    @staticmethod
    def _law(item) -> Law:  # noqa: ANN001
        """The law a history row is about (a row of Law's own history, or of one of its versions)."""
        return item.instance if hasattr(item, "slug") else item.law

    def item_title(self, item) -> str:  # noqa: ANN001
        law = self._law(item)
        what = "Published" if hasattr(item, "slug") else "Published a version of"
        return f"{what} {law.citation} ({law.jurisdiction.name})"

    def item_description(self, item) -> str:  # noqa: ANN001
        note = item.history_change_reason.removeprefix("published").lstrip(": ")
        return note or "Published after review."

    def item_link(self, item) -> str:  # noqa: ANN001
        law = self._law(item)
        return f"/laws/{law.jurisdiction.code}/{law.slug}/"

    def item_pubdate(self, item):  # noqa: ANN001, ANN201
        return item.history_date

    def item_guid(self, item) -> str:  # noqa: ANN001
        return f"recourse-history-{item._meta.model_name}-{item.history_id}"
