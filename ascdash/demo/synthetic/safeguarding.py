"""The synthetic safeguarding concerns and enquiries, cut into monthly rolling 12-month extracts."""
import numpy as np
import pandas as pd

from .common import (
    GENDER_MIX, TIMELINE_START, YEAR, ages, as_dates, blank_some, choose, ethnicities, frame, month_days, month_end,
)

RISK_TYPES = {
    "Neglect and acts of omission": 0.3, "Physical": 0.2, "Financial or material": 0.15, "Psychological": 0.12,
    "Domestic abuse": 0.1, "Self-neglect": 0.08, "Sexual": 0.03, "Organisational": 0.02,
}
LOCATIONS = {"Own home": 0.46, "Care home": 0.3, "Hospital": 0.05, "In the community": 0.1, "Other": 0.09}
RISK_SOURCES = {"Known to individual": 0.5, "Service provider": 0.35, "Unknown to individual": 0.1, "Other": 0.05}
CONCERN_SOURCES = {"Police": 0.18, "Health": 0.24, "Social care staff": 0.2, "Care provider": 0.2, "Family": 0.1,
                   "Self": 0.03, "Other": 0.05}


def simulate(council):
    rng = council.rng(3)
    received = month_days(rng, council.scale.safeguarding_per_year / 12, start=TIMELINE_START - YEAR)
    size = len(received)
    decided = received + rng.lognormal(np.log(2), 1.0, size).astype(int)
    outcome = rng.random(size)
    decision = np.where(outcome < 0.28, "Section 42 enquiry",
                        np.where(outcome < 0.35, "Other enquiry", "No enquiry"))
    enquiry = decision != "No enquiry"
    start = np.where(enquiry, decided + rng.exponential(2, size).astype(int), np.datetime64("NaT"))
    concluded = np.where(enquiry, start + rng.lognormal(np.log(45), 0.8, size).astype(int), np.datetime64("NaT"))
    asked = enquiry & (rng.random(size) < 0.86)
    age = ages(rng, size)
    people = rng.integers(0, int(size * 0.8), size)
    return pd.DataFrame({
        "concern_id": [f"SG{n:07d}" for n in range(1, size + 1)],
        "person_id": [f"P{n + 5_000_000:07d}" for n in people],
        "date_received": received, "source_of_concern": choose(rng, CONCERN_SOURCES, size),
        "decision_date": decided, "decision": decision,
        "enquiry_start": start.astype("datetime64[D]"), "enquiry_concluded": concluded.astype("datetime64[D]"),
        "risk_types": choose(rng, RISK_TYPES, size), "location": choose(rng, LOCATIONS, size),
        "source_of_risk": choose(rng, RISK_SOURCES, size),
        "msp_asked": np.where(enquiry, np.where(asked, "Yes", "No"), None),
        "desired_outcomes": np.where(asked, choose(rng, {"Fully achieved": 0.66, "Partially achieved": 0.26,
                                                         "Not achieved": 0.04, "Not expressed": 0.04}, size), None),
        "risk_outcome": np.where(
            enquiry, choose(rng, {"Risk removed": 0.25, "Risk reduced": 0.66, "Risk remains": 0.09}, size), None,
        ),
        "age": age, "gender": choose(rng, GENDER_MIX, size), "ethnicity": ethnicities(rng, age),
    })


def monthly(council, concerns, period):
    end = month_end(period)
    recent = (concerns["date_received"] > end - YEAR) & (concerns["date_received"] <= end)
    enquiry_open = concerns["enquiry_start"].notna() & ~(concerns["enquiry_concluded"] <= end)
    still_open = (concerns["date_received"] <= end) & ((concerns["decision_date"] > end) | enquiry_open)
    rows = concerns[recent | still_open]
    decided = (rows["decision_date"] <= end).to_numpy()
    started = (rows["enquiry_start"] <= end).to_numpy()
    concluded = (rows["enquiry_concluded"] <= end).to_numpy()
    rng = council.rng(200 + period.start.toordinal())

    def known(values, mask):
        return np.where(mask, values, None)

    return frame("safeguarding", {
        "concern_id": rows["concern_id"].to_numpy(), "person_id": rows["person_id"].to_numpy(),
        "date_received": as_dates(rows["date_received"].to_numpy()),
        "source_of_concern": rows["source_of_concern"].to_numpy(),
        "decision_date": as_dates(np.where(decided, rows["decision_date"].to_numpy(), np.datetime64("NaT"))),
        "decision": known(rows["decision"].to_numpy(), decided),
        "enquiry_start": as_dates(np.where(started, rows["enquiry_start"].to_numpy(), np.datetime64("NaT"))),
        "enquiry_concluded": as_dates(
            np.where(concluded, rows["enquiry_concluded"].to_numpy(), np.datetime64("NaT"))
        ),
        "risk_types": rows["risk_types"].to_numpy(), "location": rows["location"].to_numpy(),
        "source_of_risk": rows["source_of_risk"].to_numpy(),
        "msp_asked": known(rows["msp_asked"].to_numpy(), started),
        "desired_outcomes": known(rows["desired_outcomes"].to_numpy(), concluded),
        "risk_outcome": known(rows["risk_outcome"].to_numpy(), concluded),
        "age": rows["age"].to_numpy(), "gender": blank_some(rng, rows["gender"]),
        "ethnicity": blank_some(rng, rows["ethnicity"]),
    })
