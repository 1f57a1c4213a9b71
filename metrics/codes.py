"""Coded values several families share: equality fields and age bands. Each list is (stored code, label).

A family's own codes live in its package (metrics/families/<family>/codes.py), with the synonyms accepted
in uploads beside them in columns.py; columns several returns share are in metrics/returns/shared.py.
"""

GENDERS = [("female", "Female"), ("male", "Male"), ("other", "Other"), ("not_known", "Not known")]

# ONS 2021 census high-level ethnic groups.
ETHNICITIES = [
    ("asian", "Asian, Asian British or Asian Welsh"),
    ("black", "Black, Black British, Black Welsh, Caribbean or African"),
    ("mixed", "Mixed or Multiple ethnic groups"),
    ("white", "White"),
    ("other", "Other ethnic group"),
    ("not_stated", "Not stated"),
]

AGE_BANDS = [("18-64", "18 to 64"), ("65-74", "65 to 74"), ("75-84", "75 to 84"), ("85+", "85 and over")]


def age_band(age):
    """Age band code for an adult's age in years, or '' when unknown or under 18."""
    if age is None or age < 18:
        return ""
    if age < 65:
        return "18-64"
    if age < 75:
        return "65-74"
    if age < 85:
        return "75-84"
    return "85+"


def label(choices, code):
    return dict(choices).get(code, code)
