from django.apps import AppConfig


class MatchingConfig(AppConfig):
    name = "kb.matching"
    verbose_name = "Matching"
