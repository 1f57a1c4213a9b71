"""Comparator groups (statistical neighbours) from JSON or CSV, stored per council."""
import csv
import io
import json
import re

from django.db import transaction

from core.files import decode_csv, read_source

from ...models import Area, ComparatorGroup
from .table import HEADER_SYNONYMS, BenchmarkFileError, normalise


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
    header = [normalise(cell) for cell in rows[0]]
    area_column = next((i for i, h in enumerate(header) if h in {normalise(s) for s in HEADER_SYNONYMS["area_code"]}),
                       None)
    neighbour_column = next((i for i, h in enumerate(header) if "neighbour" in h or "comparator" in h
                             or h in {"member", "members", "member code"}), None)
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


@transaction.atomic
def import_comparator_groups(groups, kind=ComparatorGroup.CIPFA, name=None):
    """Create or replace each council's group of this kind and name; unknown codes become councils.

    Returns (groups saved, area names created).
    """
    name = name or dict(ComparatorGroup.KIND_CHOICES)[kind]
    created = []
    existing = {area.code: area for area in Area.objects.filter(code__in={*groups, *sum(groups.values(), [])})}

    def area_for(code):
        if code not in existing:
            existing[code] = Area.objects.create(code=code, name=code, kind=Area.COUNCIL)
            created.append(code)
        return existing[code]

    for code, members in groups.items():
        area = area_for(code)
        group, _ = ComparatorGroup.objects.get_or_create(area=area, kind=kind, name=name)
        group.members.set([area_for(member) for member in members if member != code])
        if not ComparatorGroup.objects.filter(area=area, is_default=True).exists():
            group.is_default = True
            group.save(update_fields=["is_default"])
    return len(groups), created
