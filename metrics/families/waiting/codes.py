"""Coded values of the waiting list return: (stored code, label). Synonyms accepted in uploads are in columns.py."""

WAIT_TYPES = [
    ("first_contact", "First contact"),
    ("care_act_assessment", "Care Act assessment"),
    ("ot_assessment", "Occupational therapy assessment"),
    ("carers_assessment", "Carer's assessment"),
    ("financial_assessment", "Financial assessment"),
    ("review", "Review"),
    ("dols_assessment", "DoLS assessment"),
    ("service_start", "Service start"),
]

PRIORITIES = [("urgent", "Urgent"), ("high", "High"), ("medium", "Medium"), ("low", "Low")]

PRIMARY_SUPPORT_REASONS = [
    ("physical", "Physical support"),
    ("sensory", "Sensory support"),
    ("memory_cognition", "Support with memory and cognition"),
    ("learning_disability", "Learning disability support"),
    ("mental_health", "Mental health support"),
    ("social", "Social support"),
    ("none", "No primary support reason"),
]
