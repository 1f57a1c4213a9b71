from datetime import date

import pytest
from django.core.management import call_command

from metrics.families.kpi.records import KpiValue
from metrics.families.safeguarding.records import SafeguardingConcern
from metrics.families.waiting.records import WaitingRecord
from metrics.models import IndicatorValue, Team, Upload
from metrics.services.recalculation import recalculate_everything, recalculate_for_upload


@pytest.fixture
def registry(home_area):
    call_command("load_indicators")
    return home_area


def make_upload(return_type, period_start, status=Upload.CONFIRMED):
    return Upload.objects.create(
        return_type=return_type, period_start=period_start, file="uploads/test.bin", original_name="test.xlsx",
        sha256=f"{return_type}{period_start}{status}".ljust(64, "0")[:64], size_bytes=1, status=status,
    )


def waiting_row(upload, row_number, person, team, requested, wait_type="care_act_assessment"):
    return WaitingRecord(
        upload=upload, row_number=row_number, snapshot_date=date(2026, 1, 31), person_id=person, team=team,
        wait_type=wait_type, date_requested=requested, age=70, gender="female", ethnicity="asian",
    )


def value(code, kind, start, breakdown="", category=""):
    return IndicatorValue.objects.get(
        indicator__code=code, period_kind=kind, period_start=start, breakdown=breakdown, category=category,
    )


@pytest.mark.django_db
def test_confirming_a_waiting_upload_stores_month_quarter_and_year(registry):
    north = Team.objects.get(name="North Locality")
    disability = Team.objects.get(name="Learning Disability Team")
    upload = make_upload("waiting", date(2026, 1, 1))
    WaitingRecord.objects.bulk_create([
        waiting_row(upload, 2, "p1", north, date(2026, 1, 1)),  # 30 days
        waiting_row(upload, 3, "p2", north, date(2025, 12, 22)),  # 40 days
        waiting_row(upload, 4, "p3", disability, date(2025, 10, 23)),  # 100 days
    ])
    recalculate_for_upload(upload)

    for kind, start in [("month", date(2026, 1, 1)), ("quarter", date(2026, 1, 1)), ("year", date(2025, 4, 1))]:
        median = value("waiting-median-days-care-act-assessment", kind, start)
        assert (median.value, median.area, median.origin) == (40, registry, IndicatorValue.CALCULATED)
    assert value("waiting-people-care-act-assessment", "month", date(2026, 1, 1), "team", "North Locality").value == 2
    assert value("waiting-team-gap-days", "month", date(2026, 1, 1)).value == 65  # 100 - 35
    # equity is quarterly: stored for the quarter and year only
    assert value("equity-waiting-representation", "quarter", date(2026, 1, 1), "ethnicity", "asian").value == \
        pytest.approx(1 / (74_000 / 260_000))
    assert not IndicatorValue.objects.filter(indicator__code="equity-waiting-representation", period_kind="month")


@pytest.mark.django_db
def test_replacing_an_upload_replaces_values_and_drops_stale_categories(registry):
    north = Team.objects.get(name="North Locality")
    east = Team.objects.get(name="East Locality")
    first = make_upload("waiting", date(2026, 1, 1))
    WaitingRecord.objects.bulk_create([waiting_row(first, 2, "p1", north, date(2026, 1, 1))])
    recalculate_for_upload(first)
    first.status = Upload.SUPERSEDED
    first.save()
    second = make_upload("waiting", date(2026, 1, 1))
    WaitingRecord.objects.bulk_create([waiting_row(second, 2, "p9", east, date(2026, 1, 21))])
    recalculate_for_upload(second)

    assert value("waiting-median-days-care-act-assessment", "month", date(2026, 1, 1)).value == 10
    teams = IndicatorValue.objects.filter(indicator__code="waiting-people-care-act-assessment", period_kind="month",
                                          breakdown="team").values_list("category", flat=True)
    assert list(teams) == ["East Locality"]


@pytest.mark.django_db
def test_unconfirmed_uploads_are_ignored_and_kpi_values_are_stored(registry):
    make_upload("waiting", date(2026, 1, 1), status=Upload.VALIDATED)
    kpi_upload = make_upload("kpi", date(2025, 6, 1))
    KpiValue.objects.create(upload=kpi_upload, row_number=2, indicator_code="ascof-1a-quality-of-life",
                            period_kind="year", period_start=date(2024, 4, 1), value=18.7)
    recalculate_for_upload(kpi_upload)
    stored = value("ascof-1a-quality-of-life", "year", date(2024, 4, 1))
    assert (stored.value, stored.origin) == (18.7, IndicatorValue.KPI_RETURN)
    assert not IndicatorValue.objects.filter(indicator__family="waiting").exists()


@pytest.mark.django_db
def test_recalculate_everything_uses_latest_safeguarding_rows(registry):
    for month, decision in [(date(2026, 12, 1), None), (date(2027, 1, 1), date(2027, 1, 5))]:
        upload = make_upload("safeguarding", month)
        SafeguardingConcern.objects.create(
            upload=upload, row_number=2, concern_id="c1", person_id="p1", date_received=date(2026, 12, 24),
            decision_date=decision, decision="section_42" if decision else "",
        )
    assert recalculate_everything() > 0
    assert value("sg-concerns-received", "month", date(2026, 12, 1)).value == 1
    assert value("sg-concerns-received", "quarter", date(2026, 10, 1)).value == 1
    assert value("sg-decision-5-working-days-pct", "month", date(2027, 1, 1)).value == 100


def test_months_to_read_for_snapshots_and_rolling_extracts():
    from metrics.calculators import periods_for_months
    from core.periods import Period
    from metrics.services.recalculation import months_to_read

    available = [date(2025, m, 1) for m in (4, 5, 6, 7, 8)] + [date(2024, 12, 1)]
    periods = periods_for_months([Period.month(2025, 5)])  # May, 2025-26 Q1, 2025-26
    assert months_to_read("waiting", periods, available) == {date(2025, 5, 1), date(2025, 6, 1), date(2025, 8, 1)}
    assert months_to_read("safeguarding", periods, available) == {date(2025, m, 1) for m in (4, 5, 6, 7, 8)}


@pytest.mark.django_db
def test_deferred_recalculation_runs_once_at_the_end(registry):
    from metrics.services.recalculation import deferred_recalculation

    north = Team.objects.get(name="North Locality")
    with deferred_recalculation():
        for month in (date(2025, 12, 1), date(2026, 1, 1)):
            upload = make_upload("waiting", month)
            WaitingRecord.objects.create(
                upload=upload, row_number=2, snapshot_date=month.replace(day=28), person_id="p1", team=north,
                wait_type="care_act_assessment", date_requested=date(2025, 11, 28))
            recalculate_for_upload(upload)
        assert not IndicatorValue.objects.exists()
    assert value("waiting-median-days-care-act-assessment", "month", date(2025, 12, 1)).value == 30
    assert value("waiting-median-days-care-act-assessment", "month", date(2026, 1, 1)).value == 61
    assert value("waiting-median-days-care-act-assessment", "quarter", date(2025, 10, 1)).value == 30


@pytest.mark.django_db
def test_flows_are_stored_only_for_periods_the_data_covers(registry):
    upload = make_upload("safeguarding", date(2026, 10, 1))
    SafeguardingConcern.objects.create(upload=upload, row_number=2, concern_id="c1", person_id="p1",
                                       date_received=date(2026, 10, 5), enquiry_start=date(2026, 8, 1))
    recalculate_for_upload(upload)
    received = IndicatorValue.objects.filter(indicator__code="sg-concerns-received", breakdown="")
    assert list(received.values_list("period_kind", "value")) == [("month", 1.0)]  # Q3 and the year are not over
    open_enquiries = IndicatorValue.objects.filter(indicator__code="sg-open-over-28-days", breakdown="")
    assert sorted(open_enquiries.values_list("period_kind", flat=True)) == ["month", "quarter", "year"]


@pytest.mark.django_db
def test_recalculate_command(registry, capsys):
    from django.core.management import CommandError

    north = Team.objects.get(name="North Locality")
    upload = make_upload("waiting", date(2026, 1, 1))
    WaitingRecord.objects.bulk_create([waiting_row(upload, 2, "p1", north, date(2026, 1, 1))])
    call_command("recalculate_indicators", "waiting")
    assert value("waiting-median-days-care-act-assessment", "quarter", date(2026, 1, 1)).value == 30
    with pytest.raises(CommandError, match="Unknown return"):
        call_command("recalculate_indicators", "bogus")


@pytest.mark.django_db
def test_a_later_extract_settles_the_previous_month(registry):
    """January's extract records December's decision: December's figures are recalculated too."""
    december = make_upload("safeguarding", date(2026, 12, 1))
    SafeguardingConcern.objects.create(upload=december, row_number=2, concern_id="c1", person_id="p1",
                                       date_received=date(2026, 12, 21))
    recalculate_for_upload(december)
    assert not IndicatorValue.objects.filter(indicator__code="sg-concerns-leading-to-enquiry-pct").exists()
    january = make_upload("safeguarding", date(2027, 1, 1))
    SafeguardingConcern.objects.create(upload=january, row_number=2, concern_id="c1", person_id="p1",
                                       date_received=date(2026, 12, 21), decision_date=date(2026, 12, 23),
                                       decision="section_42")
    recalculate_for_upload(january)
    assert value("sg-concerns-leading-to-enquiry-pct", "month", date(2026, 12, 1)).value == 100
    assert value("sg-decision-5-working-days-pct", "month", date(2026, 12, 1)).value == 100
