"""Per-indicator summaries and time series for the home council, read in a fixed number of queries.

Calculators store monthly and quarterly indicators for quarters (and monthly ones for months too);
annual indicators are stored for financial years. A summary for a quarter therefore shows quarterly
and monthly indicators for that quarter, and annual indicators for the latest financial year with a
figure up to the one containing the quarter (national data arrives late).
"""
from collections import defaultdict
from dataclasses import dataclass, field

from django.db.models import Q

from core.periods import QUARTER, YEAR, Period

from .. import comparison
from ..models import Area, ComparatorGroup, Target

PERCENT_SCALE = {"percent": 100.0}


def period_kind_for(indicator, period):
    return YEAR if indicator.frequency == "annual" else period.kind


@dataclass
class IndicatorSummary:
    indicator: object
    period: Period
    value: float = None
    numerator: float = None
    denominator: float = None
    margin: float = None  # published 95% margin of error (survey measures)
    previous: float = None
    last_year: float = None
    england: float = None
    region: float = None
    comparators: float = None
    comparator_count: int = 0
    median: float = None  # median of all councils with a figure
    lower_quartile: float = None
    upper_quartile: float = None
    position: comparison.Position = None
    target: object = None
    judgements: dict = field(default_factory=dict)

    @property
    def has_value(self):
        return self.value is not None

    @property
    def interval(self):
        """value ± the published margin of error, as (low, high), or None."""
        return comparison.margin_interval(self.value, self.margin)


@dataclass
class Benchmarks:
    """Who the home council is compared with."""

    home: Area
    england_id: int
    region_id: int
    comparator_ids: frozenset
    region_council_ids: frozenset
    council_ids: frozenset
    comparator_name: str = ""

    @property
    def region_name(self):
        return self.home.region.name if self.home.region_id else ""


def load_benchmarks(area=None):
    """Five queries: home area, comparator group and members, England, councils."""
    home = area or Area.objects.select_related("region").home()
    group = (
        ComparatorGroup.objects.filter(area=home)
        .order_by("-is_default", "kind", "name")
        .prefetch_related("members")
        .first()
    )
    comparator_ids = frozenset(member.id for member in group.members.all()) if group else frozenset()
    england_id = Area.objects.filter(code=Area.ENGLAND_CODE).values_list("id", flat=True).first()
    councils = list(Area.objects.filter(kind=Area.COUNCIL).values_list("id", "region_id"))
    # The regional average is of the other councils in the region, so it never echoes our own figure.
    region_council_ids = frozenset(
        a for a, region in councils if home.region_id and region == home.region_id and a != home.id
    )
    council_ids = frozenset(a for a, _ in councils)
    return Benchmarks(home, england_id, home.region_id, comparator_ids, region_council_ids, council_ids,
                      group.name if group else "")


def _mean(values):
    values = [v for v in values if v is not None]
    return sum(values) / len(values) if values else None


VALUE_COLUMNS = ("indicator_id", "area_id", "period_kind", "period_start", "value", "numerator", "denominator",
                 "margin")


class ValueTable:
    """All total (not breakdown) values for some indicators, indexed for quick lookup; rows are VALUE_COLUMNS."""

    def __init__(self, rows, council_ids):
        self.by_key = {}
        self.margins = {}
        self.councils = defaultdict(list)
        self.year_starts = defaultdict(list)
        for indicator_id, area_id, kind, start, value, numerator, denominator, margin in rows:
            self.by_key[(indicator_id, area_id, kind, start)] = (value, numerator, denominator)
            self.margins[(indicator_id, area_id, kind, start)] = margin
            if area_id in council_ids:
                self.councils[(indicator_id, kind, start)].append((area_id, value))
            if kind == YEAR:
                self.year_starts[(indicator_id, area_id)].append(start)

    def get(self, indicator_id, area_id, period):
        return self.by_key.get((indicator_id, area_id, period.kind, period.start), (None, None, None))

    def value(self, indicator_id, area_id, period):
        return self.get(indicator_id, area_id, period)[0]

    def margin(self, indicator_id, area_id, period):
        return self.margins.get((indicator_id, area_id, period.kind, period.start))

    def council_values(self, indicator_id, period, area_ids=None):
        pairs = self.councils.get((indicator_id, period.kind, period.start), [])
        return [value for area_id, value in pairs if area_ids is None or area_id in area_ids]

    def latest_year_up_to(self, indicator_id, area_id, year):
        starts = [start for start in self.year_starts.get((indicator_id, area_id), []) if start <= year.start]
        return Period(YEAR, max(starts)) if starts else None


def fetch_values(reader, wanted, council_ids):
    """One query: every area's totals for each (indicator ids, periods) pair in `wanted`, as the reader sees them."""
    condition = Q(pk__in=[])
    for indicator_ids, periods in wanted:
        by_kind = defaultdict(set)
        for period in periods:
            by_kind[period.kind].add(period.start)
        for kind, starts in by_kind.items():
            condition |= Q(indicator_id__in=indicator_ids, period_kind=kind, period_start__in=starts)
    rows = reader.values().filter(condition, breakdown="").values_list(*VALUE_COLUMNS)
    return ValueTable(rows, council_ids)


def active_targets(indicator_ids, on_date):
    """One query: the target in force on a date for each indicator."""
    targets = {}
    for target in Target.objects.filter(
        Q(end_date__isnull=True) | Q(end_date__gte=on_date), indicator_id__in=indicator_ids, start_date__lte=on_date
    ).order_by("indicator_id", "-start_date"):
        targets.setdefault(target.indicator_id, target)
    return targets


def benchmark_figures(table, benchmarks, indicator_id, period):
    england = table.value(indicator_id, benchmarks.england_id, period)
    region = table.value(indicator_id, benchmarks.region_id, period)
    if region is None and benchmarks.region_council_ids:
        region = _mean(table.council_values(indicator_id, period, benchmarks.region_council_ids))
    comparator_values = [v for v in table.council_values(indicator_id, period, benchmarks.comparator_ids) if v is not None]
    return england, region, _mean(comparator_values), len(comparator_values)


def england_proportion(table, benchmarks, indicator, period, england_value):
    _, numerator, denominator = table.get(indicator.id, benchmarks.england_id, period)
    if numerator is not None and denominator:
        return numerator / denominator
    scale = PERCENT_SCALE.get(indicator.unit)
    return england_value / scale if scale and england_value is not None else None


def judge(summary, indicator, england_share):
    polarity = indicator.polarity
    kind_word = {QUARTER: "quarter", YEAR: "year"}.get(summary.period.kind, "month")
    target = summary.target
    judgements = {
        "target": comparison.target_rag(summary.value, target and target.value, target and target.tolerance, polarity),
        "previous": comparison.direction(summary.value, summary.previous, polarity, f"last {kind_word}"),
        "last_year": comparison.direction(
            summary.value, summary.last_year, polarity,
            "last year" if kind_word == "year" else f"the same {kind_word} last year",
        ),
        "england": comparison.versus(summary.value, summary.england, polarity, "England"),
        "region": comparison.versus(summary.value, summary.region, polarity, "the region"),
        "comparators": comparison.versus(summary.value, summary.comparators, polarity, "similar councils"),
    }
    if summary.margin is not None:  # a survey estimate with its published margin of error
        judgements["significance"] = comparison.significance_from_interval(
            comparison.margin_interval(summary.value, summary.margin), summary.england, polarity, "England")
    elif summary.denominator and indicator.unit == "percent":
        judgements["significance"] = comparison.significance(
            summary.numerator, summary.denominator, england_share, polarity, "England"
        )
    if summary.position:
        judgements["quartile"] = summary.position.judgement
    return judgements


def summarise(reader, indicators, period, area=None, benchmarks=None):
    """{indicator id: IndicatorSummary} for the home council (or `area`) in `period`, as `reader` sees them.

    Queries: benchmarks (5), values (1) and targets (1), whatever the number of indicators.
    """
    indicators = list(indicators)
    benchmarks = benchmarks or load_benchmarks(area)
    year = Period.containing(YEAR, period.start)
    wanted = [([i.id for i in indicators], {period, period.previous(), period.same_period_last_year()})]
    annual_ids = [i.id for i in indicators if i.frequency == "annual"]
    if annual_ids:  # only annual indicators look back over years: every council's figures for 4 years is a lot
        wanted.append((annual_ids, {year.shift(-n) for n in range(0, 4)}))
    table = fetch_values(reader, wanted, benchmarks.council_ids)
    targets = active_targets([i.id for i in indicators], period.end)
    summaries = {}
    for indicator in indicators:
        shown = period
        if period_kind_for(indicator, period) == YEAR:
            shown = table.latest_year_up_to(indicator.id, benchmarks.home.id, year) or year
        summaries[indicator.id] = summarise_one(indicator, shown, table, benchmarks, targets.get(indicator.id))
    return summaries


def summarise_one(indicator, period, table, benchmarks, target):
    value, numerator, denominator = table.get(indicator.id, benchmarks.home.id, period)
    england, region, comparators, comparator_count = benchmark_figures(table, benchmarks, indicator.id, period)
    councils = table.council_values(indicator.id, period)
    lower, upper = comparison.quartile_band(councils)
    summary = IndicatorSummary(
        indicator=indicator, period=period, value=value, numerator=numerator, denominator=denominator,
        margin=table.margin(indicator.id, benchmarks.home.id, period),
        previous=table.value(indicator.id, benchmarks.home.id, period.previous()),
        last_year=table.value(indicator.id, benchmarks.home.id, period.same_period_last_year()),
        england=england, region=region, comparators=comparators, comparator_count=comparator_count,
        median=comparison.median_of(councils), lower_quartile=lower, upper_quartile=upper,
        position=comparison.rank_and_quartile(value, councils, indicator.polarity),
        target=target,
    )
    summary.judgements = judge(summary, indicator, england_proportion(table, benchmarks, indicator, period, england))
    return summary


@dataclass
class SeriesPoint:
    period: Period
    value: float = None
    numerator: float = None
    denominator: float = None
    england: float = None
    comparators: float = None
    lower_quartile: float = None
    upper_quartile: float = None
    median: float = None
    position: comparison.Position = None
    margin: float = None


def series(reader, indicator, kind=None, area=None, benchmarks=None):
    """Every period of one indicator for the home council that `reader` may see, with England, comparators and
    quartile band.

    Queries: benchmarks (5) + 1, whatever the number of periods.
    """
    benchmarks = benchmarks or load_benchmarks(area)
    kind = kind or (YEAR if indicator.frequency == "annual" else QUARTER)
    rows = reader.values().filter(indicator=indicator, period_kind=kind, breakdown="").values_list(*VALUE_COLUMNS)
    table = ValueTable(rows, benchmarks.council_ids)
    starts = sorted({key[3] for key in table.by_key if key[1] == benchmarks.home.id})
    points = []
    for start in starts:
        period = Period(kind, start)
        value, numerator, denominator = table.get(indicator.id, benchmarks.home.id, period)
        england, _, comparators, _ = benchmark_figures(table, benchmarks, indicator.id, period)
        councils = table.council_values(indicator.id, period)
        low, high = comparison.quartile_band(councils)
        points.append(SeriesPoint(
            period, value, numerator, denominator, england, comparators, low, high, comparison.median_of(councils),
            comparison.rank_and_quartile(value, councils, indicator.polarity),
            table.margin(indicator.id, benchmarks.home.id, period)))
    return points
