"""Summaries built in memory, for the rule tests (the comparison engine makes the judgements)."""
from metrics.comparison import direction, significance, target_rag
from metrics.models import Indicator
from core.periods import Period
from metrics.selectors.summaries import IndicatorSummary

from ascdash.dashboard.snapshot import FrozenTarget

Q2 = Period.quarter(2025, 2)


def indicator(title="Indicator", unit="percent", polarity="high_is_good", decimals=1, order=0, code=None):
    return Indicator(code=code or title.lower().replace(" ", "-"), title=title, unit=unit, polarity=polarity,
                     decimals=decimals, display_order=order, frequency="quarterly")


def summary(ind, value, previous=None, last_year=None, target=None, tolerance=0, england=None,
            numerator=None, denominator=None, period=Q2):
    made = IndicatorSummary(indicator=ind, period=period, value=value, previous=previous, last_year=last_year,
                            england=england, numerator=numerator, denominator=denominator,
                            target=FrozenTarget(target, tolerance) if target is not None else None)
    made.judgements = {
        "target": target_rag(value, target, tolerance, ind.polarity),
        "previous": direction(value, previous, ind.polarity, "last quarter"),
        "last_year": direction(value, last_year, ind.polarity, "the same quarter last year"),
    }
    if denominator:
        made.judgements["significance"] = significance(numerator, denominator, england / 100, ind.polarity, "England")
    return made

