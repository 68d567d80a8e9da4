"""Who may do what to a curated record. Pure functions: no writes, usable by admin, views and services."""

from django.contrib.auth.base_user import AbstractBaseUser
from django.contrib.auth.models import AnonymousUser

from kb.editorial.groups import EDITOR, REVIEWER
from kb.editorial.models import EditorialRecord, EditorialStatus

User = AbstractBaseUser | AnonymousUser


def _in_group(user: User, name: str) -> bool:
    if not user.is_authenticated or not user.is_active:
        return False
    return user.groups.filter(name=name).exists()


def is_reviewer(user: User) -> bool:
    return _in_group(user, REVIEWER)


def is_editor(user: User) -> bool:
    return is_reviewer(user) or _in_group(user, EDITOR)


def can_edit(user: User, record: EditorialRecord | None) -> bool:
    """Editors edit drafts and records in review; changing published data takes a reviewer."""
    if not is_editor(user):
        return False
    if record is None or record.pk is None:
        return True
    return record.editorial_status != EditorialStatus.PUBLISHED or is_reviewer(user)


def publish_refusal(user: User, record: EditorialRecord) -> str | None:
    """Why `user` may not publish `record` now, or None if they may."""
    if not is_reviewer(user):
        return "Only reviewers can publish."
    if record.editorial_status == EditorialStatus.PUBLISHED:
        return "This record is already published."
    if record.last_edited_by_id is not None and record.last_edited_by_id == user.pk:
        return "You made the latest change to this record; another reviewer must publish it."
    return None
