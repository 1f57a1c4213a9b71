"""The one read path for figures: every page, question, export and publication reads stored figures here.

A FigureReader is built for the person reading (`FigureReader.for_user(request.user)`) or for the service
itself when it publishes a quarter or loads the demo (`FigureReader.for_service()`). Every query of stored
figures starts from `FigureReader.values()`, the single place where "who may see which periods" is decided,
and every read in metrics.selectors takes a reader. Today everyone sees every stored figure; the publication
boundary (local figures only up to the end of the latest published quarter for people who may not see
drafts; national benchmarks always) belongs in `values()` and nowhere else.
"""
from collections import defaultdict
from dataclasses import dataclass

from django.conf import settings
from django.db.models import Max, Q
from django.utils import timezone

from core.periods import KINDS_FOR_FREQUENCY, QUARTER, YEAR, Period
from core.permissions import perm

from ..models import IndicatorValue

DRAFT_PERMISSIONS = ("write_commentary", "administer")


@dataclass(frozen=True)
class FigureReader:
    viewer: object = None  # the signed-in user; None for the service itself

    @classmethod
    def for_user(cls, user):
        return cls(user)

    @classmethod
    def for_service(cls):
        return cls(None)

    @property
    def sees_drafts(self):
        """Officers and administrators see quarters before publication; scrutiny members and the steering group
        do not. The service itself sees everything."""
        return self.viewer is None or any(self.viewer.has_perm(perm(name)) for name in DRAFT_PERMISSIONS)

    @property
    def scope(self):
        """What this reader sees, as a word for the cache keys of page parts drawn from its figures: readers of
        the same scope are shown the same figures."""
        return "drafts" if self.sees_drafts else "published"

    def values(self):
        """Every stored figure this reader may see. All figure reads start here."""
        return IndicatorValue.objects.all()


def home_totals(reader):
    """The home council's totals (not breakdowns) that the reader may see."""
    return reader.values().filter(area__code=settings.ASCDASH_HOME_AREA, breakdown="")


def quarter_starts(reader):
    """Start dates of every quarter with a stored figure for the home council, latest first (one query)."""
    return list(
        home_totals(reader).filter(period_kind=QUARTER)
        .order_by("-period_start").values_list("period_start", flat=True).distinct()
    )


def latest_quarter(reader, today=None):
    """The latest quarter that has ended and has a stored figure for the home council, or None."""
    current = Period.containing(QUARTER, today or timezone.localdate())
    start = (
        home_totals(reader).filter(period_kind=QUARTER, period_start__lt=current.start)
        .order_by("-period_start").values_list("period_start", flat=True).first()
    )
    return Period(QUARTER, start) if start else None


def last_updated(reader, indicator, area):
    return reader.values().filter(indicator=indicator, area=area).aggregate(latest=Max("computed_at"))["latest"]


def recent_trends(reader, indicators, quarters, years, area_id):
    """{indicator id: [(period, value)]} for the given quarters (years, for annual indicators), one query."""
    rows = reader.values().filter(
        Q(period_kind=QUARTER, period_start__in=[q.start for q in quarters])
        | Q(period_kind=YEAR, period_start__in=[y.start for y in years]),
        area_id=area_id, breakdown="", indicator_id__in=[i.id for i in indicators],
    ).values_list("indicator_id", "period_kind", "period_start", "value")
    values = {(indicator_id, kind, start): value for indicator_id, kind, start, value in rows}
    trends = {}
    for indicator in indicators:
        periods = years if indicator.frequency == "annual" else quarters
        trends[indicator.id] = [
            (period, values[(indicator.id, period.kind, period.start)])
            for period in periods if values.get((indicator.id, period.kind, period.start)) is not None
        ]
    return trends


def breakdown_values(reader, indicators, breakdown, period, area_id):
    """{indicator id: {category: value}} of one breakdown (e.g. team) in one period, one query."""
    found = defaultdict(dict)
    rows = reader.values().filter(
        area_id=area_id, breakdown=breakdown, period_kind=period.kind, period_start=period.start,
        indicator_id__in=[i.id for i in indicators],
    ).values_list("indicator_id", "category", "value")
    for indicator_id, category, value in rows:
        found[indicator_id][category] = value
    return found


@dataclass(frozen=True)
class TotalPoint:
    period: Period
    value: float

    @property
    def day(self):
        """A period's figure is as at its last day."""
        return self.period.end


def _preferred_series(indicator, rows):
    """The totals in the indicator's finest period kind (else whichever kind has the most figures)."""
    by_kind = {}
    for kind, start, value in rows:
        by_kind.setdefault(kind, []).append(TotalPoint(Period(kind, start), value))
    preferred = KINDS_FOR_FREQUENCY.get(indicator.frequency, [None])[0]
    if preferred in by_kind:
        return by_kind[preferred]
    return max(by_kind.values(), key=len, default=[])


def home_series(reader, indicators):
    """{indicator id: [TotalPoint oldest first]}: the home council's totals, one query."""
    indicators = list(indicators)
    if not indicators:
        return {}
    rows = (
        home_totals(reader).filter(indicator__in=indicators, value__isnull=False)
        .order_by("indicator_id", "period_start")
        .values_list("indicator_id", "period_kind", "period_start", "value")
    )
    grouped = {}
    for indicator_id, kind, start, value in rows:
        grouped.setdefault(indicator_id, []).append((kind, start, value))
    return {indicator.pk: _preferred_series(indicator, grouped.get(indicator.pk, [])) for indicator in indicators}
