"""Which stored area a file's row is about: England, a region, a listed council or the home council. Nothing is
created here: councils come from the reference list (metrics.services.councils, `load_indicators`).

Councils are matched by ONS code first, then by the file's own code (the CASSR code of NHS England's files), then
by name. Rows for areas that are not councils with adult social services responsibilities (districts, combined
authorities, the Greater London Authority, council types, councils that have since ended) are skipped with a
note; anything else not found is unknown, which fails the import.
"""
import re
from dataclasses import dataclass

from django.conf import settings

from ...measure_ids import name_key
from ...models import Area
from ..councils import read_former_councils

ENGLAND_NAMES = {"england", "england total", "all england"}
ENGLAND_LEVELS = {"england", "national", "country"}
REGION_LEVELS = {"region", "regional"}
COUNCIL_TYPE_LEVELS = {"council type", "council types"}
REGIONS = {
    "North East": "E12000001", "North West": "E12000002", "Yorkshire and The Humber": "E12000003",
    "East Midlands": "E12000004", "West Midlands": "E12000005", "East of England": "E12000006",
    "London": "E12000007", "South East": "E12000008", "South West": "E12000009",
}
REGION_CODES = {name_key(region): code for region, code in REGIONS.items()} | {"eastern": "E12000006"}
NOT_A_COUNCIL = "not councils with adult social services responsibilities"
NOT_COUNCILS = {  # ONS code prefixes of areas that are not councils with adult social services responsibilities
    "E07": f"district councils (E07 codes; their county is the council): {NOT_A_COUNCIL}",
    "E47": f"combined authorities (E47 codes): {NOT_A_COUNCIL}",
    "E61": f"the Greater London Authority (E61 code): {NOT_A_COUNCIL}",
    "W": "areas outside England", "S": "areas outside England", "N": "areas outside England",
}
# Words some files add to or leave out of council names ('Bristol' / 'Bristol, City of', 'Durham' / 'County Durham')
NAME_NOISE = {"city", "of", "county", "council", "borough", "metropolitan", "district", "the", "and", "towns"}


def region_code(name):
    """ONS code of an English region named in any case or spacing, or ''."""
    return REGION_CODES.get(name_key(name or ""), "")


def loose_name(name):
    return " ".join(word for word in name_key(name).split() if word not in NAME_NOISE)


@dataclass(frozen=True)
class Resolved:
    area: Area = None
    skip_note: str = ""  # why a known kind of area is not stored
    unknown: bool = False


class AreaResolver:
    """Finds the stored area for each AreaRef, once per distinct reference."""

    def __init__(self):
        self.resolved = {}
        areas = list(Area.objects.all())
        self.by_code = {area.code: area for area in areas}
        councils = [a for a in areas if a.kind == Area.COUNCIL and (a.listed or a.code == settings.ASCDASH_HOME_AREA)]
        self.councils = {a.code: a for a in councils}
        self.by_cassr = {a.cassr_code: a for a in councils if a.cassr_code}
        self.by_name = {loose_name(a.name): a for a in councils}
        self.former = read_former_councils()
        self.no_list = not any(a.listed for a in councils)

    def resolve(self, ref):
        if ref not in self.resolved:
            self.resolved[ref] = self._resolve(ref)
        return self.resolved[ref]

    def _resolve(self, ref):
        level, code = name_key(ref.level), ref.code.upper()
        if level in COUNCIL_TYPE_LEVELS:
            return Resolved(skip_note="council type rows (totals by type of council) are not stored")
        if (code == Area.ENGLAND_CODE or level in ENGLAND_LEVELS or name_key(ref.geo_code) in ENGLAND_NAMES
                or (not code and name_key(ref.name) in ENGLAND_NAMES)):
            return self._stored(Area.ENGLAND_CODE)
        if code.startswith("E12") or level in REGION_LEVELS or (not code and region_code(ref.name)):
            return self._stored(code if code.startswith("E12") else region_code(ref.name))
        return self._council(ref, code)

    def _stored(self, code):
        area = self.by_code.get(code)
        return Resolved(area=area) if area else Resolved(unknown=True)

    def _council(self, ref, code):
        if code:
            return self._council_by_code(code)
        if re.fullmatch(r"\d{3}", ref.geo_code) and ref.geo_code in self.by_cassr:
            return Resolved(area=self.by_cassr[ref.geo_code])
        area = self.by_name.get(loose_name(ref.name)) if ref.name else None
        return Resolved(area=area) if area else Resolved(unknown=True)

    def _council_by_code(self, code):
        if code in self.councils:
            return Resolved(area=self.councils[code])
        if code in self.former:
            former = self.former[code]
            if former.recoded and former.replaced_by[0] in self.councils:
                return Resolved(area=self.councils[former.replaced_by[0]])
            return Resolved(skip_note=f"former council: {former.note}")
        prefix = next((p for p in NOT_COUNCILS if code.startswith(p)), None)
        if prefix:
            return Resolved(skip_note=NOT_COUNCILS[prefix])
        return Resolved(unknown=True)
