"""Templates, uploads, history and data quality (/uploads/...)."""
from django.urls import path

from .views import uploads as views

urlpatterns = [
    path("uploads/", views.uploads, name="uploads"),
    path("uploads/templates/<slug:return_code>/", views.upload_template, name="upload_template"),
    path("uploads/history/", views.upload_history, name="upload_history"),
    path("uploads/data-quality/", views.data_quality, name="data_quality"),
    path("uploads/<int:pk>/", views.upload_preview, name="upload_preview"),
    path("uploads/<int:pk>/confirm/", views.upload_confirm, name="upload_confirm"),
    path("uploads/<int:pk>/restore/", views.upload_restore, name="upload_restore"),
    path("uploads/<int:pk>/discard/", views.upload_discard, name="upload_discard"),
    path("uploads/<int:pk>/report/", views.upload_report, name="upload_report"),
    path("uploads/<int:pk>/file/", views.upload_file, name="upload_file"),
]
