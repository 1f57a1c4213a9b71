from django.apps import AppConfig


class AscdashConfig(AppConfig):
    name = "ascdash"
    verbose_name = "ASC dashboard"

    def ready(self):
        from django.db.models.signals import post_migrate

        from .data_version import connect_receivers
        from .signals import grant_administrators_everything

        post_migrate.connect(grant_administrators_everything, sender=self)
        connect_receivers()
