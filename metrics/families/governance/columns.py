"""Governance and learning return: a MONTHLY SNAPSHOT of four registers the council keeps, as at the month's last
day: actions from safeguarding adults reviews (SARs), learning actions from complaints, the audit plan (case-file
and practice audits) and the policy register.

One row per action, audit or policy, whatever its state. For an action: when it is due and when it was completed;
for an audit: when it was planned to be finished and when it was; for a policy: when its next review is due and
when it was last approved.
"""
from metrics.returns.base import CODE, DATE, SNAPSHOT, TEXT, Column, Return
from metrics.returns.rules import WARNING, findings

from . import codes

ITEM_TYPE = Column(
    "item_type", "Item type", CODE, required=True, description="Which register the row comes from.",
    synonyms=("Type", "Register", "Category"), codes=tuple(codes.ITEM_TYPES), max_length=20,
    code_synonyms={
        "sar_action": ("SAR action", "SAR", "Safeguarding adults review", "SAR recommendation"),
        "complaint_learning": ("Complaint learning", "Complaint action", "Learning from complaints",
                               "Complaints learning action"),
        "audit": ("Audit", "Case file audit", "Practice audit", "Audit plan"),
        "policy": ("Policy", "Procedure", "Policy/procedure", "Guidance"),
    },
)
REFERENCE = Column("reference", "Reference", TEXT, required=True, max_length=40,
                   description="The register's own reference for the action, audit or policy (e.g. SAR-2025-02/4).",
                   synonyms=("Ref", "ID", "Action reference", "Action ID"))
TITLE = Column("title", "Title", TEXT, expected=False, max_length=300, description="A short description.",
               synonyms=("Action", "Description", "Name", "Policy name", "Audit"))
DUE_DATE = Column("due_date", "Due date", DATE, required=True, may_be_future=True,
                  description="When the action is due, the audit is planned to be finished, or the policy's next "
                              "review is due.",
                  synonyms=("Due", "Target date", "Planned completion", "Next review due", "Review date"))
COMPLETED_DATE = Column("completed_date", "Completed date", DATE, expected=False,
                        description="When the action was completed, the audit finished, or the policy last reviewed "
                                    "and approved (blank if not yet).",
                        synonyms=("Completed", "Date completed", "Date closed", "Closed date", "Last reviewed",
                                  "Date approved"))
OWNER = Column("owner", "Owner", TEXT, expected=False, max_length=120, description="Who is responsible.",
               synonyms=("Lead", "Responsible officer", "Action owner"))


def policy_review_due_before_last_review(table):
    values = table.values
    stale = (values["item_type"] == "policy") & (values["due_date"] < values["completed_date"])
    return findings(table, stale, "due_date", "policy_review_dates",
                    "The policy's next review is due before its last review: update the next review date.", WARNING)


RETURN = Return(
    code="governance",
    title="Governance and learning",
    sheet_name="Governance",
    model_name="GovernanceItem",
    columns=(ITEM_TYPE, REFERENCE, TITLE, DUE_DATE, COMPLETED_DATE, OWNER),
    semantics=(
        "Monthly snapshot of four registers as at the month's last day: safeguarding adults review actions, "
        "complaint learning actions, the audit plan and the policy register, one row per action, audit or policy."
    ),
    extract=SNAPSHOT,
    duplicate_key=("item_type", "reference"),
    snapshot_field="snapshot_date",
    extra_rules=(policy_review_due_before_last_review,),
)
