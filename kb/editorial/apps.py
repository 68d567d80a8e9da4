from django.apps import AppConfig


class EditorialConfig(AppConfig):
    name = "kb.editorial"
    verbose_name = "Editorial workflow"

    def ready(self) -> None:
        from kb.editorial import groups  # noqa: F401  (connects the post_migrate handler)
