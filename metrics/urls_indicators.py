"""Indicator list and pages (/indicators/...)."""
from django.urls import path

from .views import benchmarks, indicators

urlpatterns = [
    path("indicators/", indicators.indicator_list, name="indicators"),
    path("indicators/benchmarks/import/", benchmarks.benchmark_import, name="benchmark_import"),
    path("indicators/<slug:code>/", indicators.indicator_detail, name="indicator"),
    path("indicators/<slug:code>/download.csv", indicators.indicator_download, {"file_format": "csv"},
         name="indicator_csv"),
    path("indicators/<slug:code>/download.xlsx", indicators.indicator_download, {"file_format": "xlsx"},
         name="indicator_xlsx"),
]
