"""Coded values of the finance return: (stored code, label). Synonyms accepted in uploads are in columns.py.

Service lines as councils report adult social care budgets to members, each mapped to the national Adult Social
Care Finance Return (ASC-FR) so that a line can be set beside the national report: long-term support settings of
worksheet FR001 (Residential, Nursing, Community: home care, Community: Direct Payments, Community: supported
living), short-term support of FR002 (ST-Max and other short-term support), and the non-SALT lines (social care
activities; information and early intervention; assistive equipment and technology; commissioning and service
delivery) for assessment and care management and "other". Source: NHS Digital, ASC-FR guidance (long term support
FR001 and non-SALT totals), https://production-like.nhsd.io/data-and-information/data-collections-and-data-sets/
data-collections/social-care-collection-materials-2024/adult-social-care-finance-return-asc-fr/general-guidance
"""

SERVICE_LINES = [
    ("residential", "Long-term residential care"),
    ("nursing", "Nursing care"),
    ("home_care", "Home care"),
    ("direct_payments", "Direct payments"),
    ("supported_living", "Supported living"),
    ("short_term", "Short-term support and reablement"),
    ("assessment", "Assessment and care management"),
    ("other", "Other adult social care"),
]
