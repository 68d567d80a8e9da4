"""Editorial actions: saving an edit, submitting it for review, publishing, sending back.

Each action takes the acting user, checks the transition, and saves the record inside one transaction,
so the history row that django-simple-history writes on save (who, when, before/after, reason) is part of
the same atomic change as the status it records.
"""

from collections.abc import Callable

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.db.models import F

from kb.editorial.models import EditorialRecord, EditorialStatus
from kb.editorial.rules import User, can_edit, is_editor, is_reviewer, publish_refusal


class EditConflict(Exception):
    """Raised when the record changed since the editor loaded it; nothing was saved."""


def _save_with_history(record: EditorialRecord, *, acting_user: User, reason: str) -> None:
    record._history_user = acting_user if acting_user.is_authenticated else None
    record._change_reason = reason
    record.save()


@transaction.atomic
def save_edit(
    *,
    acting_user: User,
    record: EditorialRecord,
    expected_lock_version: int | None,
    save_children: Callable[[], None] | None = None,
    reason: str = "edited",
) -> EditorialRecord:
    """Save an editor's change as a draft, refusing it if someone else saved the record meanwhile."""
    existing = type(record).objects.filter(pk=record.pk).first() if record.pk else None
    if not can_edit(acting_user, existing):
        raise PermissionDenied("You do not have permission to change this record.")
    if existing is not None:
        claimed = type(record).objects.filter(pk=record.pk, lock_version=expected_lock_version).update(
            lock_version=F("lock_version") + 1
        )
        if not claimed:
            raise EditConflict(
                "Someone else saved this record after you opened it; your change was not saved."
            )
        record.lock_version = (expected_lock_version or 0) + 1
    record.editorial_status = EditorialStatus.DRAFT
    record.last_edited_by = acting_user
    _save_with_history(record, acting_user=acting_user, reason=reason)
    if save_children is not None:
        save_children()
    return record


def _transition(record: EditorialRecord, *, acting_user: User, to: str, reason: str) -> EditorialRecord:
    locked = type(record).objects.select_for_update().get(pk=record.pk)
    locked.editorial_status = to
    locked.lock_version += 1
    _save_with_history(locked, acting_user=acting_user, reason=reason)
    return locked


@transaction.atomic
def submit_for_review(*, acting_user: User, record: EditorialRecord) -> EditorialRecord:
    if not is_editor(acting_user):
        raise PermissionDenied("Only editors can submit records for review.")
    if record.editorial_status != EditorialStatus.DRAFT:
        raise PermissionDenied("Only drafts can be submitted for review.")
    return _transition(
        record, acting_user=acting_user, to=EditorialStatus.IN_REVIEW, reason="submitted for review"
    )


@transaction.atomic
def publish(*, acting_user: User, record: EditorialRecord, note: str = "") -> EditorialRecord:
    refusal = publish_refusal(acting_user, record)
    if refusal:
        raise PermissionDenied(refusal)
    reason = f"published: {note}" if note else "published"
    return _transition(record, acting_user=acting_user, to=EditorialStatus.PUBLISHED, reason=reason)


@transaction.atomic
def return_to_draft(*, acting_user: User, record: EditorialRecord, note: str = "") -> EditorialRecord:
    if not is_reviewer(acting_user):
        raise PermissionDenied("Only reviewers can send a record back to draft.")
    reason = f"returned to draft: {note}" if note else "returned to draft"
    return _transition(record, acting_user=acting_user, to=EditorialStatus.DRAFT, reason=reason)
