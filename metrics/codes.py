"""Coded values shared by the record models, the returns and the calculators.

Each list is (stored code, label). Synonyms accepted in uploads live with each
return in `metrics/returns/`.
"""

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

PRIMARY_SUPPORT_REASONS = [
    ("physical", "Physical support"),
    ("sensory", "Sensory support"),
    ("memory_cognition", "Support with memory and cognition"),
    ("learning_disability", "Learning disability support"),
    ("mental_health", "Mental health support"),
    ("social", "Social support"),
    ("none", "No primary support reason"),
]

SUPPORT_SETTINGS = [("community", "Community"), ("residential", "Residential"), ("nursing", "Nursing")]

REVIEW_TYPES = [("planned", "Planned"), ("unplanned", "Unplanned")]

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

CARER_OUTCOMES = [
    ("support_provided", "Support provided"),
    ("information_advice", "Information and advice"),
    ("no_support", "No support"),
    ("declined", "Declined"),
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
