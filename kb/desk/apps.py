from django.apps import AppConfig


class DeskConfig(AppConfig):
    name = "kb.desk"
    verbose_name = "Editorial desk"
