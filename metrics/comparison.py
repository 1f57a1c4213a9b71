"""The one comparison engine, used by every page.

Each function returns a Judgement: a stable key, the words shown to people and a style
token for the tag colour (good / bad / neutral / warning / info). Colour never stands alone.
Polarity is the indicator's: high_is_good, low_is_good or no_judgement.
"""
import math
from dataclasses import dataclass

HIGH_IS_GOOD, LOW_IS_GOOD, NO_JUDGEMENT = "high_is_good", "low_is_good", "no_judgement"
Z_95 = 1.959963984540054


@dataclass(frozen=True)
class Judgement:
    key: str
    words: str
    token: str


def no_data(words="No data"):
    return Judgement("no_data", words, "neutral")


def better_sign(value, other, polarity):
    """+1 when value is better than other, -1 when worse, 0 when equal (polarity must judge)."""
    if value == other:
        return 0
    higher = value > other
    return 1 if higher == (polarity == HIGH_IS_GOOD) else -1


def versus(value, other, polarity, name):
    """Our value against another figure, e.g. England or the comparator average."""
    if value is None or other is None:
        return no_data(f"No {name} figure to compare")
    if polarity == NO_JUDGEMENT:
        if value == other:
            return Judgement("same", f"Same as {name}", "neutral")
        return Judgement("higher" if value > other else "lower", f"{'Higher' if value > other else 'Lower'} than {name}", "neutral")
    sign = better_sign(value, other, polarity)
    if sign == 0:
        return Judgement("same", f"Same as {name}", "neutral")
    if sign > 0:
        return Judgement("better", f"Better than {name}", "good")
    return Judgement("worse", f"Worse than {name}", "bad")


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


def significance(numerator, denominator, benchmark_proportion, polarity, name):
    """Significantly better / similar / significantly worse, by whether the benchmark lies outside our interval."""
    interval = wilson_interval(numerator, denominator)
    if interval is None or benchmark_proportion is None:
        return no_data(f"Significance against {name} not available")
    low, high = interval
    if low <= benchmark_proportion <= high:
        return Judgement("similar", f"Similar to {name}", "neutral")
    higher = low > benchmark_proportion
    if polarity == NO_JUDGEMENT:
        direction_word = "higher" if higher else "lower"
        return Judgement(f"significantly_{direction_word}", f"Significantly {direction_word} than {name}", "neutral")
    if higher == (polarity == HIGH_IS_GOOD):
        return Judgement("significantly_better", f"Significantly better than {name}", "good")
    return Judgement("significantly_worse", f"Significantly worse than {name}", "bad")


@dataclass(frozen=True)
class Position:
    rank: int  # 1 = best; tied councils share the best rank
    count: int
    quartile: int  # 1 = best 25%

    @property
    def words(self):
        return f"Quartile {self.quartile} of 4 ({QUARTILE_WORDS[self.quartile]}), ranked {self.rank} of {self.count}"

    @property
    def judgement(self):
        token = {1: "good", 2: "good", 3: "warning", 4: "bad"}[self.quartile]
        return Judgement(f"quartile_{self.quartile}", self.words, token)


MINIMUM_FOR_QUARTILES = 4  # with fewer councils a quartile says nothing
QUARTILE_WORDS = {1: "best quarter", 2: "second quarter", 3: "third quarter", 4: "worst quarter"}


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


def target_rag(value, target, tolerance, polarity):
    """Green when the target is met, amber within tolerance of it, red when missed."""
    if target is None or polarity == NO_JUDGEMENT:
        return Judgement("no_target", "No target", "neutral")
    if value is None:
        return no_data("No data to compare with the target")
    tolerance = tolerance or 0
    shortfall = (target - value) if polarity == HIGH_IS_GOOD else (value - target)
    if shortfall <= 0:
        return Judgement("green", "Green: target met", "good")
    if shortfall <= tolerance:
        return Judgement("amber", "Amber: just short of target", "warning")
    return Judgement("red", "Red: target missed", "bad")


def direction(current, previous, polarity, against):
    """Direction of travel against an earlier figure, e.g. against='last quarter'."""
    if current is None or previous is None:
        return no_data(f"No figure for {against}")
    if current == previous:
        return Judgement("no_change", f"No change on {against}", "neutral")
    if polarity == NO_JUDGEMENT:
        word = "Up" if current > previous else "Down"
        return Judgement(word.lower(), f"{word} on {against}", "neutral")
    if better_sign(current, previous, polarity) > 0:
        return Judgement("improving", f"Improving on {against}", "good")
    return Judgement("worsening", f"Worsening on {against}", "bad")
