from django.apps import AppConfig


class CqcConfig(AppConfig):
    name = "cqc"
    verbose_name = "CQC assurance"
