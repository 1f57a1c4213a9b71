from django.urls import path

from . import views

app_name = "plan"

urlpatterns = [
    path("", views.index, name="index"),
    path("actions/<int:pk>/", views.action_detail, name="action"),
    path("actions/<int:pk>/edit/", views.action_edit, name="action_edit"),
    path("outcomes/<int:pk>/", views.outcome_detail, name="outcome"),
    path("changes/", views.changes, name="changes"),
    path("changes.xlsx", views.changes_export, name="changes_export"),
    path("export.xlsx", views.export, name="export"),
    path("<int:pk>/source.xlsx", views.source, name="source"),
    path("import/", views.import_upload, name="import"),
    path("import/preview/", views.import_preview, name="import_preview"),
    path("import/report.xlsx", views.import_errors, name="import_report"),
]
