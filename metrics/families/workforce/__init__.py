"""Workforce: the quarterly snapshot of the council's own adult social care staff by team and job role, and the
vacancy, turnover, sickness, agency, training and supervision indicators calculated from it."""
from pathlib import Path

from ..base import Family, RecordFields
from . import calculators, codes
from .columns import NUMBERS, RETURN
from .records import WorkforceRecord  # noqa: F401  the record model, registered when the family is

FAMILY = Family(
    code="workforce",
    folder=Path(__file__).parent,
    upload=RETURN,
    records=RecordFields(fields=("role", *NUMBERS), dates=("snapshot_date",), renamed={"team": "team__name"}),
    reads=("workforce",),
    calculate=lambda inputs: calculators.calculate(inputs.frames["workforce"], inputs.periods),
    breakdowns={"role": ("Job role", tuple(codes.ROLES))},
)
