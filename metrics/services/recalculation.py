"""Recalculate stored IndicatorValue rows for the home council from the current (confirmed) records.

Pages never compute. Confirming or restoring an upload calls `recalculate_for_upload` once its transaction
commits (metrics.services.uploads): every family whose calculator reads that return is recalculated for the
months the upload can change and the quarters and years containing them. What each family reads, calculates
and stores is declared in its package (metrics.families).
"""
import threading
from contextlib import contextmanager

import pandas as pd
from django.conf import settings
from django.db import connection, transaction
from django.db.models import CharField, F
from django.db.models.functions import Cast

from core.periods import KINDS_FOR_FREQUENCY, MONTH, Period

from ..calculators import periods_for_months
from ..families import families_reading, get_family, returns
from ..families.base import Inputs
from ..models import Area, Indicator, IndicatorValue, PopulationProfile, Upload
from ..returns.base import ROLLING, SNAPSHOT
from ..signals import figures_changed

ROLLING_WINDOW_MONTHS = 12


class NoHomeCouncil(Exception):
    """ASCDASH_HOME_AREA names no stored council: there is nothing to calculate figures for."""

    def __init__(self):
        super().__init__(
            f"No home council is configured: ASCDASH_HOME_AREA is {settings.ASCDASH_HOME_AREA or 'not set'} and no "
            f"council with that code is stored (load the demo, or set it to your council's ONS code and run "
            f"`manage.py load_indicators`). Nothing was calculated.")


def home_council():
    """The home council's Area; raises NoHomeCouncil when there is none."""
    area = Area.objects.filter(code=settings.ASCDASH_HOME_AREA, kind=Area.COUNCIL).first() if (
        settings.ASCDASH_HOME_AREA) else None
    if area is None:
        raise NoHomeCouncil()
    return area


class UnregisteredFigures(ValueError):
    """A calculator produced figures for codes its family does not define: a typo or a missing definition."""


def record_frame(return_type, months=None):
    """Records of the return's confirmed uploads (only those for `months`, a set of dates, when given),
    with `month` = the upload's month; dates as datetime64; columns as its family's RecordFields name them."""
    family = get_family(return_type)
    wanted = family.records
    records = family.upload.model.objects.filter(upload__status=Upload.CONFIRMED)
    if months is not None:
        records = records.filter(upload__period_start__in=months)
    # Dates are read as ISO text and parsed by pandas in one go (SQLite would otherwise parse each value).
    as_text = {f"{name}_text": Cast(name, CharField()) for name in wanted.dates}
    renamed = {f"{name}_renamed": F(path) for name, path in wanted.renamed.items()}
    columns = [*wanted.fields, *renamed, *as_text, "month_text"]
    rows = []
    if months is None or months:
        query = records.values(
            *wanted.fields, **renamed, **as_text, month_text=Cast("upload__period_start", CharField())).query
        sql, params = query.sql_with_params()
        with connection.cursor() as cursor:  # plain tuples: hundreds of thousands of rows, no per-row conversion
            cursor.execute(sql, params)
            rows = cursor.fetchall()
    frame = pd.DataFrame.from_records(rows, columns=columns)
    for name in [*wanted.dates, "month"]:
        frame[name] = pd.to_datetime(frame.pop(f"{name}_text"), format="%Y-%m-%d")
    return frame.rename(columns={f"{name}_renamed": name for name in wanted.renamed})


def confirmed_months(return_type):
    starts = Upload.objects.filter(return_type=return_type, status=Upload.CONFIRMED).values_list(
        "period_start", flat=True)
    return [Period(MONTH, start) for start in starts]


def months_to_read(return_type, periods, available):
    """The upload months whose records these periods need.

    A snapshot return needs only the last month in each period; a rolling extract needs every month
    from the start of the earliest period (later extracts restate earlier concerns and carers).
    """
    if returns()[return_type].extract == SNAPSHOT:
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


def wanted(figure, indicator, data_end):
    """Store a figure only for the period kinds its indicator's frequency needs; a flow (a count or rate
    over the period) only once the data covers the whole period, so a quarter is not compared half-done."""
    if figure.value is None or figure.period.kind not in KINDS_FOR_FREQUENCY[indicator.frequency]:
        return False
    return not (indicator.measure_type == "flow" and data_end is not None and figure.period.end > data_end)


def check_registered(figures, registered):
    unknown = sorted({figure.code for figure in figures} - set(registered))
    if unknown:
        raise UnregisteredFigures(f"Figures for codes no indicator definition has: {', '.join(unknown)}")


def store(figures, indicators, area, periods, origin, data_end=None, registered=None):
    """Replace the area's stored values of these indicators for these periods with the figures (bulk).

    Every figure's code must be `registered` (default: the indicators given), or UnregisteredFigures is
    raised and nothing is stored. A registered code whose indicator is not among `indicators` (the
    registry in the database not yet loaded with it, or made inactive) is not stored. `data_end` is the
    last day the records cover (flows for periods ending later are not stored)."""
    by_code = {indicator.code: indicator for indicator in indicators}
    check_registered(figures, by_code if registered is None else registered)
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


class RecordReader:
    """Each return's confirmed months, and its record frames, read once per recalculation."""

    def __init__(self):
        self.available = {code: [m.start for m in confirmed_months(code)] for code in returns()}
        self.frames = {}

    def data_end(self, sources):
        return max((Period(MONTH, start).end for source in sources for start in self.available[source]),
                   default=None)

    def frame(self, source, periods=None):
        needed = None if periods is None else frozenset(months_to_read(source, periods, self.available[source]))
        if (source, needed) not in self.frames:
            self.frames[(source, needed)] = record_frame(source, needed)
        return self.frames[(source, needed)]


def indicators_to_store(family):
    active = Indicator.objects.filter(active=True)
    return list(active.filter(source__in=family.fills) if family.fills else active.filter(family=family.code))


def family_figures(family, area, reader, indicators, months=None):
    """(figures, periods, data_end) of one family for the given months (None: every confirmed month), or None
    when there is nothing to calculate. A family that fills indicators from rows with their own periods
    takes every row (periods None)."""
    if family.fills:
        periods, data_end = None, None
    else:
        data_end = reader.data_end(family.reads)
        periods = periods_for_months(months if months is not None else [
            Period(MONTH, start) for source in family.reads for start in reader.available[source]])
        if not periods:
            return None
    inputs = Inputs(
        frames={source: reader.frame(source, periods) for source in family.reads}, periods=periods,
        indicator_codes=frozenset(indicator.code for indicator in indicators),
        load_population=lambda: population_profile(area),
    )
    return family.calculate(inputs), periods, data_end


def recalculate_family(family, area, reader, months=None):
    """Calculate and store one family's figures; returns the number of values stored."""
    indicators = indicators_to_store(family)
    calculated = family_figures(family, area, reader, indicators, months) if indicators else None
    if calculated is None:
        return 0
    figures, periods, data_end = calculated
    if family.fills:  # only rows for the indicators it was given
        return store(figures, indicators, area, periods, IndicatorValue.KPI_RETURN)
    return store(figures, indicators, area, periods, IndicatorValue.CALCULATED, data_end,
                 registered=family.definition_codes())


@transaction.atomic
def recalculate_returns(return_types, months=None):
    """Recalculate every family these returns feed (each family once), reading each return's records once
    for the months needed. With `months` None, every month with a confirmed upload. Raises NoHomeCouncil when
    there is no home council."""
    area = home_council()
    reader = RecordReader()
    return sum(recalculate_family(family, area, reader, months) for family in families_reading(return_types))


def recalculate(return_type, months=None):
    """Recalculate the indicators a return feeds, for the given months (and their quarters and years).
    Returns the number of values stored."""
    return recalculate_returns([return_type], months)


def recalculate_everything():
    return recalculate_returns(list(returns()))


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


def affected_months(return_type, month):
    """Months whose figures an upload for `month` can change: its own; for a rolling extract also the
    confirmed months a year either side (it restates, and may settle, their concerns)."""
    if returns()[return_type].extract != ROLLING:
        return [month]
    first, last = month.shift(-(ROLLING_WINDOW_MONTHS - 1)), month.shift(ROLLING_WINDOW_MONTHS - 1)
    nearby = [m for m in confirmed_months(return_type) if first.start <= m.start <= last.start]
    return sorted({month, *nearby})


def recalculate_for_upload(upload):
    """What follows an upload becoming the current data for its return and month (confirm or restore):
    recalculate what it can change, now, or at the end of a `deferred_recalculation` block."""
    month = Period(MONTH, upload.period_start)
    pending = getattr(_deferred, "pending", None)
    if pending is not None:
        pending.setdefault(upload.return_type, set()).add(month)
    else:
        recalculate(upload.return_type, affected_months(upload.return_type, month))
