"""Governance and learning: the monthly snapshot of the SAR action, complaint learning, audit plan and policy
registers, and the indicators calculated from it and from the data-quality report."""
from pathlib import Path

from ..base import Family, RecordFields
from . import calculators
from .columns import RETURN
from .quality import quality_frame
from .records import GovernanceItem  # noqa: F401  the record model, registered when the family is

FAMILY = Family(
    code="governance",
    folder=Path(__file__).parent,
    upload=RETURN,
    records=RecordFields(fields=("item_type", "reference"), dates=("snapshot_date", "due_date", "completed_date")),
    reads=("governance",),
    calculate=lambda inputs: calculators.calculate(inputs.frames["governance"], quality_frame(inputs.periods),
                                                   inputs.periods),
)
