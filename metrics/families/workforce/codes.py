"""Coded values of the workforce return: (stored code, label). Synonyms accepted in uploads are in columns.py.

Job roles follow the role groups of Skills for Care's local authority workforce data (direct care, manager or
supervisor, regulated professions, other), split where councils report them separately: social workers and
occupational therapists (regulated professions), unregistered assessors and practitioners, care and support
workers (direct care), managers and supervisors, and business support.
"""

ROLES = [
    ("social_worker", "Social worker"),
    ("occupational_therapist", "Occupational therapist"),
    ("assessor", "Assessor or practitioner (unregistered)"),
    ("care_worker", "Care or support worker"),
    ("manager", "Manager or supervisor"),
    ("business_support", "Business support"),
    ("other", "Other role"),
]
