"""Finance: the monthly budget monitoring snapshot by service line, and the forecast variance and savings
indicators calculated from it."""
from pathlib import Path

from ..base import Family, RecordFields
from . import calculators, codes
from .columns import RETURN
from .records import FinanceRecord  # noqa: F401  the record model, registered when the family is

FAMILY = Family(
    code="finance",
    folder=Path(__file__).parent,
    upload=RETURN,
    records=RecordFields(
        fields=("service_line", "budget", "forecast_outturn", "savings_planned", "savings_delivered"),
        dates=("snapshot_date",),
    ),
    reads=("finance",),
    calculate=lambda inputs: calculators.calculate(inputs.frames["finance"], inputs.periods),
    breakdowns={"service_line": ("Service line", tuple(codes.SERVICE_LINES))},
)
