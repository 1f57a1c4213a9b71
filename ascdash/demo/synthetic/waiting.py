"""The synthetic waiting list: requests and how long each waits, cut into monthly snapshots."""
from datetime import date

import numpy as np
import pandas as pd

from .common import (
    EAST, GENDER_MIX, HOSPITAL, LD, LOCALITIES, MH, NORTH, OT, SOUTH, TIMELINE_START, YEAR, ages, as_dates,
    blank_some, choose, ethnicities, frame, month_days, month_end, trend,
)

WAITS = {
    "First contact": (120, [("2021-04-01", 6), ("2027-03-31", 5)], 0.8, {**LOCALITIES, HOSPITAL: 0.15}),
    "Care Act assessment": (  # medians of whole waits; the median wait so far of those waiting is ~135 days early 2025
        30, [("2021-04-01", 170), ("2023-04-01", 190), ("2024-10-01", 230), ("2025-03-01", 200), ("2025-12-01", 100),
             ("2027-03-31", 85)],
        0.6, {NORTH: 0.28, SOUTH: 0.25, EAST: 0.22, LD: 0.12, MH: 0.08, HOSPITAL: 0.05},
    ),
    "Occupational therapy assessment": (20, [("2021-04-01", 150), ("2027-03-31", 140)], 0.85, {OT: 1.0}),
    "Carer's assessment": (12, [("2021-04-01", 55), ("2025-01-01", 60), ("2027-03-31", 40)], 0.6, LOCALITIES),
    "Financial assessment": (30, [("2021-04-01", 30), ("2027-03-31", 26)], 0.5, LOCALITIES),
    "Review": (10, [("2021-04-01", 70), ("2027-03-31", 45)], 0.6, {**LOCALITIES, LD: 0.2, MH: 0.1}),
    "DoLS assessment": (
        25, [("2021-04-01", 140), ("2027-03-31", 110)], 0.7, {MH: 0.6, **{k: v * 0.4 for k, v in LOCALITIES.items()}},
    ),
    "Service start": (15, [("2021-04-01", 24), ("2027-03-31", 20)], 0.6, LOCALITIES),
}
TEAM_WAIT_FACTOR = {LD: 1.45, MH: 1.1, HOSPITAL: 0.35}
PRIORITIES = {"Urgent": 0.05, "High": 0.2, "Medium": 0.5, "Low": 0.25}
PRIORITY_WAIT_FACTOR = {"Urgent": 0.3, "High": 0.7, "Medium": 1.0, "Low": 1.25}
SUPPORT_REASONS = {
    "Physical support": 0.52, "Support with memory and cognition": 0.13, "Learning disability support": 0.12,
    "Mental health support": 0.1, "Sensory support": 0.03, "Social support": 0.08, "No primary support reason": 0.02,
}


def simulate(council):
    rng = council.rng(1)
    parts = []
    for wait_type, (rate, medians, spread, teams) in WAITS.items():
        requested = month_days(rng, rate * council.scale.requests_factor, start=TIMELINE_START - 2 * YEAR)
        size = len(requested)
        team = choose(rng, teams, size)
        priority = choose(rng, PRIORITIES, size)
        factor = np.array([TEAM_WAIT_FACTOR.get(t, 1.0) * PRIORITY_WAIT_FACTOR[p] for t, p in zip(team, priority)])
        median = trend(requested, medians) * factor
        wait = np.maximum(1, np.exp(np.log(median) + spread * rng.standard_normal(size)))
        age = ages(rng, size)
        parts.append(pd.DataFrame({
            "wait_type": wait_type, "team": team, "date_requested": requested,
            "until": requested + wait.astype(int), "priority": priority, "age": age,
            "gender": choose(rng, GENDER_MIX, size), "ethnicity": ethnicities(rng, age),
            "primary_support_reason": np.where(team == LD, "Learning disability support",
                                               np.where(team == MH, "Mental health support",
                                                        choose(rng, SUPPORT_REASONS, size))),
        }))
    waits = pd.concat(parts, ignore_index=True)
    waits["person_id"] = [f"P{n:07d}" for n in rng.permutation(len(waits)) + 1_000_000]
    return waits


def monthly(council, waits, period):
    end = month_end(period)
    rng = council.rng(100 + period.start.toordinal())
    rows = waits[(waits["date_requested"] <= end) & (waits["until"] > end)]
    return frame("waiting", {
        "person_id": rows["person_id"].to_numpy(), "team": rows["team"].to_numpy(),
        "wait_type": rows["wait_type"].to_numpy(), "date_requested": as_dates(rows["date_requested"].to_numpy()),
        "priority": rows["priority"].to_numpy(), "age": rows["age"].to_numpy(),
        "gender": blank_some(rng, rows["gender"]), "ethnicity": blank_some(rng, rows["ethnicity"]),
        "primary_support_reason": blank_some(rng, rows["primary_support_reason"]),
    })


def waiting_extract(rows, as_at=date(2026, 10, 31), seed=7):
    """A waiting-list snapshot of exactly `rows` rows with the usual mixes (for the upload benchmark)."""
    rng = np.random.default_rng(seed)
    end = np.datetime64(as_at)
    wait_type = choose(rng, {label: rate for label, (rate, *_rest) in WAITS.items()}, rows)
    team = np.array([choose(rng, WAITS[w][3], 1)[0] for w in wait_type[:64]] * (rows // 64 + 1), dtype=object)[:rows]
    age = ages(rng, rows)
    return frame("waiting", {
        "person_id": [f"P{n:07d}" for n in range(1, rows + 1)], "team": team, "wait_type": wait_type,
        "date_requested": as_dates(end - rng.lognormal(np.log(90), 0.8, rows).astype(int)),
        "priority": choose(rng, PRIORITIES, rows), "age": age, "gender": choose(rng, GENDER_MIX, rows),
        "ethnicity": ethnicities(rng, age), "primary_support_reason": choose(rng, SUPPORT_REASONS, rows),
    })
