from django.apps import AppConfig


class AscdashConfig(AppConfig):
    name = "ascdash"
    verbose_name = "ASC dashboard"

    def ready(self):
        from django.db.models.signals import post_migrate

        from . import auth, data_version
        from .signals import grant_administrators_everything

        post_migrate.connect(grant_administrators_everything, sender=self)
        data_version.connect_receivers()
        auth.connect_receivers()
