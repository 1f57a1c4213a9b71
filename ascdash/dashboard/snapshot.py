"""Freezing a quarter's figures at publication, and reading them back.

A snapshot is JSON: {indicator code: {period, value, ..., judgements, trend, teams}}. Reading it back gives
the same IndicatorSummary objects the live page uses, so a published page is drawn from frozen figures
with the same templates.
"""
from dataclasses import dataclass

from core.judgements import Judgement
from core.periods import Period
from metrics.comparison import Position
from metrics.selectors.summaries import IndicatorSummary

FIGURES = ["value", "numerator", "denominator", "margin", "previous", "last_year", "england", "region", "comparators",
           "median", "lower_quartile", "upper_quartile"]
# The figures whose change after publication counts as a revision.
REVISABLE = ["value", "previous", "last_year", "england", "region", "comparators", "median"]


@dataclass(frozen=True)
class FrozenTarget:
    value: float
    tolerance: float


def freeze(summary, trend, teams):
    """JSON-ready figures and judgements of one indicator as the dashboard shows them."""
    position = summary.position
    target = summary.target
    return {
        "period": summary.period.label,
        **{name: getattr(summary, name) for name in FIGURES},
        "comparator_count": summary.comparator_count,
        "position": [position.rank, position.count, position.quartile] if position else None,
        "target": [target.value, target.tolerance] if target else None,
        "judgements": {name: [j.key, j.words, j.token] for name, j in summary.judgements.items()},
        "trend": [[period.label, value] for period, value in trend],
        "teams": teams,
    }


def thaw(indicator, frozen):
    """(IndicatorSummary, trend, teams) from one indicator's snapshot."""
    summary = IndicatorSummary(
        indicator=indicator,
        period=Period.parse(frozen["period"]),
        **{name: frozen.get(name) for name in FIGURES},  # snapshots from before a figure was added lack it
        comparator_count=frozen["comparator_count"],
        position=Position(*frozen["position"]) if frozen["position"] else None,
        target=FrozenTarget(*frozen["target"]) if frozen["target"] else None,
        judgements={name: Judgement(*parts) for name, parts in frozen["judgements"].items()},
    )
    trend = [(Period.parse(label), value) for label, value in frozen["trend"]]
    return summary, trend, frozen["teams"]


def is_revised(frozen, live_summary):
    return any(name in frozen and frozen[name] != getattr(live_summary, name) for name in REVISABLE)
