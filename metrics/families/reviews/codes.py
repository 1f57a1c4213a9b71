"""Coded values of the reviews return: (stored code, label). Synonyms accepted in uploads are in columns.py."""

SUPPORT_SETTINGS = [("community", "Community"), ("residential", "Residential"), ("nursing", "Nursing")]

REVIEW_TYPES = [("planned", "Planned"), ("unplanned", "Unplanned")]
