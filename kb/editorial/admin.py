"""Admin plumbing shared by every curated model: status read-only, optimistic locking, editorial actions.

The admin stays thin: saving goes through kb.editorial.services.save_edit, transitions through the
publish/submit/return services; this module only adapts them to forms, messages and permissions.
"""

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.db import models
from django.db.models import QuerySet
from django.http import HttpRequest
from simple_history.admin import SimpleHistoryAdmin

from kb.editorial import rules, services
from kb.editorial.models import EditorialRecord


class LockedModelForm(forms.ModelForm):
    """Carries the record's lock version and refuses to overwrite a newer save without saying so."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        if "lock_version" in self.fields:
            self.fields["lock_version"].widget = forms.HiddenInput()
            self.fields["lock_version"].required = False

    def clean(self) -> dict:
        cleaned = super().clean()
        if self.instance.pk is None:
            return cleaned
        current = type(self.instance).objects.filter(pk=self.instance.pk).first()
        submitted = cleaned.get("lock_version")
        if current is not None and current.lock_version != submitted:
            changed, who = _changes_since(current, submitted, [n for n in self.fields if n != "lock_version"])
            fields = ", ".join(changed) if changed else "its status"
            data = self.data.copy()
            data[self.add_prefix("lock_version")] = current.lock_version
            self.data = data
            raise forms.ValidationError(
                f"Conflict: {who} saved this record while you were editing it (they changed: {fields}). "
                "Nothing you typed has been lost and nothing has been saved yet: your version is still in "
                "this form. Open the record in another tab to compare; saving this form again will replace "
                "their version with yours.",
                code="edit_conflict",
            )
        return cleaned


def _value(instance: object, name: str) -> object:
    field = instance._meta.get_field(name)
    return getattr(instance, field.attname)


def _changes_since(current: EditorialRecord, seen_version: int | None, names: list[str]) -> tuple[list, str]:
    """Which fields changed since the revision the editor opened, and who saved the latest one."""
    history = current.history.order_by("-history_date")
    latest = history.first()
    who = str(latest.history_user) if latest is not None and latest.history_user else "another user"
    seen = history.filter(lock_version=seen_version).first()
    if seen is None:
        return [], who
    return [name for name in names if _value(seen, name) != _value(current, name)], who


# Addresses typed without a scheme are read as https (Django 6's default), in every admin form.
URL_FIELDS = {models.URLField: {"assume_scheme": "https"}}


class EditorialAdmin(SimpleHistoryAdmin):
    form = LockedModelForm
    formfield_overrides = URL_FIELDS
    editorial_readonly = ("editorial_status", "last_edited_by", "created_at", "updated_at")
    actions = ["submit_for_review", "publish", "return_to_draft"]

    def get_readonly_fields(self, request: HttpRequest, obj: EditorialRecord | None = None) -> tuple:
        return tuple(super().get_readonly_fields(request, obj)) + self.editorial_readonly

    def has_change_permission(self, request: HttpRequest, obj: EditorialRecord | None = None) -> bool:
        return super().has_change_permission(request, obj) and rules.can_edit(request.user, obj)

    def has_delete_permission(self, request: HttpRequest, obj: EditorialRecord | None = None) -> bool:
        return super().has_delete_permission(request, obj) and rules.is_reviewer(request.user)

    def save_model(self, request: HttpRequest, obj: EditorialRecord, form: forms.ModelForm, change: bool) -> None:
        """Deferred to save_related, which sees the inline formsets and saves everything as one edit."""

    def save_related(self, request: HttpRequest, form: forms.ModelForm, formsets: list, change: bool) -> None:
        def save_children() -> None:
            form.save_m2m()
            for formset in formsets:
                self.save_formset(request, form, formset, change=change)

        services.save_edit(
            acting_user=request.user,
            record=form.instance,
            expected_lock_version=form.cleaned_data.get("lock_version"),
            save_children=save_children,
            reason="edited in admin" if change else "created in admin",
        )

    def _apply(self, request: HttpRequest, queryset: QuerySet, action, done: str) -> None:  # noqa: ANN001
        count = 0
        for record in queryset:
            try:
                action(acting_user=request.user, record=record)
                count += 1
            except PermissionDenied as refusal:
                self.message_user(request, f"{record}: {refusal}", level=messages.ERROR)
        if count:
            self.message_user(request, f"{count} record(s) {done}.", level=messages.SUCCESS)

    @admin.action(description="Submit selected drafts for review")
    def submit_for_review(self, request: HttpRequest, queryset: QuerySet) -> None:
        self._apply(request, queryset, services.submit_for_review, "submitted for review")

    @admin.action(description="Publish selected records (reviewers; not your own change)")
    def publish(self, request: HttpRequest, queryset: QuerySet) -> None:
        self._apply(request, queryset, services.publish, "published")

    @admin.action(description="Send selected records back to draft (reviewers)")
    def return_to_draft(self, request: HttpRequest, queryset: QuerySet) -> None:
        self._apply(request, queryset, services.return_to_draft, "returned to draft")

    def changeform_view(self, request: HttpRequest, object_id=None, form_url="", extra_context=None):  # noqa: ANN001
        try:
            return super().changeform_view(request, object_id, form_url, extra_context)
        except services.EditConflict as conflict:
            # Two saves passed form validation at the same instant; the later one was rolled back.
            self.message_user(request, str(conflict), level=messages.ERROR)
            from django.http import HttpResponseRedirect

            return HttpResponseRedirect(request.get_full_path())
