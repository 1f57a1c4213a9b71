"""The registration list and what it promises: every family agrees with its definitions, and a disagreement is loud."""
from datetime import date

import pytest

from ascdash.demo.benchmarks import load_kpi_values
from ascdash.demo.records import load_demo_records
from core.periods import Period
from metrics.calculators import Figure
from metrics.families import FAMILIES, families_reading, get_family, returns
from metrics.families.base import Family
from metrics.families.waiting.records import WaitingRecord
from metrics.models import Indicator, IndicatorValue, Team, Upload
from metrics.registry import file_problems, load_registry, read_definitions
from metrics.services.recalculation import (
    RecordReader, UnregisteredFigures, family_figures, indicators_to_store, recalculate_everything,
    recalculate_family, store,
)

LOCAL_SOURCES = ("local_records", "local_kpi")


def test_families_and_their_returns_in_registration_order():
    assert [family.code for family in FAMILIES][:7] == [
        "waiting", "reviews", "safeguarding", "carers", "kpi", "equity", "national"]
    assert Upload._meta.get_field("return_type").choices[:5] == [
        ("waiting", "Waiting list snapshot"), ("reviews", "Reviews"), ("safeguarding", "Safeguarding"),
        ("carers", "Carers"), ("kpi", "KPI values")]
    assert Upload._meta.get_field("return_type").choices == [(code, spec.title) for code, spec in returns().items()]
    assert {code: spec.model for code, spec in returns().items()}["waiting"] is WaitingRecord
    assert [family.code for family in families_reading(["safeguarding"])] == ["safeguarding", "equity"]
    assert [family.code for family in families_reading(["kpi"])] == ["kpi"]


def test_a_family_must_declare_its_own_return():
    with pytest.raises(ValueError, match="Family 'complaints' declares the 'waiting' return"):
        Family(code="complaints", folder=get_family("waiting").folder, upload=get_family("waiting").upload)


def test_a_family_file_must_name_the_family_that_holds_it():
    assert file_problems("waiting/indicators.json", {"family": "reviews", "indicators": []}, owner="waiting") == [
        "waiting/indicators.json: family 'reviews' is not the family whose package holds it (waiting)"]


@pytest.mark.django_db
def test_every_local_indicator_is_produced_on_the_synthetic_council_and_every_produced_code_is_registered(home_area):
    load_registry()
    load_demo_records(first_month=date(2025, 10, 1), last_month=date(2025, 12, 1))  # 2025-26 Q3, a whole quarter
    load_kpi_values()
    recalculate_everything()
    definitions = read_definitions()
    registered = {definition["code"] for definition in definitions}
    local = {definition["code"] for definition in definitions if definition["source"] in LOCAL_SOURCES}
    reader, produced = RecordReader(), set()
    for family in FAMILIES:
        if family.calculate is not None:
            figures, _, _ = family_figures(family, home_area, reader, indicators_to_store(family))
            produced |= {figure.code for figure in figures if figure.value is not None}
    assert produced - registered == set()
    assert local - produced == set()
    stored = set(IndicatorValue.objects.values_list("indicator__code", flat=True))
    assert local - stored == set()
    assert {"ascof-1a-quality-of-life", "ascof-3d-direct-payments-pct"} <= stored  # filled by the KPI return


@pytest.fixture
def registry(home_area):
    load_registry()
    return home_area


@pytest.mark.django_db
def test_store_refuses_a_figure_whose_code_is_not_registered(registry):
    indicator = Indicator.objects.get(code="waiting-people-care-act-assessment")
    january = Period.month(2026, 1)
    figures = [Figure(indicator.code, january, 3.0), Figure("waiting-people-care-act-assesment", january, 3.0)]
    with pytest.raises(UnregisteredFigures, match="no indicator definition has: waiting-people-care-act-assesment"):
        store(figures, [indicator], registry, [january], IndicatorValue.CALCULATED)
    assert not IndicatorValue.objects.exists()


@pytest.mark.django_db
def test_recalculation_refuses_a_calculator_code_missing_from_its_family_definitions(registry):
    upload = Upload.objects.create(return_type="waiting", period_start=date(2026, 1, 1), file="uploads/t.bin",
                                   original_name="t.xlsx", sha256="0" * 64, size_bytes=1, status=Upload.CONFIRMED)
    WaitingRecord.objects.create(upload=upload, row_number=2, snapshot_date=date(2026, 1, 31), person_id="p1",
                                 team=Team.objects.get(name="North Locality"), wait_type="review",
                                 date_requested=date(2026, 1, 1))
    waiting = get_family("waiting")
    typo = Family(code="waiting", folder=waiting.folder, upload=waiting.upload, records=waiting.records,
                  reads=waiting.reads, calculate=lambda inputs: [
                      Figure("waiting-people-reveiw", period, 1.0) for period in inputs.periods])
    with pytest.raises(UnregisteredFigures, match="waiting-people-reveiw"):
        recalculate_family(typo, registry, RecordReader())
    assert not IndicatorValue.objects.exists()
