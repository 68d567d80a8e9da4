from django.apps import AppConfig
from django.db.models.signals import post_migrate


def _ensure_overlap_triggers(sender, using: str = "default", **kwargs) -> None:  # noqa: ANN001
    from importlib import import_module

    from django.db import connections

    migration = import_module("kb.laws.migrations.0002_versions_never_overlap")
    migration.ensure_sqlite_triggers(connections[using])


class LawsConfig(AppConfig):
    name = "kb.laws"
    verbose_name = "Laws"

    def ready(self) -> None:
        # A SQLite table rebuild (any later AlterField) silently drops triggers: re-create them after
        # every migrate so the no-overlap guarantee survives schema changes.
        post_migrate.connect(_ensure_overlap_triggers, sender=self)
