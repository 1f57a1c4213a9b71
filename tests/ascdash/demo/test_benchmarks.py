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

    assert Area.objects.filter(kind=Area.COUNCIL).count() == 154  # the reference list and the fictional home council
    assert Area.objects.listed().count() == 153
    assert Area.objects.filter(kind=Area.REGION).count() == 9
    group = ComparatorGroup.objects.get(area=home)
    assert (group.kind, group.name, group.is_default, group.members.count()) == (
        "custom", "demo selection of Midlands cities", True, 15)
    assert sorted(group.members.values_list("region__name", flat=True)) == ["East Midlands"] * 6 + ["West Midlands"] * 9
    # the official layout: numerator and denominator of a SALT measure, the margin of a survey measure
    england = value("ascof-2a-short-term-no-further-support-pct", Area.ENGLAND_CODE, 2022)
    assert england.value == 77.3  # 77.5 in 2023-24, 0.2 a year less before
    assert england.numerator == round(77.3 * england.denominator / 100)
    survey = value("ascof-1a-quality-of-life", home.code, 2023)
    assert (survey.value, survey.margin) == (18.5, 0.2)
    assert value("ascof-1b-control-over-daily-life-pct", home.code, 2023).value == 73.0  # by name: id unconfirmed
    assert not IndicatorValue.objects.filter(area__code=Area.ENGLAND_CODE, period_start=date(2025, 4, 1)).exists()
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
