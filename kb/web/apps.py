from django.apps import AppConfig


class WebConfig(AppConfig):
    name = "kb.web"
    verbose_name = "Public pages"
