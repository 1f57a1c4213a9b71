from django.urls import include, path

app_name = "metrics"

urlpatterns = [
    path("", include("metrics.urls_indicators")),
    path("", include("metrics.urls_uploads")),
]
