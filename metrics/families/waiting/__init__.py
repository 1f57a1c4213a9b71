"""Waiting lists: the monthly waiting list snapshot and the indicators calculated from it."""
from pathlib import Path

from ..base import Family, RecordFields
from . import calculators
from .columns import RETURN
from .records import WaitingRecord  # noqa: F401  the record model, registered when the family is

FAMILY = Family(
    code="waiting",
    folder=Path(__file__).parent,
    upload=RETURN,
    records=RecordFields(
        fields=("person_id", "wait_type", "age", "gender", "ethnicity"),
        dates=("snapshot_date", "date_requested"),
        renamed={"team": "team__name", "team_kind": "team__kind"},
    ),
    reads=("waiting",),
    calculate=lambda inputs: calculators.calculate(inputs.frames["waiting"], inputs.periods),
)
