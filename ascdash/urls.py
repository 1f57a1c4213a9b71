from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path, register_converter

from cqc.framework import QUALITY_STATEMENTS

from . import views, views_evidence


class StatementSlugConverter:
    """Matches only the nine quality-statement slugs, so /cqc/framework/ and the like stay with the cqc app."""

    regex = "|".join(statement["slug"] for statement in QUALITY_STATEMENTS)

    def to_python(self, value):
        return value

    def to_url(self, value):
        return value


register_converter(StatementSlugConverter, "statement")

urlpatterns = [
    path("", views.home, name="home"),
    path("accessibility/", views.accessibility, name="accessibility"),
    path("health/", views.health, name="health"),
    path("accounts/login/", views.LoginView.as_view(), name="login"),
    path("accounts/logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("admin/", admin.site.urls),
    path("", include("metrics.urls")),
    # The evidence page composes cqc, metrics and the plan, so it lives here, before the cqc URLs.
    path("cqc/<statement:slug>/", views_evidence.statement_evidence_page, name="cqc_statement"),
    path("cqc/<statement:slug>/export/", views_evidence.statement_evidence_export, name="cqc_statement_export"),
    path("cqc/", include("cqc.urls")),
    path("plan/", include("improvement_plan.urls")),
    path("dashboard/", include("ascdash.dashboard.urls")),
    path("self-assessment/", include("ascdash.selfassessment.urls")),
]
