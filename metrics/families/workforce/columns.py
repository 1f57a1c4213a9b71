"""Workforce return: a QUARTERLY SNAPSHOT of the council's own adult social care staff, by team and job role.

One row per team and role, as at the last day of the quarter (upload it for June, September, December or March):
posts, filled and vacant posts in full-time equivalents (FTE, 37 hours a week = 1), people in post now and 12 months
earlier, and the last 12 months' leavers, sickness days and agency spend, so that each quarter's return stands alone
(as Skills for Care's local authority return asks for leavers and sickness "in the last 12 months").
"""
from dataclasses import replace

import pandas as pd

from metrics.returns.base import CODE, INTEGER, NUMBER, SNAPSHOT, Column, Return
from metrics.returns.rules import findings
from metrics.returns.shared import TEAM_COLUMN, not_negative

from . import codes

QUARTER_END_MONTHS = (3, 6, 9, 12)
ROUNDING = 0.005  # FTE are typed to two decimal places

TEAM = replace(TEAM_COLUMN, description="The team or service the posts belong to, by its name in the dashboard or "
                                       "one of its aliases.")
ROLE = Column(
    "role", "Job role", CODE, required=True, description="The job role group of the posts on this row.",
    synonyms=("Role", "Role group", "Job role group", "Job title group"), codes=tuple(codes.ROLES), max_length=24,
    code_synonyms={
        "social_worker": ("SW", "Social workers", "Senior social worker", "Advanced practitioner", "AMHP"),
        "occupational_therapist": ("OT", "Occupational therapists"),
        "assessor": ("Social care assessor", "Community care officer", "Social work assistant", "Practitioner",
                     "OT assistant", "Assessment officer"),
        "care_worker": ("Care worker", "Support worker", "Senior care worker", "Reablement worker",
                        "Care and support worker"),
        "manager": ("Manager", "Team manager", "Supervisor", "Registered manager", "Senior manager"),
        "business_support": ("Admin", "Administration", "Business support officer", "Administrator"),
        "other": ("Other",),
    },
)
POSTS = Column("posts_fte", "Posts (FTE)", NUMBER, required=True,
               description="Funded posts in the establishment on the quarter's last day, in FTE (37 hours = 1).",
               synonyms=("Posts", "Establishment (FTE)", "Establishment", "Budgeted FTE"))
FILLED = Column("filled_fte", "Filled (FTE)", NUMBER, required=True,
                description="Posts filled by people the council employs (permanent or temporary), in FTE. Each "
                            "person counts at most 1 FTE. Agency workers are not counted here.",
                synonyms=("Filled posts (FTE)", "Filled posts", "Staff in post (FTE)", "FTE in post"))
VACANT = Column("vacant_fte", "Vacant (FTE)", NUMBER, required=True,
                description="Vacant posts (being recruited to or held open), in FTE. Posts frozen or deleted are "
                            "neither filled nor vacant.",
                synonyms=("Vacant posts (FTE)", "Vacancies (FTE)", "Vacancies", "Vacant posts"))
STAFF_IN_POST = Column("staff_in_post", "Staff in post", INTEGER, required=True,
                       description="People the council employs in these posts on the quarter's last day (headcount).",
                       synonyms=("Headcount", "Staff in post (headcount)", "Employees"))
STAFF_YEAR_AGO = Column("staff_in_post_year_ago", "Staff in post 12 months earlier", INTEGER, required=True,
                        description="Headcount in these posts on the same day a year earlier.",
                        synonyms=("Headcount 12 months ago", "Staff in post a year ago", "Headcount a year ago"))
LEAVERS = Column("leavers", "Leavers in the last 12 months", INTEGER, required=True,
                 description="People who left the council's employment from these posts in the 12 months to the "
                             "quarter's last day (headcount). Moves to another council team are not leavers.",
                 synonyms=("Leavers", "Leavers (12 months)", "Leavers in last 12 months"))
SICKNESS = Column("sickness_days", "Sickness days in the last 12 months", NUMBER, required=True,
                  description="Working days lost to sickness absence by staff in these posts in the 12 months to the "
                              "quarter's last day (FTE days).",
                  synonyms=("Sickness days", "Days lost to sickness", "Sickness absence days", "Days lost"))
AGENCY_FTE = Column("agency_fte", "Agency (FTE)", NUMBER, required=True,
                    description="Agency and interim workers covering these posts on the quarter's last day, in FTE.",
                    synonyms=("Agency FTE", "Agency staff (FTE)", "Agency workers (FTE)", "Locums (FTE)"))
AGENCY_SPEND = Column("agency_spend", "Agency spend in the last 12 months (£)", NUMBER,
                      description="Spent on agency and interim workers for these posts in the 12 months to the "
                                  "quarter's last day, in pounds.",
                      synonyms=("Agency spend", "Agency spend (£)", "Agency cost", "Agency costs (12 months)"))
TRAINING = Column("training_in_date", "Mandatory training in date", INTEGER, required=True,
                  description="Staff in post whose mandatory training is all in date on the quarter's last day.",
                  synonyms=("Mandatory training compliant", "Training in date", "Mandatory training complete"))
SUPERVISION = Column("supervision_in_date", "Supervision in date", INTEGER, required=True,
                     description="Staff in post whose last supervision is within the council's supervision policy "
                                 "interval on the quarter's last day.",
                     synonyms=("Supervision up to date", "Supervision compliant", "Supervised in date"))


def more_than(table, larger, than):
    """Rows where `larger` exceeds the sum of the `than` columns by more than rounding."""
    return table.values[larger] > sum(table.values[name] for name in than) + ROUNDING


def filled_over_posts(table):
    return findings(table, more_than(table, "filled_fte", ["posts_fte"]), "filled_fte", "filled_over_posts",
                    "Filled (FTE) is more than Posts (FTE). Count people over establishment as posts too.")


def vacant_over_unfilled(table):
    over = table.values["filled_fte"] + table.values["vacant_fte"] > table.values["posts_fte"] + ROUNDING
    return findings(table, over, "vacant_fte", "vacant_over_unfilled",
                    "Filled (FTE) plus Vacant (FTE) is more than Posts (FTE).")


def fte_over_headcount(table):
    # Each person counts at most one FTE (NHS Digital's staff of social services departments: "Anyone with more
    # than 37 working hours is treated as one WTE").
    return findings(table, more_than(table, "filled_fte", ["staff_in_post"]), "filled_fte", "fte_over_headcount",
                    "Filled (FTE) is more than Staff in post: each person counts at most 1 FTE.")


def in_date_over_staff(table):
    found = []
    for name in ("training_in_date", "supervision_in_date"):
        found += findings(table, more_than(table, name, ["staff_in_post"]), name, "in_date_over_staff",
                          f"{table.spec.column(name).label} is more than Staff in post.")
    return found


def quarter_end_month(table):
    month = table.context.period.start
    if month.month in QUARTER_END_MONTHS:
        return []
    rows = table.values.index
    first_row = pd.Series(rows == rows[0], index=rows)
    return findings(table, first_row, "team", "quarter_end_month",
                    f"The workforce return is quarterly: upload it for June, September, December or March (the "
                    f"quarter's last month), not {month:%B %Y}.")


NUMBERS = ("posts_fte", "filled_fte", "vacant_fte", "staff_in_post", "staff_in_post_year_ago", "leavers",
           "sickness_days", "agency_fte", "agency_spend", "training_in_date", "supervision_in_date")

RETURN = Return(
    code="workforce",
    title="Workforce",
    sheet_name="Workforce",
    model_name="WorkforceRecord",
    columns=(TEAM, ROLE, POSTS, FILLED, VACANT, STAFF_IN_POST, STAFF_YEAR_AGO, LEAVERS, SICKNESS, AGENCY_FTE,
             AGENCY_SPEND, TRAINING, SUPERVISION),
    semantics=(
        "Quarterly snapshot of the council's own adult social care staff: one row per team and job role, as at the "
        "last day of the quarter (upload it for June, September, December or March). Leavers, sickness days and "
        "agency spend are for the 12 months to that day."
    ),
    extract=SNAPSHOT,
    duplicate_key=("team", "role"),
    snapshot_field="snapshot_date",
    extra_rules=(not_negative(*NUMBERS), filled_over_posts, vacant_over_unfilled, fte_over_headcount,
                 in_date_over_staff, quarter_end_month),
)
