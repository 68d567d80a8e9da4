"""Reads of published legal data for public pages (drafts never leak through these)."""

from django.db.models import Count, F, Prefetch, Q, QuerySet

from kb.editorial.models import EditorialStatus
from kb.laws.models import Jurisdiction, Law, LawVersion, Source

PUBLISHED = EditorialStatus.PUBLISHED


def sources_in_order() -> Prefetch:
    """Sources as the editors ordered them: every reader of versions shows them this way."""
    return Prefetch("sources", queryset=Source.objects.order_by("position", "id"))


def published_versions() -> QuerySet[LawVersion]:
    """Published versions with their sources in one extra query, whatever the number of versions."""
    return LawVersion.objects.published().prefetch_related(sources_in_order())


def published_jurisdictions_with_counts() -> QuerySet[Jurisdiction]:
    return (
        Jurisdiction.objects.published()
        .select_related("parent")
        .annotate(
            law_count=Count("laws", filter=Q(laws__editorial_status=PUBLISHED), distinct=True)
        )
        .order_by("code")
    )


def published_jurisdiction(code: str) -> Jurisdiction | None:
    return Jurisdiction.objects.published().select_related("parent").filter(code=code).first()


def published_laws_of(jurisdiction: Jurisdiction) -> QuerySet[Law]:
    versions = published_versions().order_by(F("effective_from").desc(nulls_last=True))
    return (
        Law.objects.published()
        .filter(jurisdiction=jurisdiction)
        .prefetch_related(Prefetch("versions", queryset=versions))
        .order_by("position", "slug")
    )


def published_law(code: str, law_id: str) -> Law | None:
    versions = published_versions().order_by(F("effective_from").desc(nulls_last=True))
    return (
        Law.objects.published()
        .filter(jurisdiction__code=code, slug=law_id, jurisdiction__editorial_status=PUBLISHED)
        .select_related("jurisdiction")
        .prefetch_related(Prefetch("versions", queryset=versions))
        .first()
    )
