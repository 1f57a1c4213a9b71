"""What a family declares in its package's __init__: its return, how its calculator reads records, its calculator
and (in indicators.json beside it) its indicator definitions. The shared machinery reads these declarations;
nothing outside the package names a family's fields, codes or calculators."""
import json
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Callable

DEFINITIONS_FILE = "indicators.json"


@dataclass(frozen=True)
class RecordFields:
    """How calculators read a return's confirmed records: model fields, which of them are dates (read as
    datetime64), and frame columns taken from other model paths (e.g. {"team": "team__name"})."""

    fields: tuple
    dates: tuple = ()
    renamed: dict = field(default_factory=dict)


@dataclass
class Inputs:
    """What a family's calculator is given: the current records of each return it reads (DataFrames), the
    periods wanted (None for a return whose rows carry their own periods), the codes of the indicators being
    stored, and on demand the home council's adult population ({dimension: {category: adults}})."""

    frames: dict
    periods: list | None
    indicator_codes: frozenset
    load_population: Callable = dict

    @cached_property
    def population(self):
        return self.load_population()


@dataclass(frozen=True)
class Family:
    """One return or indicator family.

    upload: the return officers upload for it (metrics.returns.base.Return), if it has one.
    records: how its calculator reads that return's records.
    reads: the returns whose records its calculator reads.
    calculate: calculate(Inputs) -> list of metrics.calculators.Figure.
    fills: indicator sources whose values its return's rows give directly, each row naming its indicator and
        period (the KPI return); such a family stores those rows rather than calculating periods.
    breakdowns: breakdowns of its own beyond the shared team, age band, gender and ethnicity:
        {code: (label, ((category code, category label), ...))}, e.g. {"role": ("Job role", codes.ROLES)}.
    """

    code: str
    folder: Path
    upload: object = None
    records: RecordFields | None = None
    reads: tuple = ()
    calculate: Callable | None = None
    fills: tuple = ()
    breakdowns: dict = field(default_factory=dict)

    def __post_init__(self):
        if self.upload is not None and self.upload.code != self.code:
            raise ValueError(f"Family {self.code!r} declares the {self.upload.code!r} return; they must match.")

    @property
    def definitions_path(self):
        path = Path(self.folder) / DEFINITIONS_FILE
        return path if path.exists() else None

    def definitions(self):
        """The definitions in its indicators.json, unchecked (metrics.registry checks them); [] when it has none."""
        if self.definitions_path is None:
            return []
        return json.loads(self.definitions_path.read_text(encoding="utf-8")).get("indicators", [])

    def definition_codes(self):
        return {definition["code"] for definition in self.definitions()}
