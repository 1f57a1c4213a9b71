"""The reference list of councils with adult social services responsibilities (fixtures/councils.csv, sources in
fixtures/README.md), loaded as Areas with England and the nine regions, and the council codes that no longer exist
(fixtures/councils_former.csv). National files are matched to these; nothing else becomes a council."""
import csv
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.db import transaction

from ..models import Area

FIXTURES = Path(settings.BASE_DIR) / "fixtures"
COUNCILS_FILE = FIXTURES / "councils.csv"
FORMER_FILE = FIXTURES / "councils_former.csv"


@dataclass(frozen=True)
class ListedCouncil:
    ons_code: str
    cassr_code: str
    name: str
    region_code: str
    region_name: str
    type: str


@dataclass(frozen=True)
class FormerCouncil:
    ons_code: str
    name: str
    ended: str
    replaced_by: tuple
    recoded: bool

    @property
    def note(self):
        if self.recoded:
            return f"{self.name} ({self.ons_code}) is now {self.replaced_by[0]}"
        return f"{self.name} ({self.ons_code}) ended on {self.ended}; its figures are not compared with today's councils"


def _rows(path):
    with open(path, newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def read_councils(path=COUNCILS_FILE):
    return [ListedCouncil(row["ons_code"], row["cassr_code"], row["name"], row["region_code"], row["region_name"],
                          row["type"]) for row in _rows(path)]


def read_former_councils(path=FORMER_FILE):
    """{former ONS code: FormerCouncil}."""
    return {row["ons_code"]: FormerCouncil(row["ons_code"], row["name"], row["ended"],
                                           tuple(row["replaced_by"].split(";")), row["recoded"] == "yes")
            for row in _rows(path)}


@transaction.atomic
def load_councils(path=COUNCILS_FILE):
    """England, the regions and every listed council, created or updated (names, codes, regions and types from
    the list); councils no longer listed are marked so. Returns (created, updated, unlisted) council counts."""
    councils = read_councils(path)
    Area.objects.update_or_create(code=Area.ENGLAND_CODE, defaults={"name": "England", "kind": Area.ENGLAND})
    regions = {}
    for code, name in sorted({(c.region_code, c.region_name) for c in councils}):
        regions[code], _ = Area.objects.update_or_create(code=code, defaults={"name": name, "kind": Area.REGION})
    created = 0
    for council in councils:
        _, was_created = Area.objects.update_or_create(code=council.ons_code, defaults={
            "name": council.name, "kind": Area.COUNCIL, "region": regions[council.region_code],
            "cassr_code": council.cassr_code, "council_type": council.type, "listed": True,
        })
        created += was_created
    unlisted = Area.objects.filter(listed=True).exclude(code__in=[c.ons_code for c in councils]).update(listed=False)
    return created, len(councils) - created, unlisted
