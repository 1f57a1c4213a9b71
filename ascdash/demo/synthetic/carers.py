"""The synthetic carer's assessment requests, cut into monthly rolling 12-month extracts."""
import numpy as np
import pandas as pd

from .common import TIMELINE_START, YEAR, as_dates, blank_some, choose, ethnicities, frame, month_days, month_end


def simulate(council):
    rng = council.rng(4)
    requested = month_days(rng, council.scale.carers_per_year / 12, start=TIMELINE_START - np.timedelta64(365, "D"))
    size = len(requested)
    assessed = requested + rng.lognormal(np.log(40), 0.7, size).astype(int)
    young = rng.random(size) < 0.06
    age = np.where(young, rng.integers(12, 18, size), rng.integers(18, 92, size))
    outcome = choose(rng, {"Support provided": 0.45, "Information and advice": 0.35, "No support": 0.1,
                           "Declined": 0.1}, size)
    return pd.DataFrame({
        "carer_id": [f"K{n:07d}" for n in rng.permutation(size) + 3_000_000],
        "cared_for_id": np.where(
            rng.random(size) < 0.7, [f"C{n:07d}" for n in rng.integers(2_000_000, 2_009_000, size)], None,
        ),
        "date_requested": requested, "date_assessed": assessed, "outcome": outcome,
        "support_type": np.where(
            outcome == "Support provided",
            choose(rng, {"Direct payment": 0.5, "Carers' break": 0.3, "Respite": 0.2}, size), None,
        ),
        "carer_age": age, "young_carer": np.where(young, "Yes", "No"),
        "gender": choose(rng, {"Female": 0.66, "Male": 0.33, "Not known": 0.01}, size),
        "ethnicity": ethnicities(rng, age),
    })


def monthly(council, carers, period):
    end = month_end(period)
    recent = (carers["date_requested"] > end - YEAR) & (carers["date_requested"] <= end)
    waiting = (carers["date_requested"] <= end) & (carers["date_assessed"] > end)
    rows = carers[recent | waiting]
    assessed = (rows["date_assessed"] <= end).to_numpy()
    rng = council.rng(300 + period.start.toordinal())
    return frame("carers", {
        "carer_id": rows["carer_id"].to_numpy(), "cared_for_id": rows["cared_for_id"].to_numpy(),
        "date_requested": as_dates(rows["date_requested"].to_numpy()),
        "date_assessed": as_dates(np.where(assessed, rows["date_assessed"].to_numpy(), np.datetime64("NaT"))),
        "outcome": np.where(assessed, rows["outcome"].to_numpy(), None),
        "support_type": np.where(assessed, rows["support_type"].to_numpy(), None),
        "carer_age": rows["carer_age"].to_numpy(), "young_carer": rows["young_carer"].to_numpy(),
        "gender": blank_some(rng, rows["gender"]), "ethnicity": blank_some(rng, rows["ethnicity"]),
    })
