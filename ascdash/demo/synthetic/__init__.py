"""Synthetic, realistic monthly returns for a fictional council. No real person data anywhere.

`SyntheticCouncil(scale, seed)` simulates people once over a timeline (requests and how long they
wait, long-term clients and their reviews, safeguarding concerns and enquiries, carers' requests),
then cuts each month's return the way a case-management extract would: snapshots as at the month's
last day for waiting and reviews, rolling 12-month extracts for safeguarding and carers. People
persist from month to month. Frames use the template headers, so they are filled templates.

Shapes (mid-sized unitary): about 6,500 people on long-term support; a few hundred waiting across
wait types; about 3,000 safeguarding concerns and 450 carer's assessment requests a year. Care Act
assessment waits have a median near 135 days in early 2025 improving towards 90 by late 2026; the
learning disability team waits longer than localities; occupational therapy has a long tail; some
reviews are badly overdue. Deterministic for a given seed.

Each return's generator is the module here named by its family's code: `simulate(council)` once, then
`monthly(council, simulated, period)` for each month's return. A registered return without one has no
synthetic data. A generator whose module names MONTHS (e.g. a quarterly return's 3, 6, 9, 12) makes returns
for those months only.
"""
from dataclasses import dataclass
from importlib import import_module
from importlib.util import find_spec

import numpy as np

from metrics.returns import RETURNS


@dataclass(frozen=True)
class Scale:
    long_term_clients: int
    requests_factor: float  # multiplies the mid-sized council's monthly request and concern volumes
    safeguarding_per_year: int
    carers_per_year: int


SCALES = {
    "mid": Scale(long_term_clients=6_500, requests_factor=1.0, safeguarding_per_year=3_000, carers_per_year=450),
    "large": Scale(long_term_clients=30_000, requests_factor=4.6, safeguarding_per_year=14_000, carers_per_year=2_000),
}


def has_generator(return_code):
    """Whether a synthetic generator for this return exists: the module here named by its family code."""
    return find_spec(f"{__name__}.{return_code}") is not None


def generates(return_code, period):
    """Whether the synthetic council files this return for this month: every month unless its generator names
    the MONTHS it is made for."""
    months = getattr(import_module(f"{__name__}.{return_code}"), "MONTHS", None)
    return months is None or period.start.month in months


class SyntheticCouncil:
    def __init__(self, scale="mid", seed=2026):
        """`scale` names one of SCALES or is a Scale (e.g. a tiny one for tests)."""
        self.scale = SCALES[scale] if isinstance(scale, str) else scale
        self.seed = seed
        self.generators = {code: import_module(f"{__name__}.{code}") for code in RETURNS if has_generator(code)}
        self.simulated = {code: generator.simulate(self) for code, generator in self.generators.items()}

    def rng(self, part):
        return np.random.default_rng([self.seed, part])

    def monthly(self, return_code, period):
        return self.generators[return_code].monthly(self, self.simulated[return_code], period)
