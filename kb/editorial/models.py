"""The editorial state every curated record carries.

Advocacy groups edit the knowledge base; what the public sees must have been reviewed by a second
person. Each record therefore has a status (draft -> in_review -> published), remembers who last edited
it (so a reviewer cannot publish their own change), and carries a lock version so that two editors
saving the same record cannot silently overwrite each other.
"""

from django.conf import settings
from django.db import models


class EditorialStatus(models.TextChoices):
    DRAFT = "draft", "Draft"
    IN_REVIEW = "in_review", "In review"
    PUBLISHED = "published", "Published"


class EditorialQuerySet(models.QuerySet):
    def published(self) -> "EditorialQuerySet":
        return self.filter(editorial_status=EditorialStatus.PUBLISHED)

    def awaiting_review(self) -> "EditorialQuerySet":
        return self.filter(editorial_status=EditorialStatus.IN_REVIEW)


class EditorialRecord(models.Model):
    editorial_status = models.CharField(
        max_length=16,
        choices=EditorialStatus.choices,
        default=EditorialStatus.DRAFT,
        db_index=True,
        help_text="Draft and in-review records are invisible to the public; only reviewers publish.",
    )
    lock_version = models.PositiveIntegerField(
        default=1,
        help_text="Incremented on every save; a save based on an older value is refused as a conflict.",
    )
    last_edited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Who made the latest content change; that person may not publish it.",
    )
    created_at = models.DateTimeField(auto_now_add=True, help_text="When the record was created.")
    updated_at = models.DateTimeField(auto_now=True, help_text="When the record was last saved.")

    objects = EditorialQuerySet.as_manager()

    class Meta:
        abstract = True

    @property
    def is_published(self) -> bool:
        return self.editorial_status == EditorialStatus.PUBLISHED
