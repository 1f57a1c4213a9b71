"""Carers return: a ROLLING EXTRACT of carer's assessment requests.

The return for month M lists every carer's assessment request received in the 12 months up to
the last day of M, plus any older request still waiting then, each with its state (date assessed,
outcome) as at the last day of M.
"""
from metrics.returns.base import BOOLEAN, CODE, DATE, INTEGER, ROLLING, TEXT, Column, Return
from metrics.returns.shared import ETHNICITY, GENDER

from . import codes

CARER_ID = Column(
    "carer_id", "Carer ID", TEXT, required=True, description="Pseudonymous identifier of the carer.",
    synonyms=("Carer ref", "Carer reference", "Carer person ID"),
)
CARED_FOR_ID = Column(
    "cared_for_id", "Cared-for person ID", TEXT, expected=False,
    description="Pseudonymous identifier of the person cared for, if known to adult social care.",
    synonyms=("Cared for ID", "Cared-for ID", "Service user ID"),
)
DATE_REQUESTED = Column(
    "date_requested", "Date requested", DATE, required=True, description="Date the carer's assessment was requested.",
    synonyms=("Request date", "Referral date", "Date of request"),
)
DATE_ASSESSED = Column(
    "date_assessed", "Date assessed", DATE, expected=False,
    description="Date the assessment was completed (blank while waiting).",
    synonyms=("Assessment date", "Date of assessment", "Assessment completed"),
)
OUTCOME = Column(
    "outcome", "Outcome", CODE, expected=False, description="Outcome of the assessment.",
    synonyms=("Assessment outcome", "Result"), codes=tuple(codes.CARER_OUTCOMES), max_length=20,
    code_synonyms={
        "support_provided": ("Support", "Direct payment", "Services provided", "Carer support provided"),
        "information_advice": ("Information", "Advice", "Information only", "IAG"),
        "no_support": ("No support provided", "No services", "Not eligible"),
        "declined": ("Refused", "Carer declined", "Withdrawn"),
    },
)
SUPPORT_TYPE = Column(
    "support_type", "Support type", TEXT, expected=False, max_length=100,
    description="Support provided (e.g. Direct payment, Respite, Carers' break).",
    synonyms=("Type of support", "Service type"),
)
CARER_AGE = Column(
    "carer_age", "Carer age", INTEGER, description="The carer's age in whole years.", synonyms=("Age", "Age of carer"),
    minimum=5, maximum=110,
)
YOUNG_CARER = Column(
    "young_carer", "Young carer", BOOLEAN, expected=False,
    description="Yes if the carer is a young carer (under 18) or young adult carer in transition; blank means No.",
    synonyms=("Young carer flag", "Is young carer", "Young adult carer"),
)


def outcome_without_assessment_date(frame):
    return frame["outcome"].notna() & frame["date_assessed"].isna()


RETURN = Return(
    code="carers",
    title="Carers",
    sheet_name="Carers",
    model_name="CarerRecord",
    columns=(CARER_ID, CARED_FOR_ID, DATE_REQUESTED, DATE_ASSESSED, OUTCOME, SUPPORT_TYPE, CARER_AGE, YOUNG_CARER,
             GENDER, ETHNICITY),
    semantics=(
        "Rolling extract: every carer's assessment request received in the 12 months up to the last day of the "
        "month, plus any older request still waiting then, each with its state as at the month's last day."
    ),
    extract=ROLLING,
    duplicate_key=("carer_id", "date_requested"),
    date_order=(("date_requested", "date_assessed"),),
    key_date_checks=(("Outcome recorded without an assessment date", outcome_without_assessment_date),),
)
