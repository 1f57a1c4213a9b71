"""England, the regions and the councils a benchmark file names: found, or created when new."""
from ...models import Area
from .table import normalise

ENGLAND_NAMES = {"england", "england total", "all england"}
REGIONS = {
    "North East": "E12000001", "North West": "E12000002", "Yorkshire and The Humber": "E12000003",
    "East Midlands": "E12000004", "West Midlands": "E12000005", "East of England": "E12000006",
    "London": "E12000007", "South East": "E12000008", "South West": "E12000009",
}
REGION_CODES = {normalise(region): code for region, code in REGIONS.items()}


def region_code(name):
    """ONS code of an English region named in any case or spacing, or ''."""
    return REGION_CODES.get(normalise(name or ""), "")


class AreaResolver:
    """Finds or creates England, regions and councils named in a file."""

    def __init__(self, result):
        self.result = result
        self.resolved = {}
        self.by_code = {area.code: area for area in Area.objects.all()}
        self.by_name = {normalise(area.name): area for area in self.by_code.values()}

    def _create(self, code, name, kind, region=None):
        area = Area.objects.create(code=code, name=name, kind=kind, region=region)
        self.by_code[code] = area
        self.by_name[normalise(name)] = area
        self.result.areas_created.append(f"{name} ({code})")
        return area

    def region(self, name, code):
        if not name and not code:
            return None
        code = (code or region_code(name)).strip().upper()
        if code in self.by_code:
            return self.by_code[code]
        if normalise(name or "") in self.by_name:
            return self.by_name[normalise(name)]
        if not code:
            return None
        return self._create(code, (name or code).strip(), Area.REGION)

    def area(self, code, name, region_name, region_ons_code):
        key = (code, name, region_name, region_ons_code)
        if key not in self.resolved:
            self.resolved[key] = self._resolve(code, name, region_name, region_ons_code)
        return self.resolved[key]

    def _resolve(self, code, name, region_name, region_ons_code):
        code = (code or "").strip().upper()
        name = (name or "").strip()
        if code == Area.ENGLAND_CODE or (not code and normalise(name) in ENGLAND_NAMES):
            return self.by_code.get(Area.ENGLAND_CODE) or self._create(Area.ENGLAND_CODE, "England", Area.ENGLAND)
        if code.startswith("E12") or (not code and region_code(name)):
            return self.region(name, code or None)
        area = self.by_code.get(code) if code else self.by_name.get(normalise(name))
        region = self.region(region_name, region_ons_code)
        if area is None:
            if not code:
                return None
            area = self._create(code, name or code, Area.COUNCIL, region)
        elif region is not None and area.kind == Area.COUNCIL and area.region_id is None:
            area.region = region
            area.save(update_fields=["region"])
        return area
