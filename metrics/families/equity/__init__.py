"""Equity: how the people waiting, in safeguarding enquiries and asking for carer's assessments compare with the
council's adult population. Calculated from those three returns; no return of its own."""
from pathlib import Path

from ..base import Family
from . import calculators

SOURCES = ("waiting", "safeguarding", "carers")

FAMILY = Family(
    code="equity",
    folder=Path(__file__).parent,
    reads=SOURCES,
    calculate=lambda inputs: calculators.calculate(
        *(inputs.frames.get(source) for source in SOURCES), inputs.population, inputs.periods),
)
