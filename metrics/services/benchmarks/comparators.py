"""Comparator groups (statistical neighbours) from JSON or CSV, stored per council."""
import csv
import io
import json
import re
from dataclasses import dataclass, field

from django.db import transaction

from core.files import decode_csv, read_source

from ...models import Area, ComparatorGroup
from .areas import AreaResolver
from .readings import AreaRef
from .table import BenchmarkFileError, match_headers, squashed


def read_comparator_groups(path_or_file, name=None):
    """{area code: [neighbour codes in order]} from JSON ({code: [codes]}) or CSV.

    CSV either has one row per pair (area code, neighbour code[, rank]) or one row per council with the
    neighbours in one cell separated by ';' or ','.
    """
    raw, name = read_source(path_or_file, name)
    if name.lower().endswith(".json"):
        try:
            data = json.loads(raw)
        except ValueError as error:  # not JSON, or not text
            raise BenchmarkFileError(f"Not valid JSON: {error}") from error
        data = data.get("groups", data) if isinstance(data, dict) else data
        if not isinstance(data, dict) or not all(isinstance(v, list) for v in data.values()):
            raise BenchmarkFileError("JSON must map each area code to a list of neighbour codes.")
        return {str(k).strip().upper(): [str(c).strip().upper() for c in v] for k, v in data.items()}
    rows = [row for row in csv.reader(io.StringIO(decode_csv(raw))) if any(cell.strip() for cell in row)]
    if not rows:
        raise BenchmarkFileError("The file is empty.")
    header = [squashed(cell) for cell in rows[0]]
    matched = match_headers(rows[0])
    area_header = matched.get("area_code") or matched.get("geo_code")
    area_column = rows[0].index(area_header) if area_header is not None else None
    neighbour_column = next((i for i, h in enumerate(header) if "neighbour" in h or "comparator" in h
                             or h in {"member", "members", "membercode"}), None)
    rank_column = next((i for i, h in enumerate(header) if h in {"rank", "order", "position"}), None)
    if area_column is None or neighbour_column is None:
        raise BenchmarkFileError("Need an area code column and a neighbour (or comparator) column.")
    pairs = {}
    for row in rows[1:]:
        code = row[area_column].strip().upper()
        cells = re.split(r"[;,|]", row[neighbour_column]) if len(row) > neighbour_column else []
        rank = float(row[rank_column]) if rank_column is not None and row[rank_column].strip() else 0
        for cell in cells:
            if cell.strip():
                pairs.setdefault(code, []).append((rank, len(pairs.get(code, [])), cell.strip().upper()))
    return {code: [c for _, _, c in sorted(members)] for code, members in pairs.items()}


@dataclass
class ComparatorResult:
    saved: int = 0
    skipped: dict = field(default_factory=dict)  # note -> codes not stored (not councils, former councils)
    unknown: list = field(default_factory=list)  # codes that are nothing known

    @property
    def failed(self):
        return bool(self.unknown) or not self.saved

    def lines(self):
        lines = [f"{self.saved} comparator groups saved."]
        lines += [f"Skipped {note}: {', '.join(codes)}" for note, codes in self.skipped.items()]
        if self.unknown:
            lines.append(f"Unknown area codes (not stored): {', '.join(self.unknown)}")
        return lines


def _resolver(result):
    """area_for(code) -> the listed council (or home council) with that ONS or CASSR code, or None (noted)."""
    areas = AreaResolver()

    def area_for(code):
        resolved = areas.resolve(AreaRef(geo_code=code) if code.isdigit() else AreaRef(code=code))
        if resolved.area is not None and resolved.area.kind == Area.COUNCIL:
            return resolved.area
        codes = result.skipped.setdefault(resolved.skip_note, []) if resolved.skip_note else result.unknown
        if code not in codes:
            codes.append(code)
        return None
    return area_for


@transaction.atomic
def import_comparator_groups(groups, kind=ComparatorGroup.CIPFA, name=None):
    """Create or replace each council's group of this kind and name. Only listed councils (and the home council)
    take part: other codes are skipped with a note, never created. Returns a ComparatorResult."""
    name = name or dict(ComparatorGroup.KIND_CHOICES)[kind]
    result = ComparatorResult()
    area_for = _resolver(result)
    for code, members in groups.items():
        area = area_for(code)
        if area is None:
            continue
        group, _ = ComparatorGroup.objects.get_or_create(area=area, kind=kind, name=name)
        group.members.set([member for member in map(area_for, members) if member is not None and member != area])
        if not ComparatorGroup.objects.filter(area=area, is_default=True).exists():
            group.is_default = True
            group.save(update_fields=["is_default"])
        result.saved += 1
    return result
