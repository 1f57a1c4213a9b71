from django.apps import AppConfig


class MetricsConfig(AppConfig):
    name = "metrics"
    verbose_name = "Metrics"

    def ready(self):
        from .services.recalculation import on_upload_became_current
        from .signals import upload_became_current

        upload_became_current.connect(on_upload_became_current, dispatch_uid="metrics.recalculate_after_upload")
