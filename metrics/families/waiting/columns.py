"""Waiting list return: a SNAPSHOT of everyone waiting as at the last day of the month.

One row per person per thing they wait for (a person waiting for a Care Act assessment and a
financial assessment has two rows). Each row is stored with snapshot_date = the month's last day.
The wait so far is snapshot_date - date requested.
"""
from metrics.returns.base import CODE, DATE, SNAPSHOT, Column, Return
from metrics.returns.shared import AGE, ETHNICITY, GENDER, PERSON_ID, TEAM_COLUMN

from . import codes

WAIT_TYPE = Column(
    "wait_type", "Waiting for", CODE, required=True, description="What the person is waiting for.",
    synonyms=("Wait type", "Awaiting", "Waiting list", "Waiting list type", "Type of wait"),
    codes=tuple(codes.WAIT_TYPES), max_length=24,
    code_synonyms={
        "first_contact": ("Contact", "First contact assessment", "Initial contact", "FC"),
        "care_act_assessment": (
            "Assessment", "Needs assessment", "Care Act", "CA assessment", "Social care assessment",
        ),
        "ot_assessment": ("OT", "OT assessment", "Occupational therapy", "OT review"),
        "carers_assessment": ("Carer assessment", "Carers", "Carers assessment"),
        "financial_assessment": ("Financial", "FA", "Finance assessment"),
        "review": ("Annual review", "Care review", "Care and support plan review"),
        "dols_assessment": ("DoLS", "Deprivation of Liberty Safeguards", "DoLS application"),
        "service_start": ("Awaiting service", "Service", "Package start", "Awaiting package"),
    },
)
DATE_REQUESTED = Column(
    "date_requested", "Date requested", DATE, required=True,
    description="The date the request (contact, referral or assessment request) was received.",
    synonyms=("Request date", "Date of request", "Referral date", "Date referred", "Requested"),
)
PRIORITY = Column(
    "priority", "Priority", CODE, description="Priority given at triage.", synonyms=("Priority level", "RAG priority"),
    codes=tuple(codes.PRIORITIES), max_length=8,
    code_synonyms={
        "urgent": ("P1", "Critical", "Immediate"), "high": ("P2",), "medium": ("P3", "Normal", "Standard"),
        "low": ("P4", "Routine"),
    },
)
PRIMARY_SUPPORT_REASON = Column(
    "primary_support_reason", "Primary support reason", CODE, description="Primary support reason (SALT categories).",
    synonyms=("PSR", "Support reason"), codes=tuple(codes.PRIMARY_SUPPORT_REASONS), max_length=20,
    code_synonyms={
        "physical": ("Physical", "Personal care support", "Access and mobility only"),
        "sensory": ("Visual impairment", "Hearing impairment", "Dual impairment"),
        "memory_cognition": ("Memory and cognition", "Dementia"),
        "learning_disability": ("LD", "Learning disability"),
        "mental_health": ("MH", "Mental health"),
        "social": ("Social", "Substance misuse support", "Asylum seeker support", "Support for social isolation"),
        "none": ("No PSR", "Not applicable", "None"),
    },
)

RETURN = Return(
    code="waiting",
    title="Waiting list snapshot",
    sheet_name="Waiting list",
    model_name="WaitingRecord",
    columns=(
        PERSON_ID, TEAM_COLUMN, WAIT_TYPE, DATE_REQUESTED, PRIORITY, AGE, GENDER, ETHNICITY, PRIMARY_SUPPORT_REASON,
    ),
    semantics=(
        "Snapshot: everyone waiting as at the last day of the month, one row per person per thing they wait for. "
        "The wait so far is counted from the date requested to the month's last day."
    ),
    extract=SNAPSHOT,
    duplicate_key=("person_id", "wait_type"),
    snapshot_field="snapshot_date",
)
