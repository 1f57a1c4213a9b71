"""Columns several returns share: person identifiers, team and the equality fields; the rule for amounts that
cannot be negative."""
from .. import codes
from .base import CODE, INTEGER, TEAM, TEXT, Column
from .rules import findings

PERSON_ID = Column(
    "person_id", "Person ID", TEXT, required=True,
    description="Pseudonymous identifier of the person from the case-management system (never a name or NHS number).",
    synonyms=("Client ID", "Person ref", "Person reference", "Service user ID", "Mosaic ID", "LAS ID", "Client ref"),
)
TEAM_COLUMN = Column(
    "team", "Team", TEAM, required=True,
    description="The team responsible, by its name in the dashboard or one of its aliases.",
    synonyms=("Team name", "Allocated team", "Responsible team", "Worker team"),
)
AGE = Column(
    "age", "Age", INTEGER, description="Age in whole years at the snapshot or request date.",
    synonyms=("Age in years", "Age (years)", "Client age"), minimum=0, maximum=120,
)
GENDER = Column(
    "gender", "Gender", CODE, description="Gender as recorded.", synonyms=("Sex", "Gender identity"),
    codes=tuple(codes.GENDERS), max_length=10,
    code_synonyms={
        "female": ("F", "Woman"), "male": ("M", "Man"),
        "other": ("Non-binary", "X", "Other gender"), "not_known": ("Unknown", "U", "Not stated", "Prefer not to say"),
    },
)
ETHNICITY = Column(
    "ethnicity", "Ethnicity", CODE, description="ONS 2021 census high-level ethnic group.",
    synonyms=("Ethnic group", "Ethnic origin", "Ethnicity group"), codes=tuple(codes.ETHNICITIES),
    code_synonyms={
        "asian": ("Asian", "Asian or Asian British", "Indian", "Pakistani", "Bangladeshi", "Chinese", "Other Asian"),
        "black": ("Black", "Black or Black British", "Caribbean", "African", "Other Black"),
        "mixed": ("Mixed", "Mixed or multiple", "White and Black Caribbean", "White and Asian", "Other mixed"),
        "white": ("White British", "English, Welsh, Scottish, Northern Irish or British", "Irish", "White Irish",
                  "Gypsy or Irish Traveller", "Roma", "Other White", "White other"),
        "other": ("Arab", "Any other ethnic group", "Other"),
        "not_stated": ("Not known", "Unknown", "Refused", "Prefer not to say", "Not recorded"),
    },
)


def not_negative(*field_names):
    """A rule for amounts that cannot be below zero (pounds, FTE, people, days): each negative value is an error
    saying so, rather than the 'must be a number' a minimum would give."""

    def rule(table):
        found = []
        for name in field_names:
            label = table.spec.column(name).label
            found += findings(table, table.values[name] < 0, name, "not_negative",
                              f"{label} is negative; it must be 0 or more.")
        return found

    rule.__name__ = "not_negative"
    return rule
