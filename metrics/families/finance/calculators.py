"""Finance: monthly budget monitoring snapshots by service line. A quarter takes its last month; a year, March's
(the provisional outturn).

Records: snapshot_date, service_line, budget, forecast_outturn, savings_planned, savings_delivered, month.
Variance = forecast outturn - budget, worked out afresh (positive = overspend).
"""
from metrics.calculators import Figure, figures_from_snapshots, percent


def groups(rows):
    """("", "", every row), then ("service_line", line, its rows) for each line."""
    yield "", "", rows
    for line, group in rows.groupby("service_line", sort=True):
        yield "service_line", line, group


def variance(rows):
    return float((rows["forecast_outturn"] - rows["budget"]).sum())


def variance_figure(period, rows, breakdown, category):
    """The variance in pounds, with the budget as its denominator (for '3.4% of budget')."""
    return Figure("finance-forecast-variance", period, variance(rows), numerator=variance(rows),
                  denominator=float(rows["budget"].sum()), breakdown=breakdown, category=category)


def variance_percent_figure(period, rows, breakdown, category):
    return Figure("finance-forecast-variance-pct", period, percent(variance(rows), float(rows["budget"].sum())),
                  breakdown=breakdown, category=category)


def savings_figure(period, rows, breakdown, category):
    """Savings delivered so far as a share of the year's plan, over lines with savings planned."""
    planned = rows[rows["savings_planned"].fillna(0) > 0]
    delivered = float(planned["savings_delivered"].fillna(0).sum())
    return Figure("finance-savings-delivered-pct", period, percent(delivered, float(planned["savings_planned"].sum())),
                  breakdown=breakdown, category=category)


FIGURES = (variance_figure, variance_percent_figure, savings_figure)


def snapshot_figures(snapshot, period):
    return [figure(period, rows, breakdown, category)
            for breakdown, category, rows in groups(snapshot) for figure in FIGURES]


def calculate(records, periods):
    return figures_from_snapshots(records, periods, snapshot_figures)
