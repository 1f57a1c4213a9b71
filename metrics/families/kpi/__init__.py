"""KPI values: a return of aggregate figures (surveys, national measures entered ahead of publication), each row
naming its indicator and period. It has no indicators of its own: it fills those of the local KPI and national
sources, whichever family defines them."""
from pathlib import Path

from ..base import Family, RecordFields
from . import calculators
from .columns import RETURN
from .records import KpiValue  # noqa: F401  the record model, registered when the family is

FAMILY = Family(
    code="kpi",
    folder=Path(__file__).parent,
    upload=RETURN,
    records=RecordFields(
        fields=("indicator_code", "period_kind", "value", "numerator", "denominator"), dates=("period_start",),
    ),
    reads=("kpi",),
    calculate=lambda inputs: calculators.calculate(inputs.frames["kpi"], inputs.indicator_codes),
    fills=("local_kpi", "national"),
)
