"""Carers: the monthly rolling extract of carer's assessment requests and the indicators calculated from it."""
from pathlib import Path

from ..base import Family, RecordFields
from . import calculators
from .columns import RETURN
from .records import CarerRecord  # noqa: F401  the record model, registered when the family is

FAMILY = Family(
    code="carers",
    folder=Path(__file__).parent,
    upload=RETURN,
    records=RecordFields(
        fields=("carer_id", "outcome", "gender", "ethnicity"),
        dates=("date_requested", "date_assessed"),
        renamed={"age": "carer_age"},
    ),
    reads=("carers",),
    calculate=lambda inputs: calculators.calculate(inputs.frames["carers"], inputs.periods),
)
