"""Reads for the indicator pages, each a fixed number of queries."""
from dataclasses import dataclass

from core.periods import KINDS_FOR_FREQUENCY, MONTH, QUARTER, YEAR

from ..codes import AGE_BANDS, ETHNICITIES, GENDERS
from ..families import breakdown_labels, category_labels
from ..suppression import suppress_breakdown
from .summaries import Benchmarks, IndicatorSummary, load_benchmarks, series, summarise

BREAKDOWN_LABELS = {"team": "Team", "age_band": "Age band", "gender": "Gender", "ethnicity": "Ethnic group",
                    **breakdown_labels()}
CATEGORY_LABELS = {"age_band": dict(AGE_BANDS), "gender": dict(GENDERS), "ethnicity": dict(ETHNICITIES),
                   **category_labels()}
NOT_RECORDED_LABEL = "Not recorded"
KIND_LABELS = {MONTH: "Monthly", QUARTER: "Quarterly", YEAR: "Yearly"}


def kinds_for(indicator):
    return KINDS_FOR_FREQUENCY[indicator.frequency]


def default_kind(indicator):
    return YEAR if indicator.frequency == "annual" else QUARTER


def category_label(breakdown, category):
    if category == "not_recorded":
        return NOT_RECORDED_LABEL
    return CATEGORY_LABELS.get(breakdown, {}).get(category, category)


def breakdowns(reader, indicator, area, period):
    """[(breakdown label, [row dicts])] for one period, in the order the definition lists them. One query."""
    rows = reader.values().filter(
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


def latest_summaries(reader, indicators, period):
    """Summaries for the period; indicators with no figure then (e.g. flows while the quarter is under way)
    are summarised for the period before. A fixed number of queries."""
    if not indicators:
        return {}
    benchmarks = load_benchmarks()
    summaries = summarise(reader, indicators, period, benchmarks=benchmarks)
    missing = [indicator for indicator in indicators if summaries[indicator.id].value is None]
    if missing:
        earlier = summarise(reader, missing, period.previous(), benchmarks=benchmarks)
        summaries.update({i.id: earlier[i.id] for i in missing if earlier[i.id].value is not None})
    return summaries


MIN_COUNCILS_FOR_QUARTILES = 4


def suppressed_breakdowns(reader, indicator, area, period, may_see_small_numbers):
    """Breakdown tables for the page and downloads, with small numbers hidden unless the user may see them."""
    tables = []
    for code, label, rows in breakdowns(reader, indicator, area, period):
        if may_see_small_numbers:
            rows, hide_total = [{**row, "suppressed": False} for row in rows], False
        else:
            rows, hide_total = suppress_breakdown(rows, indicator.unit)
        for row in rows:  # how many people the figure rests on: the group's own count for a ratio
            row["people"] = row["numerator"] if indicator.unit == "ratio" else row["denominator"]
        tables.append({"code": code, "label": label, "rows": rows, "hide_total": hide_total})
    return tables


def shown_judgements(summary):
    """The judgements worth showing: none that only say a figure is missing, no quartile among fewer than
    four councils, and no 'same period last year' when it is the previous period (years)."""
    judgements = {key: j for key, j in summary.judgements.items() if j.key != "no_data"}
    if summary.position is None or summary.position.count < MIN_COUNCILS_FOR_QUARTILES:
        judgements.pop("quartile", None)
    if summary.period.kind == YEAR:
        judgements.pop("last_year", None)
    return judgements


@dataclass
class IndicatorPage:
    benchmarks: Benchmarks
    points: list
    period: object
    summary: IndicatorSummary
    breakdowns: list
    compared: IndicatorSummary = None  # the latest period with national figures to compare (often `summary`'s)


def has_national_figures(point):
    return point.england is not None or point.median is not None


def latest_compared(reader, indicator, points, summary, benchmarks):
    """The summary of the latest period with England or council figures to compare with: the headline's own, or
    an earlier one when national figures for the headline's period are not published yet. One more query then."""
    if summary is None or has_national_figures(points[-1]):
        return summary
    earlier = next((point.period for point in reversed(points) if has_national_figures(point)), None)
    if earlier is None:
        return summary
    compared = summarise(reader, [indicator], earlier, benchmarks=benchmarks)[indicator.id]
    compared.judgements = shown_judgements(compared)
    return compared


def indicator_page(reader, indicator, kind, may_see_small_numbers):
    """Everything the indicator page and its downloads show. Queries: 5 + 4 (+ 3 when the latest period has no
    national figures yet), whatever the number of periods."""
    benchmarks = load_benchmarks()
    points = series(reader, indicator, kind, benchmarks=benchmarks)
    period = points[-1].period if points else None
    summary = summarise(reader, [indicator], period, benchmarks=benchmarks)[indicator.id] if period else None
    if summary:
        summary.judgements = shown_judgements(summary)
    tables = suppressed_breakdowns(reader, indicator, benchmarks.home, period, may_see_small_numbers) if period else []
    compared = latest_compared(reader, indicator, points, summary, benchmarks)
    return IndicatorPage(benchmarks, points, period, summary, tables, compared)
