"""Recalculate stored IndicatorValue rows for the home council from the current (confirmed) records.

Pages never compute: after an upload is confirmed or restored, the receiver below recalculates that
return's indicators for the upload's month and the quarter and year containing it.
"""
import logging
import threading
from contextlib import contextmanager

import pandas as pd
from django.conf import settings
from django.db import connection, transaction
from django.db.models import CharField, F
from django.db.models.functions import Cast

from ..calculators import carers, equity, kpi, periods_for_months, reviews, safeguarding, waiting
from ..models import (
    Area, CarerRecord, Indicator, IndicatorValue, KpiValue, PopulationProfile, ReviewRecord, SafeguardingConcern,
    Upload, WaitingRecord,
)
from core.periods import KINDS_FOR_FREQUENCY, MONTH, Period
from ..signals import figures_changed

logger = logging.getLogger(__name__)

RECORD_QUERIES = {
    "waiting": (WaitingRecord, ["snapshot_date", "person_id", "wait_type", "date_requested", "age", "gender",
                                "ethnicity"], {"team_name": F("team__name"), "team_kind": F("team__kind")},
                ["snapshot_date", "date_requested"]),
    "reviews": (ReviewRecord, ["snapshot_date", "person_id", "last_review_date", "next_review_due",
                               "review_completed_date"], {"team_name": F("team__name")},
                ["snapshot_date", "last_review_date", "next_review_due", "review_completed_date"]),
    "safeguarding": (SafeguardingConcern, ["concern_id", "person_id", "date_received", "decision_date", "decision",
                                           "enquiry_start", "enquiry_concluded", "msp_asked", "desired_outcomes",
                                           "risk_outcome", "age", "gender", "ethnicity"], {},
                     ["date_received", "decision_date", "enquiry_start", "enquiry_concluded"]),
    "carers": (CarerRecord, ["carer_id", "date_requested", "date_assessed", "outcome", "gender", "ethnicity"],
               {"carer_age_years": F("carer_age")}, ["date_requested", "date_assessed"]),
    "kpi": (KpiValue, ["indicator_code", "period_kind", "period_start", "value", "numerator", "denominator"], {},
            ["period_start"]),
}
SNAPSHOT_RETURNS = {"waiting", "reviews"}
# Which returns' records each calculated family reads.
FAMILY_SOURCES = {
    "waiting": ["waiting"], "reviews": ["reviews"], "safeguarding": ["safeguarding"], "carers": ["carers"],
    "equity": ["waiting", "safeguarding", "carers"],
}
# Which indicator families a return feeds.
FAMILIES_FOR_RETURN = {
    "waiting": ["waiting", "equity"],
    "reviews": ["reviews"],
    "safeguarding": ["safeguarding", "equity"],
    "carers": ["carers", "equity"],
    "kpi": ["kpi"],
}


def record_frame(return_type, months=None):
    """Records of the return's confirmed uploads (only those for `months`, a set of dates, when given),
    with `month` = the upload's month; dates as datetime64."""
    model, fields, expressions, dates = RECORD_QUERIES[return_type]
    records = model.objects.filter(upload__status=Upload.CONFIRMED)
    if months is not None:
        records = records.filter(upload__period_start__in=months)
    # Dates are read as ISO text and parsed by pandas in one go (SQLite would otherwise parse each value).
    as_text = {f"{name}_text": Cast(name, CharField()) for name in dates}
    plain = [name for name in fields if name not in dates]
    columns = [*plain, *expressions, *as_text, "month_text"]
    rows = []
    if months is None or months:
        query = records.values(
            *plain, **expressions, **as_text, month_text=Cast("upload__period_start", CharField())).query
        sql, params = query.sql_with_params()
        with connection.cursor() as cursor:  # plain tuples: hundreds of thousands of rows, no per-row conversion
            cursor.execute(sql, params)
            rows = cursor.fetchall()
    frame = pd.DataFrame.from_records(rows, columns=columns)
    for name in [*dates, "month"]:
        frame[name] = pd.to_datetime(frame.pop(f"{name}_text"), format="%Y-%m-%d")
    return frame.rename(columns={"team_name": "team", "carer_age_years": "age"})


def confirmed_months(return_type):
    starts = Upload.objects.filter(return_type=return_type, status=Upload.CONFIRMED).values_list(
        "period_start", flat=True)
    return [Period(MONTH, start) for start in starts]


def months_to_read(return_type, periods, available):
    """The upload months whose records these periods need.

    A snapshot return needs only the last month in each period; a rolling extract needs every month
    from the start of the earliest period (later extracts restate earlier concerns and carers).
    """
    if return_type in SNAPSHOT_RETURNS:
        return {max(m for m in available if period.contains(m)) for period in periods
                if any(period.contains(m) for m in available)}
    earliest = min(period.start for period in periods)
    return {m for m in available if m >= earliest}


def population_profile(area):
    """{dimension: {category: adults}} from the area's latest population year."""
    latest = PopulationProfile.objects.filter(area=area).order_by("-year").values_list("year", flat=True).first()
    profile = {}
    for row in PopulationProfile.objects.filter(area=area, year=latest).values("dimension", "category", "population"):
        profile.setdefault(row["dimension"], {})[row["category"]] = row["population"]
    return profile


def family_figures(family, periods, frames, area):
    if family == "kpi":
        codes = set(Indicator.objects.filter(family="kpi").values_list("code", flat=True))
        return kpi.calculate(frames["kpi"], codes)
    if family == "equity":
        return equity.calculate(frames.get("waiting"), frames.get("safeguarding"), frames.get("carers"),
                                population_profile(area), periods)
    calculator = {"waiting": waiting, "reviews": reviews, "safeguarding": safeguarding, "carers": carers}[family]
    return calculator.calculate(frames[family], periods)


def wanted(figure, indicator, data_end):
    """Store a figure only for the period kinds its indicator's frequency needs; a flow (a count or rate
    over the period) only once the data covers the whole period, so a quarter is not compared half-done."""
    if figure.value is None or figure.period.kind not in KINDS_FOR_FREQUENCY[indicator.frequency]:
        return False
    return not (indicator.measure_type == "flow" and data_end is not None and figure.period.end > data_end)


def store(figures, indicators, area, periods, origin, data_end=None):
    """Replace the area's stored values of these indicators for these periods with the figures (bulk).

    `data_end` is the last day the records cover (flows for periods ending later are not stored)."""
    by_code = {indicator.code: indicator for indicator in indicators}
    rows = [
        IndicatorValue(
            indicator=by_code[f.code], area=area, period_kind=f.period.kind, period_start=f.period.start,
            breakdown=f.breakdown, category=f.category, value=f.value, numerator=f.numerator,
            denominator=f.denominator, origin=origin,
        )
        for f in figures
        if f.code in by_code and wanted(f, by_code[f.code], data_end)
    ]
    stale = IndicatorValue.objects.filter(indicator__in=indicators, area=area, origin=origin)
    if periods is not None:
        starts_by_kind = {}
        for period in periods:
            starts_by_kind.setdefault(period.kind, []).append(period.start)
        for kind, starts in starts_by_kind.items():
            stale.filter(period_kind=kind, period_start__in=starts).delete()
    else:
        stale.delete()
    IndicatorValue.objects.bulk_create(
        rows, batch_size=1000, update_conflicts=True,
        unique_fields=["indicator", "area", "period_kind", "period_start", "breakdown", "category"],
        update_fields=["value", "numerator", "denominator", "origin", "computed_at"],
    )
    figures_changed.send(sender=IndicatorValue)
    return len(rows)


def recalculate(return_type, months=None):
    """Recalculate the indicators a return feeds, for the given months (and their quarters and years).

    With `months` None, every month with a confirmed upload. Returns the number of values stored.
    """
    return recalculate_returns([return_type], months)


def recalculate_everything():
    return recalculate_returns(list(FAMILIES_FOR_RETURN))


@transaction.atomic
def recalculate_returns(return_types, months=None):
    """Recalculate every indicator family these returns feed (each family once), reading each return's
    records once for the months needed."""
    area = Area.objects.filter(code=settings.ASCDASH_HOME_AREA).first()
    if area is None:
        logger.warning("No home council %s: nothing recalculated", settings.ASCDASH_HOME_AREA)
        return 0
    families = list(dict.fromkeys(family for rt in return_types for family in FAMILIES_FOR_RETURN[rt]))
    available = {source: [m.start for m in confirmed_months(source)] for source in RECORD_QUERIES}
    frames, stored = {}, 0
    for family in families:
        indicators = list(Indicator.objects.filter(family=family, active=True))
        if not indicators:
            continue
        data_end = None
        if family == "kpi":
            periods, origin, family_frames = None, IndicatorValue.KPI_RETURN, {"kpi": record_frame("kpi")}
        else:
            sources = FAMILY_SOURCES[family]
            data_end = max((Period(MONTH, start).end for source in sources for start in available[source]),
                           default=None)
            wanted = months if months is not None else [
                Period(MONTH, start) for source in sources for start in available[source]]
            periods = periods_for_months(wanted)
            if not periods:
                continue
            origin, family_frames = IndicatorValue.CALCULATED, {}
            for source in sources:
                needed = frozenset(months_to_read(source, periods, available[source]))
                if (source, needed) not in frames:
                    frames[(source, needed)] = record_frame(source, needed)
                family_frames[source] = frames[(source, needed)]
        figures = family_figures(family, periods, family_frames, area)
        stored += store(figures, indicators, area, periods, origin, data_end)
    return stored


_deferred = threading.local()


@contextmanager
def deferred_recalculation():
    """Within this block, uploads becoming current are only noted; each affected return is recalculated
    once at the end, for all the months noted (for loading many uploads at once, e.g. the demo)."""
    pending = {}
    _deferred.pending = pending
    try:
        yield
    finally:
        _deferred.pending = None
    if pending:
        recalculate_returns(list(pending), sorted(set().union(*pending.values())))


ROLLING_WINDOW_MONTHS = 12


def affected_months(return_type, month):
    """Months whose figures an upload for `month` can change: its own for a snapshot; for a rolling
    extract also the confirmed months a year either side (it restates, and may settle, their concerns)."""
    if return_type in SNAPSHOT_RETURNS or return_type not in FAMILY_SOURCES:
        return [month]
    first, last = month.shift(-(ROLLING_WINDOW_MONTHS - 1)), month.shift(ROLLING_WINDOW_MONTHS - 1)
    nearby = [m for m in confirmed_months(return_type) if first.start <= m.start <= last.start]
    return sorted({month, *nearby})


def on_upload_became_current(sender, upload, **kwargs):
    """Receiver for metrics.signals.upload_became_current."""
    month = Period(MONTH, upload.period_start)
    pending = getattr(_deferred, "pending", None)
    if pending is not None:
        pending.setdefault(upload.return_type, set()).add(month)
    else:
        recalculate(upload.return_type, affected_months(upload.return_type, month))
