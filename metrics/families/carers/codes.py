"""Coded values of the carers return: (stored code, label). Synonyms accepted in uploads are in columns.py."""

CARER_OUTCOMES = [
    ("support_provided", "Support provided"),
    ("information_advice", "Information and advice"),
    ("no_support", "No support"),
    ("declined", "Declined"),
]
