"""Reviews: the monthly snapshot of people on long-term support and the review indicators calculated from it."""
from pathlib import Path

from ..base import Family, RecordFields
from . import calculators
from .columns import RETURN
from .records import ReviewRecord  # noqa: F401  the record model, registered when the family is

FAMILY = Family(
    code="reviews",
    folder=Path(__file__).parent,
    upload=RETURN,
    records=RecordFields(
        fields=("person_id",),
        dates=("snapshot_date", "last_review_date", "next_review_due", "review_completed_date"),
        renamed={"team": "team__name"},
    ),
    reads=("reviews",),
    calculate=lambda inputs: calculators.calculate(inputs.frames["reviews"], inputs.periods),
)
