"""Governance and learning: monthly snapshots of the SAR action, complaint learning, audit plan and policy
registers, and the data-quality report's figures for every monthly return.

Records: snapshot_date, item_type, reference, due_date, completed_date, month. A quarter (and a year) takes its
last snapshot. Quality: month, missing_cells, checked_cells (one row per confirmed upload of a monthly return).
"""
from metrics.calculators import Figure, figures_from_snapshots, in_period, percent, proportion_figures


def of_type(snapshot, item_type):
    return snapshot[snapshot["item_type"] == item_type]


def done_by(rows):
    """Completed on or before the snapshot date."""
    return rows["completed_date"] <= rows["snapshot_date"]


def due_or_done(rows):
    """Actions and audits due by the snapshot date, and any completed early."""
    return rows[(rows["due_date"] <= rows["snapshot_date"]) | done_by(rows)]


def completed_share(code, period, snapshot, item_type):
    """Of the register's items due by the snapshot date (or done early), the share completed."""
    cohort = due_or_done(of_type(snapshot, item_type))
    return proportion_figures(code, period, cohort, done_by(cohort), []) if len(cohort) else []


def policies_in_date(period, snapshot):
    """Of the policies in the register, the share whose next review is not yet overdue."""
    policies = of_type(snapshot, "policy")
    in_date = policies["due_date"] >= policies["snapshot_date"]
    return proportion_figures("gov-policies-in-date-pct", period, policies, in_date, []) if len(policies) else []


def snapshot_figures(snapshot, period):
    return (completed_share("gov-sar-actions-completed-pct", period, snapshot, "sar_action")
            + completed_share("gov-complaint-learning-closed-pct", period, snapshot, "complaint_learning")
            + completed_share("gov-audits-completed-pct", period, snapshot, "audit")
            + policies_in_date(period, snapshot))


def data_quality_figures(quality, periods):
    """The share of values that should be filled but are missing or invalid, pooled over every monthly return
    confirmed for the months of each period (the data-quality report's figure)."""
    figures = []
    for period in periods:
        inside = quality[in_period(quality["month"], period)]
        checked = float(inside["checked_cells"].sum())
        if checked:
            missing = float(inside["missing_cells"].sum())
            figures.append(Figure("gov-data-quality-missing-pct", period, percent(missing, checked),
                                  numerator=missing, denominator=checked))
    return figures


def calculate(records, quality, periods):
    return figures_from_snapshots(records, periods, snapshot_figures) + data_quality_figures(quality, periods)
