"""Waiting lists: monthly snapshots of everyone waiting, as at the snapshot date.

Records: snapshot_date, person_id, team, team_kind (locality/specialist), wait_type, date_requested,
age, gender, ethnicity, month (the return's month). Quarters and years use their last snapshot.
"""
from metrics.calculators import (
    Figure, count_figures, figures_from_snapshots, median, months_before, percent, proportion_figures, statistic_figures,
)

from .codes import WAIT_TYPES

PERSON_BREAKDOWNS = ["team", "age_band", "gender", "ethnicity"]
CARE_ACT = "care_act_assessment"


def slug(wait_type):
    return wait_type.replace("_", "-")


def wait_days(snapshot):
    return (snapshot["snapshot_date"] - snapshot["date_requested"]).dt.days


def over_six_months(snapshot):
    """Waits whose request was before the same day six months before the snapshot date."""
    return snapshot["date_requested"] < months_before(snapshot["snapshot_date"], 6)


def team_gap(snapshot):
    """(gap %, gap days) between specialist and locality teams' median Care Act waits; None when not computable."""
    care_act = snapshot[snapshot["wait_type"] == CARE_ACT]
    days = wait_days(care_act)
    specialist = median(days[care_act["team_kind"] == "specialist"])
    locality = median(days[care_act["team_kind"] == "locality"])
    if specialist is None or locality is None:
        return None, None
    gap_days = specialist - locality
    return percent(gap_days, locality), gap_days


def snapshot_figures(snapshot, period):
    figures = []
    for wait_type, _ in WAIT_TYPES:
        rows = snapshot[snapshot["wait_type"] == wait_type]
        days = wait_days(rows)
        figures += count_figures(f"waiting-people-{slug(wait_type)}", period, rows, PERSON_BREAKDOWNS, "person_id")
        figures += statistic_figures(f"waiting-median-days-{slug(wait_type)}", period, rows, days, PERSON_BREAKDOWNS)
        figures += statistic_figures(f"waiting-longest-days-{slug(wait_type)}", period, rows, days, ["team"], "max")
    figures += proportion_figures("waiting-over-6-months-pct", period, snapshot, over_six_months(snapshot),
                                  PERSON_BREAKDOWNS)
    care_act = snapshot[snapshot["wait_type"] == CARE_ACT]
    figures += statistic_figures("waiting-median-days-by-team", period, care_act, wait_days(care_act), ["team"])
    gap_pct, gap_days = team_gap(snapshot)
    if gap_days is not None:
        figures += [Figure("waiting-team-gap-pct", period, gap_pct), Figure("waiting-team-gap-days", period, gap_days)]
    return figures


def calculate(records, periods):
    return figures_from_snapshots(records, periods, snapshot_figures)
