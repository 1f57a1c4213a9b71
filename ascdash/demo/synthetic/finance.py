"""The synthetic council's monthly adult social care budget monitoring, by service line.

Size: a net budget of about £114m in 2023-24 growing about 6.5% a year to about £138m in 2026-27. English councils'
net current expenditure on adult social care was £23.3bn in 2023-24 (DLUHC, Local authority revenue expenditure
and financing 2023 to 2024, as reported at https://caring-times.co.uk/local-authority-adult-social-care-spend-up-1-5bn-in-2023-24),
about £150m for each of 153 councils; the demo council is a little smaller than average. Long-term care takes most
of it, as nationally (79% of gross current expenditure in 2023-24, NHS England's Adult Social Care Activity and
Finance Report).

Story: residential, nursing and supported living overspend every year (placements and fees above budget), home
care and assessment underspend (vacancies, fewer packages); the forecast firms up month by month towards the
outturn; about 70 to 80% of planned savings are delivered.
"""
import numpy as np

from core.periods import financial_year_start

from .common import frame

BASE_YEAR, GROWTH = 2023, 1.065
# label: (2023-24 net budget £m, share of the year's savings)
LINES = {
    "Long-term residential care": (31.0, 0.26),
    "Nursing care": (13.5, 0.09),
    "Home care": (20.0, 0.18),
    "Direct payments": (11.5, 0.14),
    "Supported living": (17.0, 0.21),
    "Short-term support and reablement": (4.6, 0.03),
    "Assessment and care management": (8.9, 0.04),
    "Other adult social care": (7.5, 0.05),
}
# financial year: (outturn variance % of budget per line, in LINES order; savings planned £m; share delivered)
YEARS = {
    2023: ((4.0, 2.5, -1.5, 1.0, 3.0, -3.0, -2.0, -1.0), 5.2, 0.72),
    2024: ((7.0, 4.0, -2.0, 2.0, 6.0, -2.0, -3.0, -1.5), 5.8, 0.68),
    2025: ((2.5, 1.5, -2.5, 0.5, 2.0, -1.0, -2.0, -1.0), 6.1, 0.80),
    2026: ((5.0, 3.0, -1.0, 1.0, 5.0, -1.0, -2.5, -0.5), 5.7, 0.78),
}
REASONS = {
    1: "More placements than budgeted and provider fee uplifts above the 4% assumed.",
    -1: "Vacancies held in the service and fewer packages than budgeted.",
}


def simulate(council):
    """Each line's lasting difference in how much of its savings it delivers."""
    return council.rng(8).uniform(0.85, 1.1, len(LINES))


def line_rows(council, simulated, period):
    fy = financial_year_start(period.start)
    variances, savings_total, delivered_share = YEARS[fy]
    month_of_year = (period.start.month - 4) % 12 + 1
    firmness = month_of_year / 12
    rng = council.rng(20_000 + period.start.toordinal())
    for (label, (base, savings_share)), outturn_pct, effect in zip(LINES.items(), variances, simulated):
        budget = round(base * GROWTH ** (fy - BASE_YEAR) * 1_000_000, -3)
        noise = rng.normal(0, 0.004 * (1 - firmness)) * budget
        forecast = round(budget * (1 + outturn_pct / 100 * (0.35 + 0.65 * firmness)) + noise, -3)
        planned = round(savings_total * savings_share * 1_000_000, -3)
        delivered = round(planned * min(1.0, delivered_share * effect) * firmness ** 0.9, -3)
        yield label, budget, forecast, planned, delivered


def monthly(council, simulated, period):
    rows = list(line_rows(council, simulated, period))
    variances = [forecast - budget for _, budget, forecast, _, _ in rows]
    return frame("finance", {
        "service_line": [row[0] for row in rows], "budget": [row[1] for row in rows],
        "forecast_outturn": [row[2] for row in rows], "variance": variances,
        "savings_planned": [row[3] for row in rows], "savings_delivered": [row[4] for row in rows],
        "reason": [REASONS[int(np.sign(v))] if abs(v) >= 0.005 * row[1] else None for v, row in zip(variances, rows)],
    })
