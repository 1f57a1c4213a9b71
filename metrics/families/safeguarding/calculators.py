"""Safeguarding: rolling monthly extracts of concerns (received in the 12 months to the month end, plus older
ones still open). Each concern counts once, from the latest extract that contains it.

Records: concern_id, person_id, date_received, decision_date, decision, enquiry_start, enquiry_concluded,
msp_asked, desired_outcomes, risk_outcome, age, gender, ethnicity, month.
"""
from functools import lru_cache

import holidays
import numpy as np
import pandas as pd

from metrics.calculators import (
    Figure, count_figures, in_period, latest_rows, percent, proportion_figures, snapshot_day, timestamp,
    with_categories,
)

BREAKDOWNS = ["age_band", "gender", "ethnicity"]
ENQUIRY_DECISIONS = ["section_42", "other_enquiry"]
EXPRESSED_OUTCOMES = ["fully", "partially", "not_achieved"]
RISK_OUTCOMES = ["removed", "reduced", "remains"]


@lru_cache(maxsize=8)
def english_bank_holidays(first_year, last_year):
    days = holidays.country_holidays("GB", subdiv="ENG", years=range(first_year, last_year + 1))
    return np.array(sorted(days), dtype="datetime64[D]")


def working_days_after(start, end):
    """Working days (Mon-Fri, not English bank holidays) after `start` up to and including `end`.

    Both are Series of datetimes without gaps; a decision on the day received is 0 working days.
    """
    if start.empty:
        return pd.Series([], dtype="int64", index=start.index)
    begin = start.values.astype("datetime64[D]") + np.timedelta64(1, "D")
    finish = end.values.astype("datetime64[D]") + np.timedelta64(1, "D")
    bank_holidays = english_bank_holidays(int(start.dt.year.min()), int(end.dt.year.max()))
    return pd.Series(np.busday_count(begin, finish, holidays=bank_holidays), index=start.index)


def received_in(concerns, period):
    return concerns[in_period(concerns["date_received"], period)]


def concluded_in(concerns, period):
    return concerns[in_period(concerns["enquiry_concluded"], period)]


def enquiries_started_in(concerns, period):
    """Section 42 and other enquiries that started in the period, whenever their concern was received (SAC)."""
    started = concerns[in_period(concerns["enquiry_start"], period)]
    return started[started["decision"].isin(ENQUIRY_DECISIONS)]


def period_ratio_figures(code, period, counted, base):
    """len(counted) / len(base) as a percentage, overall and per category of the base (the two row sets differ:
    an enquiry can start in the period for a concern received before it)."""
    figures = [Figure(code, period, percent(len(counted), len(base)), float(len(counted)), float(len(base)))]
    for breakdown in BREAKDOWNS:
        counts = counted.groupby(breakdown).size()
        for category, size in base.groupby(breakdown, sort=True).size().items():
            numerator = float(counts.get(category, 0))
            figures.append(Figure(code, period, percent(numerator, size), numerator, float(size), breakdown, category))
    return figures


def conversion_rate_figures(concerns, received, period):
    """The safeguarding conversion rate as the Safeguarding Adults Collection counts it and NHS England's
    published tables compute it: (Section 42 + other enquiries commenced in the period) / (concerns raised in the
    period) x 100, a period ratio rather than a cohort; and the Section 42 share of those enquiries."""
    started = enquiries_started_in(concerns, period)
    section_42 = started["decision"] == "section_42"
    figures = period_ratio_figures("sg-conversion-rate-pct", period, started, received) if len(received) else []
    if len(started):
        figures += proportion_figures("sg-section-42-share-pct", period, started, section_42, BREAKDOWNS)
    return figures


def decided_within_5_working_days(decided):
    return working_days_after(decided["date_received"], decided["decision_date"]) <= 5


def concluded_within_3_months(concluded):
    return concluded["enquiry_concluded"] <= concluded["enquiry_start"] + pd.DateOffset(months=3)


def open_over_28_days(concerns, day):
    """Enquiries started more than 28 days before `day` and not concluded by the end of it."""
    day = timestamp(day)
    started = concerns["enquiry_start"]
    still_open = concerns["enquiry_concluded"].isna() | (concerns["enquiry_concluded"] > day)
    return concerns[started.notna() & (started < day - pd.Timedelta(days=28)) & still_open]


def period_figures(concerns, period):
    received = received_in(concerns, period)
    decided_received = received[received["decision"].isin(ENQUIRY_DECISIONS + ["no_enquiry"])]
    decided = concerns[in_period(concerns["decision_date"], period)]
    concluded = concluded_in(concerns, period)
    concluded = concluded[concluded["enquiry_start"].notna()]
    asked_known = concluded[concluded["msp_asked"].notna()]
    expressed = concluded[concluded["desired_outcomes"].isin(EXPRESSED_OUTCOMES)]
    risk = concluded[concluded["risk_outcome"].isin(RISK_OUTCOMES)]

    figures = count_figures("sg-concerns-received", period, received, BREAKDOWNS, "concern_id")
    figures += count_figures("sg-open-over-28-days", period, open_over_28_days(concerns, snapshot_day(concerns, period)), BREAKDOWNS,
                             "concern_id")
    rates = [
        ("sg-concerns-leading-to-enquiry-pct", decided_received, decided_received["decision"].isin(ENQUIRY_DECISIONS)),
        ("sg-decision-5-working-days-pct", decided, decided_within_5_working_days(decided)),
        ("sg-concluded-3-months-pct", concluded, concluded_within_3_months(concluded)),
        ("sg-msp-asked-pct", asked_known, asked_known["msp_asked"].astype(bool)),
        ("sg-outcomes-achieved-pct", expressed, expressed["desired_outcomes"].isin(["fully", "partially"])),
        ("sg-risk-reduced-pct", risk, risk["risk_outcome"].isin(["removed", "reduced"])),
    ]
    for code, cohort, hits in rates:
        if len(cohort):
            figures += proportion_figures(code, period, cohort, hits, BREAKDOWNS)
    return figures + conversion_rate_figures(concerns, received, period)


def calculate(records, periods):
    concerns = with_categories(latest_rows(records, ["concern_id"]))
    figures = []
    for period in periods:
        figures += period_figures(concerns, period)
    return figures

