"""Coded values of the safeguarding return: (stored code, label). Synonyms accepted in uploads are in columns.py."""

SAFEGUARDING_DECISIONS = [
    ("section_42", "Section 42 enquiry"),
    ("other_enquiry", "Other enquiry"),
    ("no_enquiry", "No enquiry"),
]

DESIRED_OUTCOMES = [
    ("fully", "Fully achieved"),
    ("partially", "Partially achieved"),
    ("not_achieved", "Not achieved"),
    ("not_expressed", "Not expressed"),
]

RISK_OUTCOMES = [("removed", "Risk removed"), ("reduced", "Risk reduced"), ("remains", "Risk remains")]
