"""Reads for the indicator pages, each a fixed number of queries."""
from django.db.models import Max

from ..codes import AGE_BANDS, ETHNICITIES, GENDERS
from ..models import IndicatorValue
from ..periods import MONTH, QUARTER, YEAR

BREAKDOWN_LABELS = {"team": "Team", "age_band": "Age band", "gender": "Gender", "ethnicity": "Ethnic group"}
CATEGORY_LABELS = {"age_band": dict(AGE_BANDS), "gender": dict(GENDERS), "ethnicity": dict(ETHNICITIES)}
NOT_RECORDED_LABEL = "Not recorded"
KINDS_BY_FREQUENCY = {"monthly": [MONTH, QUARTER, YEAR], "quarterly": [QUARTER, YEAR], "annual": [YEAR]}
KIND_LABELS = {MONTH: "Monthly", QUARTER: "Quarterly", YEAR: "Yearly"}


def kinds_for(indicator):
    return KINDS_BY_FREQUENCY[indicator.frequency]


def default_kind(indicator):
    return YEAR if indicator.frequency == "annual" else QUARTER


def category_label(breakdown, category):
    if category == "not_recorded":
        return NOT_RECORDED_LABEL
    return CATEGORY_LABELS.get(breakdown, {}).get(category, category)


def breakdowns(indicator, area, period):
    """[(breakdown label, [row dicts])] for one period, in the order the definition lists them. One query."""
    rows = IndicatorValue.objects.filter(
        indicator=indicator, area=area, period_kind=period.kind, period_start=period.start,
    ).exclude(breakdown="").values("breakdown", "category", "value", "numerator", "denominator")
    grouped = {}
    for row in rows:
        grouped.setdefault(row["breakdown"], []).append({**row, "label": category_label(row["breakdown"], row["category"])})
    order = [b for b in indicator.breakdowns if b in grouped] + sorted(b for b in grouped if b not in indicator.breakdowns)
    return [(b, BREAKDOWN_LABELS.get(b, b), sorted(grouped[b], key=lambda r: category_order(b, r))) for b in order]


def category_order(breakdown, row):
    """Coded categories in code-list order (age bands youngest first), others by name; 'Not recorded' last."""
    codes = list(CATEGORY_LABELS.get(breakdown, {}))
    position = codes.index(row["category"]) if row["category"] in codes else len(codes)
    return (row["category"] == "not_recorded", position, row["label"])


def last_updated(indicator, area):
    return IndicatorValue.objects.filter(indicator=indicator, area=area).aggregate(latest=Max("computed_at"))["latest"]
