"""Reviews return: a SNAPSHOT of long-term clients as at the last day of the month.

One row per person receiving long-term support on the month's last day, with their last review,
when the next is due and the date of any review completed in the month. Stored with
snapshot_date = the month's last day. "Overdue" means next review due before snapshot_date.
"""
from metrics.returns.base import CODE, DATE, SNAPSHOT, Column, Return
from metrics.returns.shared import PERSON_ID, TEAM_COLUMN

from . import codes

SUPPORT_SETTING = Column(
    "support_setting", "Support setting", CODE, required=True, description="Where the long-term support is provided.",
    synonyms=("Setting", "Service setting", "Care setting"), codes=tuple(codes.SUPPORT_SETTINGS), max_length=12,
    code_synonyms={
        "community": ("Community based", "Home care", "Direct payment", "Supported living", "Day care"),
        "residential": ("Residential care", "Res", "Care home"),
        "nursing": ("Nursing care", "Nursing home", "Care home with nursing"),
    },
)
LAST_REVIEW = Column(
    "last_review_date", "Last review date", DATE,
    description="Date of the most recent completed review (blank if never).",
    synonyms=("Last review", "Date of last review", "Previous review date"),
)
NEXT_REVIEW_DUE = Column(
    "next_review_due", "Next review due", DATE, description="Date the next review is due (may be in the future).",
    synonyms=("Next review date", "Review due date", "Due date", "Next review"), may_be_future=True,
)
REVIEW_COMPLETED = Column(
    "review_completed_date", "Review completed in month", DATE, expected=False,
    description="Date a review was completed during this month, if one was.",
    synonyms=("Review completed date", "Completed review date", "Date review completed"),
)
REVIEW_TYPE = Column(
    "review_type", "Review type", CODE, expected=False, description="Whether the review in the month was planned.",
    synonyms=("Planned or unplanned", "Planned/unplanned"), codes=tuple(codes.REVIEW_TYPES), max_length=10,
    code_synonyms={"planned": ("Scheduled", "Annual"), "unplanned": ("Unscheduled", "Crisis", "Urgent")},
)


def missing_last_review(frame):
    return frame["last_review_date"].isna()


def missing_next_review_due(frame):
    return frame["next_review_due"].isna()


RETURN = Return(
    code="reviews",
    title="Reviews",
    sheet_name="Reviews",
    model_name="ReviewRecord",
    columns=(PERSON_ID, TEAM_COLUMN, SUPPORT_SETTING, LAST_REVIEW, NEXT_REVIEW_DUE, REVIEW_COMPLETED, REVIEW_TYPE),
    semantics=(
        "Snapshot: every person receiving long-term support on the last day of the month, one row each. "
        "A review is overdue when its due date is before the month's last day."
    ),
    extract=SNAPSHOT,
    duplicate_key=("person_id",),
    date_order=(("last_review_date", "next_review_due"),),
    snapshot_field="snapshot_date",
    key_date_checks=(
        ("No last review date", missing_last_review),
        ("No next review due date", missing_next_review_due),
    ),
)
