from django.apps import AppConfig


class FixturesIoConfig(AppConfig):
    name = "kb.fixtures_io"
    verbose_name = "Fixture files"
