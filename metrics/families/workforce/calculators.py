"""Workforce: quarterly snapshots by team and job role. A quarter (and a year) takes its last snapshot.

Records: snapshot_date, team, role, posts_fte, filled_fte, vacant_fte, staff_in_post, staff_in_post_year_ago,
leavers, sickness_days, agency_fte, agency_spend, training_in_date, supervision_in_date, month.

Each measure is a numerator and a denominator summed over the rows (all rows, or a team's or a role's), so a
team's figure weighs its roles by their size. Definitions and sources are in indicators.json.
"""
import pandas as pd

from metrics.calculators import Figure, figures_from_snapshots

BREAKDOWNS = ["team", "role"]


def vacancies(rows):
    """Skills for Care's method: vacant posts as a share of all posts, filled + vacant."""
    return rows["vacant_fte"], rows["filled_fte"] + rows["vacant_fte"]


def turnover(rows):
    """Leavers in 12 months over the average headcount (now and 12 months earlier): CIPD's crude wastage rate."""
    return rows["leavers"], (rows["staff_in_post"] + rows["staff_in_post_year_ago"]) / 2


def sickness_per_fte(rows):
    return rows["sickness_days"], rows["filled_fte"]


def agency_share(rows):
    return rows["agency_fte"], rows["filled_fte"] + rows["agency_fte"]


def training(rows):
    return rows["training_in_date"], rows["staff_in_post"]


def supervision(rows):
    return rows["supervision_in_date"], rows["staff_in_post"]


# code: (numerator and denominator per row, multiplier)
RATES = {
    "workforce-vacancy-rate-pct": (vacancies, 100.0),
    "workforce-turnover-pct": (turnover, 100.0),
    "workforce-sickness-days-per-fte": (sickness_per_fte, 1.0),
    "workforce-agency-share-pct": (agency_share, 100.0),
    "workforce-training-compliance-pct": (training, 100.0),
    "workforce-supervision-compliance-pct": (supervision, 100.0),
}


def rate(code, period, numerator, denominator, scale, breakdown="", category=""):
    value = scale * numerator / denominator if denominator else None
    return Figure(code, period, value, numerator=float(numerator), denominator=float(denominator),
                  breakdown=breakdown, category=category)


def rate_figures(code, period, rows, parts, scale):
    """The rate over all rows and over each team's and each role's rows."""
    numerator, denominator = parts(rows)
    sums = pd.DataFrame({"numerator": numerator, "denominator": denominator})
    figures = [rate(code, period, *sums.sum(), scale)]
    for breakdown in BREAKDOWNS:
        for category, (group_numerator, group_denominator) in sums.groupby(rows[breakdown], sort=True).sum().iterrows():
            figures.append(rate(code, period, group_numerator, group_denominator, scale, breakdown, category))
    return figures


def agency_spend_figures(period, rows):
    """Pounds spent on agency workers in the 12 months, in all and by team and role (when the return gives it)."""
    spend = rows["agency_spend"]
    if spend.isna().all():
        return []
    figures = [Figure("workforce-agency-spend", period, float(spend.sum()), numerator=float(spend.sum()))]
    for breakdown in BREAKDOWNS:
        for category, amount in spend.groupby(rows[breakdown], sort=True).sum().items():
            figures.append(Figure("workforce-agency-spend", period, float(amount), numerator=float(amount),
                                  breakdown=breakdown, category=category))
    return figures


def snapshot_figures(snapshot, period):
    figures = []
    for code, (parts, scale) in RATES.items():
        figures += rate_figures(code, period, snapshot, parts, scale)
    return figures + agency_spend_figures(period, snapshot)


def calculate(records, periods):
    return figures_from_snapshots(records, periods, snapshot_figures)
