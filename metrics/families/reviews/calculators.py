"""Reviews: monthly snapshots of everyone receiving long-term support, as at the snapshot date.

Records: snapshot_date, person_id, team, last_review_date, next_review_due, review_completed_date,
month. Quarters and years use their last snapshot.
"""
import pandas as pd

from metrics.calculators import (
    count_figures, figures_from_snapshots, months_before, proportion_figures,
)

BREAKDOWNS = ["team"]


def latest_review(snapshot):
    """The later of the last review date and the review completed date (NaT when neither)."""
    return snapshot[["last_review_date", "review_completed_date"]].max(axis=1)


def review_due(snapshot):
    """The next review due date, or 12 months after the latest review when none is recorded."""
    return snapshot["next_review_due"].fillna(latest_review(snapshot) + pd.DateOffset(months=12))


def reviewed_in_12_months(snapshot):
    return latest_review(snapshot) > months_before(snapshot["snapshot_date"], 12)


def overdue_by(snapshot, months):
    """Reviews due before the date `months` calendar months before the snapshot (0 = overdue at all)."""
    return review_due(snapshot) < months_before(snapshot["snapshot_date"], months)


def snapshot_figures(snapshot, period):
    snapshot = snapshot.drop_duplicates("person_id")
    pending = snapshot[review_due(snapshot).notna()]
    figures = proportion_figures("reviews-in-12-months-pct", period, snapshot, reviewed_in_12_months(snapshot),
                                 BREAKDOWNS)
    figures += count_figures("reviews-overdue", period, snapshot[overdue_by(snapshot, 0)], BREAKDOWNS, "person_id")
    figures += proportion_figures("reviews-overdue-6-months-pct", period, pending, overdue_by(pending, 6),
                                  BREAKDOWNS)
    figures += count_figures("reviews-overdue-24-months", period, snapshot[overdue_by(snapshot, 24)], BREAKDOWNS,
                             "person_id")
    return figures


def calculate(records, periods):
    return figures_from_snapshots(records, periods, snapshot_figures)
