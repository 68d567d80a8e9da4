"""Admin for recipients: edited, reviewed and published exactly like laws."""

from django.contrib import admin

from kb.editorial.admin import URL_FIELDS, EditorialAdmin
from kb.recipients.models import Platform, PlatformChannel


class ChannelInline(admin.StackedInline):
    model = PlatformChannel
    formfield_overrides = URL_FIELDS
    extra = 0
    fields = ("purpose", "method", "value", "notes", "source_url", "verified_on", "position")


@admin.register(Platform)
class PlatformAdmin(EditorialAdmin):
    list_display = ("slug", "name", "kind", "established_in", "editorial_status")
    list_filter = ("editorial_status", "kind")
    search_fields = ("slug", "name", "legal_entity")
    inlines = [ChannelInline]
