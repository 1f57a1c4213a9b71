"""Safeguarding: the monthly rolling extract of concerns and enquiries and the indicators calculated from it."""
from pathlib import Path

from ..base import Family, RecordFields
from . import calculators
from .columns import RETURN
from .records import SafeguardingConcern  # noqa: F401  the record model, registered when the family is

FAMILY = Family(
    code="safeguarding",
    folder=Path(__file__).parent,
    upload=RETURN,
    records=RecordFields(
        fields=("concern_id", "person_id", "decision", "msp_asked", "desired_outcomes", "risk_outcome", "age",
                "gender", "ethnicity"),
        dates=("date_received", "decision_date", "enquiry_start", "enquiry_concluded"),
    ),
    reads=("safeguarding",),
    calculate=lambda inputs: calculators.calculate(inputs.frames["safeguarding"], inputs.periods),
)
