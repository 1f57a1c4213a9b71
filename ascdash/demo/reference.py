"""Reference data for the demo council: a fictional mid-sized unitary, its region, England and its teams."""
from django.conf import settings
from django.db import transaction

from metrics.models import Area, PopulationProfile, Team

DEMO_REGION = ("E12000004", "East Midlands")
DEMO_COUNCIL_NAME = "Northmoor City Council"
DEMO_TEAMS = [
    ("North Locality", Team.LOCALITY, ["North Team", "Locality North"]),
    ("South Locality", Team.LOCALITY, ["South Team", "Locality South"]),
    ("East Locality", Team.LOCALITY, ["East Team", "Locality East"]),
    ("Learning Disability Team", Team.SPECIALIST, ["LD Team", "Learning Disabilities"]),
    ("Mental Health Team", Team.SPECIALIST, ["MH Team"]),
    ("Occupational Therapy Team", Team.SPECIALIST, ["OT Team"]),
    ("Hospital Discharge Team", Team.SPECIALIST, ["Hospital Team"]),
    # The council's own provider and support services: their staff are in the workforce return.
    ("Reablement Service", Team.SPECIALIST, ["Reablement", "Home First Reablement"]),
    ("Day Opportunities Service", Team.SPECIALIST, ["Day Opportunities", "Day Services"]),
    ("Business Support Team", Team.SPECIALIST, ["Business Support", "ASC Business Support"]),
]
# Adult (18+) population, 2021 census shape for a diverse East Midlands city (synthetic).
DEMO_POPULATION = {
    "ethnicity": {"asian": 74_000, "black": 17_000, "mixed": 9_000, "white": 152_000, "other": 8_000},
    "age_band": {"18-64": 205_000, "65-74": 25_000, "75-84": 16_000, "85+": 6_000},
    "gender": {"female": 128_000, "male": 124_000},
}
POPULATION_YEAR = 2021


@transaction.atomic
def load_reference():
    england, _ = Area.objects.update_or_create(
        code=Area.ENGLAND_CODE, defaults={"name": "England", "kind": Area.ENGLAND}
    )
    region, _ = Area.objects.update_or_create(
        code=DEMO_REGION[0], defaults={"name": DEMO_REGION[1], "kind": Area.REGION}
    )
    council, _ = Area.objects.update_or_create(
        code=settings.ASCDASH_HOME_AREA,
        defaults={"name": DEMO_COUNCIL_NAME, "kind": Area.COUNCIL, "region": region},
    )
    for name, kind, aliases in DEMO_TEAMS:
        Team.objects.update_or_create(name=name, defaults={"kind": kind, "aliases": aliases})
    for dimension, counts in DEMO_POPULATION.items():
        for category, population in counts.items():
            PopulationProfile.objects.update_or_create(
                area=council, year=POPULATION_YEAR, dimension=dimension, category=category,
                defaults={"population": population},
            )
    return council
