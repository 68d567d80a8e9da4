"""Admin for the legal data: thin registrations on top of kb.editorial.admin.EditorialAdmin."""

from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from kb.editorial.admin import URL_FIELDS, EditorialAdmin
from kb.laws.models import Jurisdiction, Law, LawVersion, Source


@admin.register(Jurisdiction)
class JurisdictionAdmin(EditorialAdmin):
    list_display = ("code", "name", "level", "parent", "editorial_status", "checked_on")
    list_filter = ("editorial_status", "level")
    search_fields = ("code", "name")


class LawVersionInline(admin.TabularInline):
    model = LawVersion
    fields = ("effective_from", "effective_to", "status", "covers_synthetic", "editorial_status")
    readonly_fields = fields
    extra = 0
    show_change_link = True
    can_delete = False

    def has_add_permission(self, request, obj=None) -> bool:  # noqa: ANN001
        return False


@admin.register(Law)
class LawAdmin(EditorialAdmin):
    list_display = ("slug", "citation", "jurisdiction", "kind", "editorial_status")
    list_filter = ("editorial_status", "kind", "jurisdiction")
    search_fields = ("slug", "citation", "title")
    inlines = [LawVersionInline]


class SourceInline(admin.StackedInline):
    model = Source
    formfield_overrides = URL_FIELDS
    extra = 0
    fields = ("url", "title", "kind", "publisher", "language", "quote", "verified_on", "dead_since", "position")


@admin.register(LawVersion)
class LawVersionAdmin(EditorialAdmin):
    list_display = ("law", "effective_from", "effective_to", "status", "covers_synthetic", "editorial_status")
    list_filter = ("editorial_status", "status", "covers_synthetic", "law__jurisdiction")
    search_fields = ("law__slug", "law__citation")
    inlines = [SourceInline]


@admin.register(Source)
class SourceAdmin(SimpleHistoryAdmin):
    """Read-only list for finding sources across versions; sources are edited inside their version."""

    list_display = ("url", "kind", "verified_on", "version")
    list_filter = ("kind",)
    search_fields = ("url", "title")

    def has_add_permission(self, request) -> bool:  # noqa: ANN001
        return False

    def has_change_permission(self, request, obj=None) -> bool:  # noqa: ANN001
        return False
