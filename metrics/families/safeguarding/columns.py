"""Safeguarding return: a ROLLING EXTRACT, not a snapshot and not only the month's new concerns.

The return for month M lists every safeguarding concern received in the 12 months up to the last
day of M, plus any older concern still open then, each with its state (decision, enquiry dates,
outcomes) as at the last day of M. Flow measures for a month therefore count concerns whose
date received falls in that month, using the latest confirmed return that covers it.
"""
from metrics.returns.base import BOOLEAN, CODE, DATE, ROLLING, TEXT, Column, Return
from metrics.returns.shared import AGE, ETHNICITY, GENDER, PERSON_ID

from . import codes

CONCERN_ID = Column(
    "concern_id", "Concern ID", TEXT, required=True, description="Identifier of the safeguarding concern.",
    synonyms=("Concern ref", "Concern reference", "Safeguarding ID", "Referral ID"),
)
DATE_RECEIVED = Column(
    "date_received", "Date received", DATE, required=True, description="Date the concern was received.",
    synonyms=("Concern date", "Date of concern", "Received"),
)
SOURCE_OF_CONCERN = Column(
    "source_of_concern", "Source of concern", TEXT, max_length=60,
    description="Who raised the concern (e.g. Police, Health, Family, Care provider).",
    synonyms=("Referral source", "Concern source", "Referrer"),
)
DECISION_DATE = Column(
    "decision_date", "Date of decision", DATE, expected=False,
    description="Date of the decision whether to hold an enquiry (blank while undecided).",
    synonyms=("Decision date", "Date decided"),
)
DECISION = Column(
    "decision", "Decision", CODE, expected=False, description="What was decided about the concern.",
    synonyms=("Outcome of concern", "Concern outcome", "Enquiry decision"),
    codes=tuple(codes.SAFEGUARDING_DECISIONS), max_length=14,
    code_synonyms={
        "section_42": ("S42", "S42 enquiry", "Section 42", "Statutory enquiry"),
        "other_enquiry": ("Other", "Non-statutory enquiry", "S42(2) other enquiry"),
        "no_enquiry": ("No further action", "NFA", "None"),
    },
)
ENQUIRY_START = Column(
    "enquiry_start", "Enquiry start date", DATE, expected=False, description="Date the enquiry started, if any.",
    synonyms=("Enquiry start", "Enquiry started", "Date enquiry started"),
)
ENQUIRY_CONCLUDED = Column(
    "enquiry_concluded", "Enquiry concluded date", DATE, expected=False,
    description="Date the enquiry concluded (blank while open).",
    synonyms=("Enquiry concluded", "Enquiry end date", "Date enquiry concluded", "Enquiry closed"),
)
RISK_TYPES = Column(
    "risk_types", "Type of risk", TEXT, max_length=200,
    description="Type(s) of abuse or risk, separated by semicolons (e.g. Neglect; Financial).",
    synonyms=("Types of risk", "Risk types", "Abuse type", "Type of abuse", "Category of abuse"),
)
LOCATION = Column(
    "location", "Location of risk", TEXT, max_length=60, description="Where the risk arose (e.g. Own home, Care home).",
    synonyms=("Location", "Setting of abuse", "Location of abuse"),
)
SOURCE_OF_RISK = Column(
    "source_of_risk", "Source of risk", TEXT, max_length=60,
    description="Who or what the risk came from (e.g. Service provider, Known to individual).",
    synonyms=("Risk source", "Alleged perpetrator type"),
)
MSP_ASKED = Column(
    "msp_asked", "MSP asked", BOOLEAN, expected=False,
    description="Making Safeguarding Personal: was the person (or representative) asked about desired outcomes?",
    synonyms=("Making Safeguarding Personal asked", "Desired outcomes asked", "Asked about outcomes"),
)
DESIRED_OUTCOMES = Column(
    "desired_outcomes", "Desired outcomes", CODE, expected=False,
    description="Whether the outcomes the person wanted were achieved.",
    synonyms=("Desired outcomes achieved", "Outcomes achieved", "MSP outcome"),
    codes=tuple(codes.DESIRED_OUTCOMES), max_length=14,
    code_synonyms={
        "fully": ("Fully", "Achieved", "Yes"), "partially": ("Partially", "Partly", "Partially met"),
        "not_achieved": ("No", "Not met"), "not_expressed": ("Not asked", "No outcomes expressed", "Not expressed"),
    },
)
RISK_OUTCOME = Column(
    "risk_outcome", "Risk outcome", CODE, expected=False, description="What happened to the risk by the enquiry's end.",
    synonyms=("Outcome of risk", "Risk result"), codes=tuple(codes.RISK_OUTCOMES), max_length=8,
    code_synonyms={"removed": ("Removed",), "reduced": ("Reduced",), "remains": ("Remains", "Risk remained")},
)


def decision_without_date(frame):
    return frame["decision"].notna() & frame["decision_date"].isna()


def enquiry_concluded_without_start(frame):
    return frame["enquiry_concluded"].notna() & frame["enquiry_start"].isna()


RETURN = Return(
    code="safeguarding",
    title="Safeguarding",
    sheet_name="Safeguarding",
    model_name="SafeguardingConcern",
    columns=(
        CONCERN_ID, PERSON_ID, DATE_RECEIVED, SOURCE_OF_CONCERN, DECISION_DATE, DECISION, ENQUIRY_START,
        ENQUIRY_CONCLUDED, RISK_TYPES, LOCATION, SOURCE_OF_RISK, MSP_ASKED, DESIRED_OUTCOMES, RISK_OUTCOME,
        AGE, GENDER, ETHNICITY,
    ),
    semantics=(
        "Rolling extract: every concern received in the 12 months up to the last day of the month, plus any "
        "older concern still open then, each with its state as at the month's last day."
    ),
    extract=ROLLING,
    duplicate_key=("concern_id",),
    date_order=(
        ("date_received", "decision_date"),
        ("decision_date", "enquiry_start"),
        ("enquiry_start", "enquiry_concluded"),
    ),
    key_date_checks=(
        ("Decision recorded without a decision date", decision_without_date),
        ("Enquiry concluded without a start date", enquiry_concluded_without_start),
    ),
)
