"""A synthetic KPI return: a few aggregate rows for the quarter containing the month."""
from core.periods import QUARTER, Period

from .common import frame


def simulate(council):
    """Nothing to simulate: each month's rows are drawn afresh."""


def monthly(council, simulated, period, indicator_codes=("asc-survey-satisfaction", "social-work-vacancy-rate")):
    """A few aggregate rows for the quarter containing the month (values drift gently with time)."""
    quarter = Period.containing(QUARTER, period.start)
    rng = council.rng(400 + period.start.toordinal())
    values = [round(60 + 10 * rng.random(), 1) for _ in indicator_codes]
    return frame("kpi", {"indicator_code": list(indicator_codes), "period": [quarter.label] * len(indicator_codes),
                         "value": values, "note": ["Synthetic demo figure"] * len(indicator_codes)})
