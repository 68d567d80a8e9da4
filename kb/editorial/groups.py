"""Creates the `editor` and `reviewer` groups with their model permissions after every migrate.

Permissions say what a group may touch; the four-eyes rule (nobody publishes their own change) and the
status transitions are enforced in kb.editorial.services, whatever the permissions say.
"""

from django.db.models.signals import post_migrate
from django.dispatch import receiver

EDITOR = "editor"
REVIEWER = "reviewer"

EDITABLE_MODELS = {
    "laws": ["jurisdiction", "law", "lawversion", "source"],
    "recipients": ["platform", "platformchannel"],
}


def _wanted_codenames(actions: list[str]) -> list[tuple[str, str]]:
    return [(app, f"{action}_{model}") for app, models in EDITABLE_MODELS.items() for model in models
            for action in actions]


@receiver(post_migrate)
def ensure_editorial_groups(sender, **kwargs) -> None:  # noqa: ANN001 - signal signature
    # Runs after each editable app's own permissions exist (auth's handler runs first for that app).
    if sender.label not in EDITABLE_MODELS:
        return
    from django.apps import apps
    from django.contrib.auth.management import create_permissions
    from django.contrib.auth.models import Group, Permission

    # Make sure every editable model's permissions exist whatever order the apps' signals ran in.
    for label in EDITABLE_MODELS:
        create_permissions(apps.get_app_config(label), verbosity=0, using=kwargs.get("using", "default"))

    grants = {EDITOR: ["view", "add", "change"], REVIEWER: ["view", "add", "change", "delete"]}
    for group_name, actions in grants.items():
        group, _ = Group.objects.get_or_create(name=group_name)
        wanted = _wanted_codenames(actions)
        perms = [
            p for p in Permission.objects.filter(content_type__app_label__in=EDITABLE_MODELS)
            .select_related("content_type")
            if (p.content_type.app_label, p.codename) in wanted
        ]
        group.permissions.set(perms)
