"""The one comparison engine, used by every page.

Each function returns a core.judgements.Judgement: a stable key, the words shown to people and a tag token,
with the words from metrics.judgements. Colour never stands alone.
Polarity is the indicator's: high_is_good, low_is_good or no_judgement.
"""
import math
import statistics
from dataclasses import dataclass

from core.judgements import Judgement

from . import judgements as words
from .judgements import no_data

HIGH_IS_GOOD, LOW_IS_GOOD, NO_JUDGEMENT = "high_is_good", "low_is_good", "no_judgement"
Z_95 = 1.959963984540054
__all__ = ["Judgement", "no_data", "versus", "significance", "significance_from_interval", "margin_interval",
           "target_rag", "direction", "rank_and_quartile", "quartile_band", "median_of"]


def better_sign(value, other, polarity):
    """+1 when value is better than other, -1 when worse, 0 when equal (polarity must judge)."""
    if value == other:
        return 0
    higher = value > other
    return 1 if higher == (polarity == HIGH_IS_GOOD) else -1


# For each comparison: its word table, and the keys for equal, higher, lower (polarity does not judge), better, worse
_KEYS = {
    "versus": (words.VERSUS, ("same", "higher", "lower", "better", "worse")),
    "direction": (words.DIRECTION, ("no_change", "up", "down", "improving", "worsening")),
}


def _compare(kind, value, other, polarity, name):
    if value is None or other is None:
        return words.no_figure(kind, name)
    table, (equal, higher, lower, better, worse) = _KEYS[kind]
    if value == other:
        key = equal
    elif polarity == NO_JUDGEMENT:
        key = higher if value > other else lower
    else:
        key = better if better_sign(value, other, polarity) > 0 else worse
    return words.worded(table, key, name)


def versus(value, other, polarity, name):
    """Our value against another figure, e.g. England or the comparator average."""
    return _compare("versus", value, other, polarity, name)


def wilson_interval(numerator, denominator, z=Z_95):
    """95% Wilson score interval for a proportion, as (low, high) proportions; None without a denominator."""
    if not denominator or numerator is None:
        return None
    n = denominator
    p = numerator / n
    z2 = z * z
    centre = (p + z2 / (2 * n)) / (1 + z2 / n)
    half_width = z * math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / (1 + z2 / n)
    return centre - half_width, centre + half_width


def margin_interval(value, margin):
    """value ± a published margin of error (a survey's 95% interval), as (low, high); None without both."""
    if value is None or margin is None:
        return None
    return value - margin, value + margin


def significance_from_interval(interval, benchmark, polarity, name):
    """Significantly better / similar / significantly worse, by whether the benchmark lies outside our interval
    (both on the same scale)."""
    if interval is None or benchmark is None:
        return words.no_figure("significance", name)
    low, high = interval
    if low <= benchmark <= high:
        key = "similar"
    elif polarity == NO_JUDGEMENT:
        key = "significantly_higher" if low > benchmark else "significantly_lower"
    else:
        key = "significantly_better" if (low > benchmark) == (polarity == HIGH_IS_GOOD) else "significantly_worse"
    return words.worded(words.SIGNIFICANCE, key, name)


def significance(numerator, denominator, benchmark_proportion, polarity, name):
    """The same judgement from our proportion's 95% Wilson interval (counts known, no published margin)."""
    return significance_from_interval(wilson_interval(numerator, denominator), benchmark_proportion, polarity, name)


@dataclass(frozen=True)
class Position:
    rank: int  # 1 = best; tied councils share the best rank
    count: int
    quartile: int  # 1 = best 25%

    @property
    def judgement(self):
        return words.quartile(self.quartile, self.rank, self.count)

    @property
    def words(self):
        return self.judgement.words

    @property
    def quartile_text(self):
        return words.quartile_text(self.quartile)


MINIMUM_FOR_QUARTILES = 4  # with fewer councils a quartile says nothing


def rank_and_quartile(value, values, polarity):
    """Rank and quartile of `value` among `values` (all councils, including this one).

    None when not judged: no value, no-judgement polarity, or fewer than four councils with figures.
    """
    values = [v for v in values if v is not None]
    if value is None or len(values) < MINIMUM_FOR_QUARTILES or polarity == NO_JUDGEMENT:
        return None
    better_count = sum(1 for other in values if better_sign(other, value, polarity) > 0)
    rank = better_count + 1
    count = len(values)
    quartile = min(4, max(1, math.ceil(4 * rank / count)))
    return Position(rank=rank, count=count, quartile=quartile)


def quartile_band(values):
    """(lower, upper) quartile of the councils' figures ('inclusive' quantiles: the lower quartile of 1, 2, 3, 4, 5
    is 2); (None, None) with fewer than four councils."""
    values = sorted(v for v in values if v is not None)
    if len(values) < MINIMUM_FOR_QUARTILES:
        return None, None
    q1, _, q3 = statistics.quantiles(values, n=4, method="inclusive")
    return q1, q3


def median_of(values):
    """The median of the councils' figures: the middle one, or the mean of the middle two for an even count;
    None with fewer than four councils (as for quartiles: it would say little more than our own figure)."""
    values = [v for v in values if v is not None]
    return statistics.median(values) if len(values) >= MINIMUM_FOR_QUARTILES else None


def target_rag(value, target, tolerance, polarity):
    """Green when the target is met, amber within tolerance of it, red when missed."""
    if target is None or polarity == NO_JUDGEMENT:
        return words.NO_TARGET
    if value is None:
        return no_data("No data to compare with the target")
    tolerance = tolerance or 0
    shortfall = (target - value) if polarity == HIGH_IS_GOOD else (value - target)
    if shortfall <= 0:
        return words.TARGET_MET
    if shortfall <= tolerance:
        return words.TARGET_NEARLY_MET
    return words.TARGET_MISSED


def direction(current, previous, polarity, against):
    """Direction of travel against an earlier figure, e.g. against='last quarter'."""
    return _compare("direction", current, previous, polarity, against)
