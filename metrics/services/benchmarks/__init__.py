"""Importing national published figures (benchmarks) and comparator groups.

Benchmark files are CSV or xlsx with one figure per row. Headers are matched flexibly (case, spaces and
punctuation ignored): area code / local authority code / ONS code; area or local authority name; region;
year or financial year; measure / indicator code / measure id (ASCOF ids, older ids and our codes); value.
Unknown councils and regions are created. Suppressed values ("c", "x", "*", "..") are skipped and counted.

- table: opening the file (through core.files) and reading its columns, years and values;
- areas: England, the regions and councils a file names, found or created;
- importing: matching measures to indicators and storing the figures;
- comparators: comparator groups from CSV or JSON.
"""
from .areas import REGIONS, region_code
from .comparators import import_comparator_groups, read_comparator_groups
from .importing import ImportResult, import_benchmarks
from .table import BenchmarkFileError, parse_value, parse_year

__all__ = [
    "REGIONS", "region_code", "import_comparator_groups", "read_comparator_groups", "ImportResult",
    "import_benchmarks", "BenchmarkFileError", "parse_value", "parse_year",
]
