"""English financial-year periods: months, quarters (Q1 Apr-Jun ... Q4 Jan-Mar) and years (Apr-Mar).

Labels: month `2025-08`, quarter `2025-26 Q2`, year `2025-26`.
"""
import re
from dataclasses import dataclass
from datetime import date, timedelta

MONTH, QUARTER, YEAR = "month", "quarter", "year"
KINDS = [MONTH, QUARTER, YEAR]
KIND_CHOICES = [(MONTH, "Month"), (QUARTER, "Quarter"), (YEAR, "Financial year")]
_MONTHS_IN = {MONTH: 1, QUARTER: 3, YEAR: 12}
# An indicator's frequency -> the kinds of period its figures are stored for, finest first.
KINDS_FOR_FREQUENCY = {"monthly": [MONTH, QUARTER, YEAR], "quarterly": [QUARTER, YEAR], "annual": [YEAR]}


def financial_year_start(day):
    """Calendar year in which the financial year containing `day` starts."""
    return day.year if day.month >= 4 else day.year - 1


def add_months(day, months):
    index = day.year * 12 + (day.month - 1) + months
    return date(index // 12, index % 12 + 1, 1)


@dataclass(frozen=True)
class Period:
    kind: str
    start: date

    def __post_init__(self):
        if self.kind not in _MONTHS_IN:
            raise ValueError(f"Unknown period kind {self.kind!r}")
        if self.start.day != 1 or (self.kind != MONTH and (self.start.month - 4) % _MONTHS_IN[self.kind]):
            raise ValueError(f"{self.start} does not start a {self.kind}")

    # construction -------------------------------------------------------
    @classmethod
    def month(cls, year, month):
        return cls(MONTH, date(year, month, 1))

    @classmethod
    def quarter(cls, fy_start_year, number):
        if number not in (1, 2, 3, 4):
            raise ValueError("Quarter must be 1 to 4")
        return cls(QUARTER, add_months(date(fy_start_year, 4, 1), 3 * (number - 1)))

    @classmethod
    def year(cls, fy_start_year):
        return cls(YEAR, date(fy_start_year, 4, 1))

    @classmethod
    def containing(cls, kind, day):
        if kind == MONTH:
            return cls.month(day.year, day.month)
        months_since_april = (day.month - 4) % 12
        fy_start = date(financial_year_start(day), 4, 1)
        return cls(kind, add_months(fy_start, months_since_april - months_since_april % _MONTHS_IN[kind]))

    @classmethod
    def parse(cls, label):
        """Parse `2025-08`, `2025-26 Q2`, `2025-26` (also `2025/26`)."""
        text = str(label).strip()
        if m := re.fullmatch(r"(\d{4})-(\d{2})", text):
            year, second = int(m[1]), int(m[2])
            if second == (year + 1) % 100:
                return cls.year(year)
            return cls.month(year, second)
        if m := re.fullmatch(r"(\d{4})[-/](\d{2})\s*Q([1-4])", text, re.IGNORECASE):
            cls._check_year_pair(int(m[1]), int(m[2]))
            return cls.quarter(int(m[1]), int(m[3]))
        if m := re.fullmatch(r"(\d{4})[-/](\d{2})", text):
            cls._check_year_pair(int(m[1]), int(m[2]))
            return cls.year(int(m[1]))
        raise ValueError(f"{label!r} is not a period (use 2025-08, 2025-26 Q2 or 2025-26)")

    @staticmethod
    def _check_year_pair(first, second):
        if second != (first + 1) % 100:
            raise ValueError(f"{first}-{second:02d} is not a financial year")

    # properties ---------------------------------------------------------
    @property
    def months(self):
        return _MONTHS_IN[self.kind]

    @property
    def end(self):
        """Last day of the period (inclusive)."""
        return add_months(self.start, self.months) - timedelta(days=1)

    @property
    def fy_start_year(self):
        return financial_year_start(self.start)

    @property
    def fy_label(self):
        return f"{self.fy_start_year}-{(self.fy_start_year + 1) % 100:02d}"

    @property
    def quarter_number(self):
        return (self.start.month - 4) % 12 // 3 + 1

    @property
    def label(self):
        if self.kind == MONTH:
            return f"{self.start:%Y-%m}"
        if self.kind == QUARTER:
            return f"{self.fy_label} Q{self.quarter_number}"
        return self.fy_label

    @property
    def long_label(self):
        if self.kind == MONTH:
            return f"{self.start:%B %Y}"
        if self.kind == QUARTER:
            return f"{self.fy_label} Q{self.quarter_number} ({self.start:%b} to {self.end:%b %Y})"
        return f"{self.fy_label} (April {self.start.year} to March {self.start.year + 1})"

    def __str__(self):
        return self.label

    def sort_key(self):
        return (self.start, self.months)

    def __lt__(self, other):
        return self.sort_key() < other.sort_key()

    # navigation -----------------------------------------------------------
    def shift(self, steps):
        return Period(self.kind, add_months(self.start, steps * self.months))

    def previous(self):
        return self.shift(-1)

    def next(self):
        return self.shift(1)

    def same_period_last_year(self):
        return Period(self.kind, add_months(self.start, -12))

    def contains(self, day):
        return self.start <= day <= self.end

    def months_within(self):
        return [Period.month(d.year, d.month) for d in (add_months(self.start, i) for i in range(self.months))]

    def url_parts(self):
        """(year, quarter) as used in /dashboard/<year>/<quarter>/."""
        return self.fy_label, f"Q{self.quarter_number}"
