"""Synthetic, realistic monthly returns for a fictional council. No real person data anywhere.

`SyntheticCouncil(scale, seed)` simulates people once over a timeline (requests and how long they
wait, long-term clients and their reviews, safeguarding concerns and enquiries, carers' requests),
then cuts each month's return the way a case-management extract would: snapshots as at the month's
last day for waiting and reviews, rolling 12-month extracts for safeguarding and carers. People
persist from month to month. Frames use the template headers, so they are filled templates.

Shapes (mid-sized unitary): about 6,500 people on long-term support; a few hundred waiting across
wait types; about 3,000 safeguarding concerns and 450 carer's assessment requests a year. Care Act
assessment waits have a median near 135 days in early 2025 improving towards 90 by late 2026; the
learning disability team waits longer than localities; occupational therapy has a long tail; some
reviews are badly overdue. Deterministic for a given seed.
"""
from dataclasses import dataclass
from datetime import date

import numpy as np
import pandas as pd

from .demo import DEMO_TEAMS
from .returns import RETURNS

TIMELINE_START = np.datetime64("2021-04-01")
TIMELINE_END = np.datetime64("2027-03-31")
NORTH, SOUTH, EAST, LD, MH, OT, HOSPITAL = (name for name, _, _ in DEMO_TEAMS)
LOCALITIES = {NORTH: 0.36, SOUTH: 0.34, EAST: 0.30}

ETHNICITY_MIX = {"White": 0.58, "Asian, Asian British or Asian Welsh": 0.26,
                 "Black, Black British, Black Welsh, Caribbean or African": 0.065,
                 "Mixed or Multiple ethnic groups": 0.035, "Other ethnic group": 0.03, "Not stated": 0.03}
OLDER_ETHNICITY_MIX = {"White": 0.74, "Asian, Asian British or Asian Welsh": 0.16,
                       "Black, Black British, Black Welsh, Caribbean or African": 0.04,
                       "Mixed or Multiple ethnic groups": 0.015, "Other ethnic group": 0.015, "Not stated": 0.03}
GENDER_MIX = {"Female": 0.58, "Male": 0.41, "Other": 0.005, "Not known": 0.005}
MISSING_SHARE = 0.012  # optional equality fields left blank, as in real extracts
YEAR = np.timedelta64(365, "D")


@dataclass(frozen=True)
class Scale:
    long_term_clients: int
    requests_factor: float  # multiplies the mid-sized council's monthly request and concern volumes
    safeguarding_per_year: int
    carers_per_year: int


SCALES = {
    "mid": Scale(long_term_clients=6_500, requests_factor=1.0, safeguarding_per_year=3_000, carers_per_year=450),
    "large": Scale(long_term_clients=30_000, requests_factor=4.6, safeguarding_per_year=14_000, carers_per_year=2_000),
}

# wait type label -> (requests a month, median wait in days at points in time, spread, team shares)
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
RISK_TYPES = {
    "Neglect and acts of omission": 0.3, "Physical": 0.2, "Financial or material": 0.15, "Psychological": 0.12,
    "Domestic abuse": 0.1, "Self-neglect": 0.08, "Sexual": 0.03, "Organisational": 0.02,
}
LOCATIONS = {"Own home": 0.46, "Care home": 0.3, "Hospital": 0.05, "In the community": 0.1, "Other": 0.09}
RISK_SOURCES = {"Known to individual": 0.5, "Service provider": 0.35, "Unknown to individual": 0.1, "Other": 0.05}
CONCERN_SOURCES = {"Police": 0.18, "Health": 0.24, "Social care staff": 0.2, "Care provider": 0.2, "Family": 0.1,
                   "Self": 0.03, "Other": 0.05}


def choose(rng, mix, size):
    labels = np.array(list(mix), dtype=object)
    weights = np.array(list(mix.values()), dtype=float)
    return labels[rng.choice(len(labels), size=size, p=weights / weights.sum())]


def trend(days, points):
    """Piecewise-linear value over time, e.g. a median wait that improves."""
    xs = np.array([np.datetime64(day).astype(int) for day, _ in points])
    ys = np.array([value for _, value in points], dtype=float)
    return np.interp(days.astype("datetime64[D]").astype(int), xs, ys)


def month_days(rng, rate, start=TIMELINE_START, end=TIMELINE_END):
    """Dates of events arriving at `rate` a month (Poisson), spread evenly within each month."""
    months = np.arange(start.astype("datetime64[M]"), end.astype("datetime64[M]") + 1)
    counts = rng.poisson(rate, size=len(months))
    firsts = np.repeat(months.astype("datetime64[D]"), counts)
    lengths = np.repeat(((months + 1).astype("datetime64[D]") - months.astype("datetime64[D]")).astype(int), counts)
    return firsts + (rng.random(len(firsts)) * lengths).astype(int)


def blank_some(rng, values, share=MISSING_SHARE):
    values = np.array(values, dtype=object)
    values[rng.random(len(values)) < share] = None
    return values


def ages(rng, size, older=True):
    if older:
        bands = rng.choice(4, size=size, p=[0.3, 0.2, 0.28, 0.22])
        low, high = np.array([18, 65, 75, 85])[bands], np.array([64, 74, 84, 101])[bands]
    else:
        low, high = np.full(size, 18), np.full(size, 90)
    return (low + rng.random(size) * (high - low + 1)).astype(int)


def ethnicities(rng, age):
    older = choose(rng, OLDER_ETHNICITY_MIX, len(age))
    younger = choose(rng, ETHNICITY_MIX, len(age))
    return np.where(age >= 65, older, younger)


def as_dates(values):
    """Day precision dates (NaT where unknown), as a spreadsheet export holds them."""
    return np.asarray(values, dtype="datetime64[D]").astype("datetime64[s]")


def month_end(period):
    return np.datetime64(period.end)


def frame(return_code, columns):
    """A DataFrame with the return's template headers in template order."""
    labels = {column.field: column.label for column in RETURNS[return_code].columns}
    return pd.DataFrame({labels[name]: values for name, values in columns.items()})[
        [labels[name] for name in columns]
    ]


class SyntheticCouncil:
    def __init__(self, scale="mid", seed=2026):
        """`scale` names one of SCALES or is a Scale (e.g. a tiny one for tests)."""
        self.scale = SCALES[scale] if isinstance(scale, str) else scale
        self.seed = seed
        self._waits = self._simulate_waits()
        self._clients, self._reviews = self._simulate_clients()
        self._concerns = self._simulate_concerns()
        self._carers = self._simulate_carers()

    def rng(self, part):
        return np.random.default_rng([self.seed, part])

    # -- simulation --------------------------------------------------------------------------------------------------
    def _simulate_waits(self):
        rng = self.rng(1)
        parts = []
        for wait_type, (rate, medians, spread, teams) in WAITS.items():
            requested = month_days(rng, rate * self.scale.requests_factor, start=TIMELINE_START - 2 * YEAR)
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

    def _simulate_clients(self):
        rng = self.rng(2)
        initial = self.scale.long_term_clients
        monthly_leaving = 0.016
        arrivals = month_days(rng, initial * monthly_leaving)
        starts = np.concatenate([TIMELINE_START - (rng.random(initial) * 6 * 365).astype(int), arrivals])
        size = len(starts)
        stay = rng.exponential(1 / monthly_leaving * 30.4, size).astype(int)
        ends = np.where(np.arange(size) < initial, TIMELINE_START + stay, starts + stay)
        team = choose(rng, {NORTH: 0.25, SOUTH: 0.24, EAST: 0.21, LD: 0.2, MH: 0.1}, size)
        clients = pd.DataFrame({
            "person_id": [f"C{n:07d}" for n in rng.permutation(size) + 2_000_000],
            "team": team, "start": starts, "end": ends,
            "support_setting": choose(rng, {"Community": 0.7, "Residential": 0.2, "Nursing": 0.1}, size),
            "no_last_review_recorded": rng.random(size) < 0.008,
        })
        reviews = []
        due = starts + YEAR
        slow = np.where(team == LD, 1.3, 1.0)
        for _ in range(20):
            kind = rng.random(size)
            delay = np.where(kind < 0.55, rng.normal(-5, 25, size),
                             np.where(kind < 0.9, rng.lognormal(np.log(100), 0.5, size), rng.uniform(250, 520, size)))
            completed = due + (delay * slow).astype(int)
            alive = completed < ends
            reviews.append(pd.DataFrame({
                "client": np.flatnonzero(alive), "due": due[alive], "completed": completed[alive],
                "planned": rng.random(alive.sum()) < 0.88,
            }))
            due = completed + YEAR
            if (due > TIMELINE_END).all():
                break
        return clients, pd.concat(reviews, ignore_index=True).sort_values("completed", kind="stable")

    def _simulate_concerns(self):
        rng = self.rng(3)
        received = month_days(rng, self.scale.safeguarding_per_year / 12, start=TIMELINE_START - YEAR)
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

    def _simulate_carers(self):
        rng = self.rng(4)
        requested = month_days(rng, self.scale.carers_per_year / 12, start=TIMELINE_START - np.timedelta64(365, "D"))
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

    # -- monthly returns -----------------------------------------------------------------------------------------------
    def waiting(self, period):
        end = month_end(period)
        rng = self.rng(100 + period.start.toordinal())
        rows = self._waits[(self._waits["date_requested"] <= end) & (self._waits["until"] > end)]
        return frame("waiting", {
            "person_id": rows["person_id"].to_numpy(), "team": rows["team"].to_numpy(),
            "wait_type": rows["wait_type"].to_numpy(), "date_requested": as_dates(rows["date_requested"].to_numpy()),
            "priority": rows["priority"].to_numpy(), "age": rows["age"].to_numpy(),
            "gender": blank_some(rng, rows["gender"]), "ethnicity": blank_some(rng, rows["ethnicity"]),
            "primary_support_reason": blank_some(rng, rows["primary_support_reason"]),
        })

    def reviews(self, period):
        end, start = month_end(period), np.datetime64(period.start)
        clients = self._clients
        active = clients[(clients["start"] <= end) & (clients["end"] > end)]
        done = self._reviews[self._reviews["completed"] <= end]
        done = done.drop_duplicates("client", keep="last").set_index("client")
        last = done["completed"].reindex(active.index).to_numpy()
        planned = done["planned"].reindex(active.index).to_numpy()
        last = last.astype("datetime64[D]")
        next_due = np.where(pd.isna(last), active["start"].to_numpy().astype("datetime64[D]") + YEAR, last + YEAR)
        in_month = ~pd.isna(last) & (last >= start)
        recorded_last = np.where(active["no_last_review_recorded"].to_numpy(), np.datetime64("NaT"), last)
        return frame("reviews", {
            "person_id": active["person_id"].to_numpy(), "team": active["team"].to_numpy(),
            "support_setting": active["support_setting"].to_numpy(),
            "last_review_date": as_dates(recorded_last), "next_review_due": as_dates(next_due),
            "review_completed_date": as_dates(np.where(in_month, last, np.datetime64("NaT"))),
            "review_type": np.where(in_month, np.where(planned == True, "Planned", "Unplanned"), None),  # noqa: E712
        })

    def safeguarding(self, period):
        end = month_end(period)
        concerns = self._concerns
        recent = (concerns["date_received"] > end - YEAR) & (concerns["date_received"] <= end)
        enquiry_open = concerns["enquiry_start"].notna() & ~(concerns["enquiry_concluded"] <= end)
        still_open = (concerns["date_received"] <= end) & ((concerns["decision_date"] > end) | enquiry_open)
        rows = concerns[recent | still_open]
        decided = (rows["decision_date"] <= end).to_numpy()
        started = (rows["enquiry_start"] <= end).to_numpy()
        concluded = (rows["enquiry_concluded"] <= end).to_numpy()
        rng = self.rng(200 + period.start.toordinal())

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

    def carers(self, period):
        end = month_end(period)
        carers = self._carers
        recent = (carers["date_requested"] > end - YEAR) & (carers["date_requested"] <= end)
        waiting = (carers["date_requested"] <= end) & (carers["date_assessed"] > end)
        rows = carers[recent | waiting]
        assessed = (rows["date_assessed"] <= end).to_numpy()
        rng = self.rng(300 + period.start.toordinal())
        return frame("carers", {
            "carer_id": rows["carer_id"].to_numpy(), "cared_for_id": rows["cared_for_id"].to_numpy(),
            "date_requested": as_dates(rows["date_requested"].to_numpy()),
            "date_assessed": as_dates(np.where(assessed, rows["date_assessed"].to_numpy(), np.datetime64("NaT"))),
            "outcome": np.where(assessed, rows["outcome"].to_numpy(), None),
            "support_type": np.where(assessed, rows["support_type"].to_numpy(), None),
            "carer_age": rows["carer_age"].to_numpy(), "young_carer": rows["young_carer"].to_numpy(),
            "gender": blank_some(rng, rows["gender"]), "ethnicity": blank_some(rng, rows["ethnicity"]),
        })

    def kpi(self, period, indicator_codes=("asc-survey-satisfaction", "social-work-vacancy-rate")):
        """A few aggregate rows for the quarter containing the month (values drift gently with time)."""
        from core.periods import QUARTER, Period

        quarter = Period.containing(QUARTER, period.start)
        rng = self.rng(400 + period.start.toordinal())
        values = [round(60 + 10 * rng.random(), 1) for _ in indicator_codes]
        return frame("kpi", {"indicator_code": list(indicator_codes), "period": [quarter.label] * len(indicator_codes),
                             "value": values, "note": ["Synthetic demo figure"] * len(indicator_codes)})

    def monthly(self, return_code, period):
        return getattr(self, return_code)(period)


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
