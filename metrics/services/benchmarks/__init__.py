"""Importing national published figures (benchmarks) and comparator groups.

National files come in three layouts (readings.py): the official ASCOF CSV's long layout (one row per area,
measure, disaggregation and measure type; the year from the file name or given), one figure per row (LG Inform
and Oflog-style downloads) and one column per year. Headers are matched flexibly (case, spaces and punctuation
ignored). Measures are matched to the registry by code, title, alias or ASCOF id read in the framework of the
figure's year (measures.py); areas to England, the regions and the reference list of councils (areas.py), never
created. Every import reports each measure (result.py) and fails loudly when anything is unknown.

- table: opening the file (through core.files), its headers, years (from cells or the file name) and values;
- readings, areas, measures: the file's rows as figures for known areas and indicators;
- importing: storing the figures as published, keeping the home council's own;
- comparators: comparator groups from CSV or JSON, of listed councils only.
"""
from .areas import REGIONS, region_code
from .comparators import ComparatorResult, import_comparator_groups, read_comparator_groups
from .importing import import_benchmarks
from .result import ImportResult
from .table import BenchmarkFileError, parse_value, parse_year, year_from_name

__all__ = [
    "REGIONS", "region_code", "ComparatorResult", "import_comparator_groups", "read_comparator_groups",
    "ImportResult", "import_benchmarks", "BenchmarkFileError", "parse_value", "parse_year", "year_from_name",
]
