"""The CQC rating rule: quality-statement scores (1-4) to an overall percentage and rating band.

overall % = sum of scores / (4 x statements scored) x 100, rounded half up to a whole percent;
25-38 Inadequate, 39-62 Requires improvement, 63-87 Good, 88-100 Outstanding.
"""
from dataclasses import dataclass

from core.judgements import BAD, GOOD, INFO, NEUTRAL, WARNING

STATEMENT_COUNT = 9
MAX_SCORE = 4

# (name, lowest %, highest %, tag token: red, amber, green and blue)
BANDS = [
    ("Inadequate", 25, 38, BAD),
    ("Requires improvement", 39, 62, WARNING),
    ("Good", 63, 87, GOOD),
    ("Outstanding", 88, 100, INFO),
]


@dataclass(frozen=True)
class Band:
    name: str
    low: int
    high: int
    token: str

    @property
    def range_words(self):
        return f"{self.low}–{self.high}%"


BAND_LIST = [Band(*band) for band in BANDS]


@dataclass(frozen=True)
class Rating:
    statements_scored: int
    total: int
    maximum: int
    percent: int | None
    band: Band | None
    position_words: str
    next_band: Band | None
    points_to_next_band: int | None
    next_band_percent: int | None
    words: str

    @property
    def rated(self):
        return self.band is not None

    @property
    def name(self):
        return self.band.name if self.band else "Not rated"

    @property
    def token(self):
        return self.band.token if self.band else NEUTRAL

    @property
    def next_band_words(self):
        if not self.rated:
            return ""
        if self.next_band is None:
            return "Outstanding is the highest rating; there is no next band."
        return (
            f"{self.points_to_next_band} score point{'s' if self.points_to_next_band != 1 else ''} short of "
            f"{self.next_band.name} ({self.total + self.points_to_next_band} of {self.maximum} = "
            f"{self.next_band_percent}%)."
        )

    @property
    def coverage_words(self):
        if self.statements_scored == STATEMENT_COUNT:
            return f"Based on all {STATEMENT_COUNT} quality statements."
        return f"Based on {self.statements_scored} of {STATEMENT_COUNT} quality statements."


def overall_percent(total, statements_scored):
    """sum / (4 x n) x 100 rounded half up (56.5 -> 57), in integer arithmetic so no float or banker's rounding."""
    numerator = 100 * total
    denominator = MAX_SCORE * statements_scored
    return (2 * numerator + denominator) // (2 * denominator)


def band_for(percent):
    for band in BAND_LIST:
        if band.low <= percent <= band.high:
            return band
    raise ValueError(f"{percent}% is outside the rating scale 25–100%")


def position_in_band(percent, band):
    """Lower / middle / upper third of the band, in words."""
    fraction = (percent - band.low) / (band.high - band.low)
    third = "lower" if fraction < 1 / 3 else "middle" if fraction < 2 / 3 else "upper"
    return f"In the {third} third of the {band.name} band ({band.range_words})."


def rate(scores):
    """Rate an assessment from its quality-statement scores (any number from 0 to 9, each 1-4)."""
    scores = list(scores)
    for score in scores:
        if score not in (1, 2, 3, 4):
            raise ValueError(f"A quality-statement score must be 1, 2, 3 or 4, not {score!r}")
    count, total = len(scores), sum(scores)
    if count == 0:
        return Rating(0, 0, 0, None, None, "", None, None, None, "Not rated: no quality statements scored.")
    percent = overall_percent(total, count)
    band = band_for(percent)
    index = BAND_LIST.index(band)
    next_band = BAND_LIST[index + 1] if index + 1 < len(BAND_LIST) else None
    points = next_percent = None
    if next_band:
        points = next(
            extra for extra in range(1, MAX_SCORE * count - total + 1)
            if overall_percent(total + extra, count) >= next_band.low
        )
        next_percent = overall_percent(total + points, count)
    return Rating(
        statements_scored=count,
        total=total,
        maximum=MAX_SCORE * count,
        percent=percent,
        band=band,
        position_words=position_in_band(percent, band),
        next_band=next_band,
        points_to_next_band=points,
        next_band_percent=next_percent,
        words=f"{band.name}: {total} of {MAX_SCORE * count} = {percent}%.",
    )
