from datetime import date

import pytest

from ascdash.demo.reference import load_reference
from ascdash.demo.benchmarks import load_demo_benchmarks
from metrics.models import Area, ComparatorGroup, IndicatorValue, Target, Upload


def value(code, area_code, fy):
    return IndicatorValue.objects.get(indicator__code=code, area__code=area_code, period_kind="year",
                                      period_start=date(fy, 4, 1), breakdown="")


@pytest.mark.django_db
def test_demo_benchmarks_load_once_with_published_shape(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path  # the demo KPI return's file
    home = load_reference()
    load_demo_benchmarks()
    counts = (Area.objects.count(), IndicatorValue.objects.count(), Target.objects.count(), Upload.objects.count())
    load_demo_benchmarks()
    assert (Area.objects.count(), IndicatorValue.objects.count(), Target.objects.count(),
            Upload.objects.count()) == counts

    assert Area.objects.filter(kind=Area.COUNCIL).count() == 150
    assert Area.objects.filter(kind=Area.REGION).count() == 9
    group = ComparatorGroup.objects.get(area=home)
    assert (group.kind, group.is_default, group.members.count()) == ("cipfa", True, 15)
    # 2023-24 is anchored on the published figures
    assert value("ascof-3d-direct-payments-pct", home.code, 2023).value == 45.0
    assert value("ascof-3d-direct-payments-pct", Area.ENGLAND_CODE, 2023).value == 26.2
    assert value("sace-easy-to-find-information-pct", home.code, 2023).value == 43.9
    assert value("reviews-in-12-months-pct", home.code, 2023).value == 35.79
    # the home council's 2025-26 figure comes from its KPI return
    latest = value("ascof-3d-direct-payments-pct", home.code, 2025)
    assert (latest.value, latest.numerator, latest.denominator, latest.origin) == (46.8, 1310, 2800, "kpi_return")
    assert IndicatorValue.objects.filter(indicator__code="ascof-1a-quality-of-life", period_start=date(2020, 4, 1)
                                         ).count() == 0  # the survey did not run in 2020-21
    assert Target.objects.get(indicator__code="waiting-median-days-care-act-assessment").value == 90
    kpi_upload = Upload.objects.get(return_type="kpi")
    assert (kpi_upload.status, kpi_upload.file.size) == ("confirmed", kpi_upload.size_bytes)
