from django.urls import path

from . import views

app_name = "cqc"

urlpatterns = [
    path("", views.index, name="index"),
    path("framework/", views.framework, name="framework"),
    path("assessments/<int:pk>/", views.assessment, name="assessment"),
    path("assessments/import/", views.import_assessment, name="import"),
    path("assessments/import/check/", views.import_preview, name="import_preview"),
    path("assessments/import/confirm/", views.import_confirm, name="import_confirm"),
]
