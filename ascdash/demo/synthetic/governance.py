"""The synthetic council's governance and learning registers, cut into monthly snapshots.

Volumes: about two safeguarding adults reviews a year, each with five to nine actions for the council; about four
complaint learning actions a month (from the 100 to 150 adult social care complaints a year a mid-sized council
reports); an audit plan of 24 case-file and practice audits a year; 60 policies and procedures reviewed every two
or three years. The registers list SAR actions from the last two years, complaint learning actions from the last
year, this financial year's audit plan and every policy, with anything older still open.

Story: actions are done on time more often from 2025, when the steering group began tracking them monthly; policy
reviews fell behind in 2024 and a refresh in 2025-26 brings them back into date.
"""
import numpy as np
import pandas as pd

from core.periods import financial_year_start

from .common import TIMELINE_END, TIMELINE_START, as_dates, choose, frame, month_days

YEAR = np.timedelta64(365, "D")
OWNERS = {"Head of Safeguarding": 0.3, "Principal Social Worker": 0.3, "Head of Quality Assurance": 0.2,
          "Service Manager, Localities": 0.2}
SAR, COMPLAINT, AUDIT = "Safeguarding adults review action", "Complaint learning action", "Audit in the audit plan"
TITLES = {
    SAR: ["Refresh multi-agency self-neglect guidance", "Audit use of advocacy in section 42 enquiries",
          "Train staff on professional curiosity", "Review hospital discharge information sharing"],
    COMPLAINT: ["Remind teams to confirm care charges in writing", "Add call-back standard for duty line",
                "Update the reablement leaflet", "Brief teams on keeping families informed"],
    AUDIT: ["Case-file audit: Care Act assessments", "Practice audit: carers' assessments",
            "Case-file audit: section 42 enquiries", "Practice audit: reviews"],
}
AUDITS_PER_YEAR = 24
POLICIES = 60


def days(values):
    return np.asarray(values).astype(int).astype("timedelta64[D]")


def completion(rng, due, raised):
    """Done before the due date, late, or very late (some still open); on time more often from 2025."""
    on_time = np.where(raised >= np.datetime64("2025-01-01"), 0.72, 0.55)
    kind = rng.random(len(due))
    return np.where(kind < on_time, due - days(rng.uniform(0, 30, len(due))),
                    np.where(kind < on_time + 0.18, due + days(rng.uniform(1, 90, len(due))),
                             due + days(rng.uniform(90, 400, len(due)))))


def actions(rng, raised, due, item_type, references):
    return pd.DataFrame({"item_type": item_type, "reference": references, "raised": raised, "due": due,
                         "completed": completion(rng, due, raised), "owner": choose(rng, OWNERS, len(due)),
                         "title": choose(rng, dict.fromkeys(TITLES[item_type], 1), len(due))})


def sar_actions(rng):
    published = month_days(rng, 2 / 12)
    counts = rng.integers(5, 10, len(published))
    raised = np.repeat(published, counts)
    references = [f"SAR-{day.astype(object).year}-{review:02d}/{number}"
                  for review, (day, count) in enumerate(zip(published, counts), start=1) for number in range(1, count + 1)]
    return actions(rng, raised, raised + days(rng.uniform(90, 270, len(raised))), SAR, references)


def complaint_actions(rng):
    raised = month_days(rng, 4)
    references = [f"CL-{n:04d}" for n in range(1, len(raised) + 1)]
    return actions(rng, raised, raised + days(rng.uniform(30, 75, len(raised))), COMPLAINT, references)


def audit_plan(rng):
    months = np.arange(TIMELINE_START.astype("datetime64[M]"), TIMELINE_END.astype("datetime64[M]") + 1)
    due = np.repeat((months + 1).astype("datetime64[D]") - 1, AUDITS_PER_YEAR // 12)
    references = [f"AUD-{n:04d}" for n in range(1, len(due) + 1)]
    return actions(rng, due - days(np.full(len(due), 60)), due, AUDIT, references)


def policy_reviews(rng):
    """Every review of every policy: (policy, reviewed, next due)."""
    rows = []
    for policy in range(1, POLICIES + 1):
        cycle = int(rng.choice([2, 3])) * YEAR
        reviewed = TIMELINE_START - days([rng.uniform(0, cycle.astype(int))])[0]
        while reviewed <= TIMELINE_END:
            due = reviewed + cycle
            rows.append((f"POL-{policy:03d}", reviewed, due))
            behind = np.datetime64("2024-01-01") <= due < np.datetime64("2025-10-01")
            reviewed = due + days([rng.uniform(60, 300) if behind and rng.random() < 0.5 else rng.uniform(-40, 20)])[0]
    return pd.DataFrame(rows, columns=["reference", "reviewed", "due"])


def simulate(council):
    rng = council.rng(9)
    return pd.concat([sar_actions(rng), complaint_actions(rng), audit_plan(rng)], ignore_index=True), policy_reviews(rng)


def listed(items, day):
    """The register on `day`: SAR actions from the last two years, complaint actions from the last year, this
    financial year's whole audit plan, and anything older still open."""
    year_start = np.datetime64(f"{financial_year_start(pd.Timestamp(day).date())}-04-01")
    audit = items["item_type"] == AUDIT
    window = np.where(items["item_type"] == SAR, 2 * YEAR, YEAR)
    this_years_plan = audit & (items["due"] >= year_start) & (items["due"] < year_start + YEAR)
    recent = ~audit & (items["raised"] <= day) & (items["raised"] > day - window)
    still_open = (items["raised"] <= day) & (items["completed"] > day)
    return items[this_years_plan | recent | still_open]


def monthly(council, simulated, period):
    items, reviews = simulated
    day = np.datetime64(period.end)
    shown = listed(items, day)
    policies = reviews[reviews["reviewed"] <= day].drop_duplicates("reference", keep="last")
    completed = np.where(shown["completed"] <= day, shown["completed"], np.datetime64("NaT"))
    return frame("governance", {
        "item_type": [*shown["item_type"], *["Policy or procedure"] * len(policies)],
        "reference": [*shown["reference"], *policies["reference"]],
        "title": [*shown["title"], *["Adult social care policy or procedure"] * len(policies)],
        "due_date": as_dates([*shown["due"], *policies["due"]]),
        "completed_date": as_dates([*completed, *policies["reviewed"]]),
        "owner": [*shown["owner"], *["Head of Quality Assurance"] * len(policies)],
    })
