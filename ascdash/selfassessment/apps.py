from django.apps import AppConfig


class SelfAssessmentConfig(AppConfig):
    name = "ascdash.selfassessment"
    label = "selfassessment"
    verbose_name = "CQC self-assessment"

    def ready(self):
        from django.db.models.signals import post_migrate

        from ascdash.signals import grant_administrators_everything

        # this app migrates after ascdash, so its (history) model permissions are granted here
        post_migrate.connect(grant_administrators_everything, sender=self)
