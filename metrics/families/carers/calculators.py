"""Carers: rolling monthly extracts of carers' assessment requests (the 12 months to the month end, plus
carers still waiting). Each request (carer_id + date_requested) counts once, from the latest extract.

Records: carer_id, date_requested, date_assessed, outcome, age (the carer's), gender, ethnicity, month.
"""
from metrics.calculators import (
    count_figures, in_period, latest_rows, proportion_figures, snapshot_day, statistic_figures, timestamp,
    with_categories,
)

BREAKDOWNS = ["age_band", "gender", "ethnicity"]
KEYS = ["carer_id", "date_requested"]


def waiting_at(requests, day):
    """Requests made by the end of `day` and not assessed by then."""
    day = timestamp(day)
    return requests[(requests["date_requested"] <= day)
                    & (requests["date_assessed"].isna() | (requests["date_assessed"] > day))]


def numbered(requests):
    """The requests with a `request` column numbering them, to count requests rather than distinct carers."""
    return requests.assign(request=range(len(requests)))


def days_waiting(waiting, day):
    return (timestamp(day) - waiting["date_requested"]).dt.days


def period_figures(requests, period):
    day = snapshot_day(requests, period)
    waiting = waiting_at(requests, day)
    assessed = requests[in_period(requests["date_assessed"], period)]
    with_outcome = assessed[assessed["outcome"].fillna("") != ""]
    # Requests, not carers: the same unit the median wait is taken over (a carer may have two open requests).
    figures = count_figures("carers-waiting", period, numbered(waiting), BREAKDOWNS, "request")
    figures += statistic_figures("carers-median-wait-days", period, waiting, days_waiting(waiting, day),
                                 BREAKDOWNS)
    figures += count_figures("carers-assessments-completed", period, numbered(assessed), BREAKDOWNS, "request")
    if len(with_outcome):
        figures += proportion_figures("carers-support-after-assessment-pct", period, with_outcome,
                                      with_outcome["outcome"] == "support_provided", BREAKDOWNS)
    return figures


def calculate(records, periods):
    requests = with_categories(latest_rows(records, KEYS))
    figures = []
    for period in periods:
        figures += period_figures(requests, period)
    return figures
