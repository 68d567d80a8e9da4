from django.apps import AppConfig


class RecipientsConfig(AppConfig):
    name = "kb.recipients"
    verbose_name = "Recipients"
