"""The synthetic council's own adult social care staff, cut into quarterly workforce returns (quarter ends only).

Size: about 480 FTE posts held by about 530 people in ten teams: the social work and occupational therapy
teams, and the council's own reablement, day opportunities and business support services. Local authority adult
social services departments held 113,300 jobs (92,400 whole-time equivalents) in September 2019 (NHS Digital,
Personal Social Services: Staff of Social Services Departments, England 2019, organisational level analysis), about
740 jobs for each of the 152 councils then; the demo council is a mid-sized unitary that has outsourced its care
homes and most home care, so it sits below that average.

Story: social work vacancies (about 16% in 2023) fall towards 10% as a recruitment and retention plan takes hold;
agency use falls with them; turnover eases from about 16% to 13%; sickness stays near 11 to 13 days per FTE
(Skills for Care reported 10.4 days per worker for local authority staff in its 2019 report); training compliance
climbs from 84% to 91%; supervision dips in winter 2025-26 and recovers.
"""
import numpy as np

from .common import (
    BUSINESS_SUPPORT, DAY_OPPORTUNITIES, EAST, HOSPITAL, LD, MH, NORTH, OT, REABLEMENT, SOUTH, frame, trend,
)

MONTHS = (3, 6, 9, 12)  # a quarterly return: made for each quarter's last month only

# team: {role label: funded posts (FTE)}
ESTABLISHMENT = {
    NORTH: {"Social worker": 16, "Assessor or practitioner (unregistered)": 9, "Manager or supervisor": 3,
            "Business support": 3},
    SOUTH: {"Social worker": 15, "Assessor or practitioner (unregistered)": 8, "Manager or supervisor": 3,
            "Business support": 3},
    EAST: {"Social worker": 13, "Assessor or practitioner (unregistered)": 7, "Manager or supervisor": 3,
           "Business support": 2},
    LD: {"Social worker": 12, "Assessor or practitioner (unregistered)": 6, "Manager or supervisor": 2,
         "Business support": 2},
    MH: {"Social worker": 11, "Assessor or practitioner (unregistered)": 3, "Manager or supervisor": 2,
         "Business support": 1},
    OT: {"Occupational therapist": 15, "Assessor or practitioner (unregistered)": 12, "Manager or supervisor": 2,
         "Business support": 1},
    HOSPITAL: {"Social worker": 12, "Assessor or practitioner (unregistered)": 6, "Occupational therapist": 3,
               "Manager or supervisor": 2, "Business support": 2},
    REABLEMENT: {"Care or support worker": 150, "Manager or supervisor": 14, "Occupational therapist": 5,
                 "Business support": 4},
    DAY_OPPORTUNITIES: {"Care or support worker": 72, "Manager or supervisor": 8, "Other role": 6},
    BUSINESS_SUPPORT: {"Business support": 38, "Manager or supervisor": 3, "Other role": 4},
}
# role: (vacancy 2023, vacancy 2026, people per FTE, agency cover of vacancies 2023, agency cost per FTE-year)
ROLES = {
    "Social worker": (0.16, 0.10, 1.06, 0.75, 78_000),
    "Occupational therapist": (0.14, 0.09, 1.08, 0.6, 70_000),
    "Assessor or practitioner (unregistered)": (0.09, 0.07, 1.1, 0.3, 42_000),
    "Care or support worker": (0.11, 0.08, 1.32, 0.4, 36_000),
    "Manager or supervisor": (0.06, 0.05, 1.02, 0.5, 95_000),
    "Business support": (0.07, 0.06, 1.2, 0.2, 30_000),
    "Other role": (0.05, 0.05, 1.25, 0.0, 28_000),
}
START, END = np.datetime64("2023-06-30"), np.datetime64("2026-12-31")
TURNOVER = [(START, 0.16), ("2025-03-31", 0.145), (END, 0.13)]
SICKNESS_DAYS = [(START, 12.6), ("2024-12-31", 11.4), ("2025-12-31", 12.1), (END, 11.2)]
TRAINING = [(START, 0.84), ("2025-03-31", 0.88), (END, 0.91)]
SUPERVISION = [(START, 0.79), ("2025-09-30", 0.85), ("2025-12-31", 0.76), ("2026-06-30", 0.84), (END, 0.86)]


def simulate(council):
    """The establishment: one row per team and role, with each row's lasting difference from the average."""
    rng = council.rng(7)
    rows = [(team, role, posts) for team, roles in ESTABLISHMENT.items() for role, posts in roles.items()]
    return {"rows": rows, "effect": rng.normal(1.0, 0.15, len(rows))}


def progress(day):
    """0 in June 2023, 1 by December 2026: how far the recruitment and retention plan has got."""
    return float(np.clip((np.datetime64(day) - START) / (END - START), 0, 1))


def staffing(council, simulated, day):
    """Posts, filled, vacant, agency and people in post for each row on `day` (a quarter's last day)."""
    rng = council.rng(int(np.datetime64(day, "D").astype(int)))
    done = progress(day)
    result = []
    for (team, role, posts), effect in zip(simulated["rows"], simulated["effect"]):
        early, late, people_per_fte, cover, _ = ROLES[role]
        rate = (early + (late - early) * done) * effect * rng.normal(1.0, 0.12)
        vacant = round(float(np.clip(posts * rate, 0, posts)), 1)
        filled = round(posts - vacant, 1)
        agency = round(vacant * cover * (1 - 0.5 * done) * rng.uniform(0.7, 1.1), 1)
        people = int(np.ceil(filled * people_per_fte))
        result.append((team, role, posts, filled, vacant, agency, people))
    return result


def monthly(council, simulated, period):
    day = np.datetime64(period.end)
    now = staffing(council, simulated, day)
    year_ago = staffing(council, simulated, np.datetime64(period.same_period_last_year().end))
    rng = council.rng(10_000 + int(day.astype("datetime64[D]").astype(int)))
    columns = {name: [] for name in ("team", "role", "posts_fte", "filled_fte", "vacant_fte", "staff_in_post",
                                     "staff_in_post_year_ago", "leavers", "sickness_days", "agency_fte",
                                     "agency_spend", "training_in_date", "supervision_in_date")}
    days = np.array([day])
    for (team, role, posts, filled, vacant, agency, people), earlier in zip(now, year_ago):
        average = (people + earlier[-1]) / 2
        sickness = filled * trend(days, SICKNESS_DAYS)[0] * rng.uniform(0.7, 1.3)
        values = (team, role, posts, filled, vacant, people, earlier[-1],
                  int(rng.poisson(average * trend(days, TURNOVER)[0])), round(sickness, 1), agency,
                  round(agency * ROLES[role][4] * rng.uniform(0.9, 1.1), -2),
                  int(rng.binomial(people, min(1.0, trend(days, TRAINING)[0]))),
                  int(rng.binomial(people, min(1.0, trend(days, SUPERVISION)[0]))))
        for name, value in zip(columns, values):
            columns[name].append(value)
    return frame("workforce", columns)
