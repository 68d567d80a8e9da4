from django.apps import AppConfig


class ApiConfig(AppConfig):
    name = "kb.api"
    verbose_name = "Public API"
