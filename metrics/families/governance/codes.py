"""Coded values of the governance and learning return: (stored code, label). Synonyms are in columns.py."""

ITEM_TYPES = [
    ("sar_action", "Safeguarding adults review action"),
    ("complaint_learning", "Complaint learning action"),
    ("audit", "Audit in the audit plan"),
    ("policy", "Policy or procedure"),
]
