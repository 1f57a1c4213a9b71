"""The live figures a self-assessment cites, as at the version's date. The one place this app reads figures."""
from dataclasses import asdict, dataclass

from django.conf import settings
from django.urls import reverse

from metrics.formatting import format_value
from metrics.models import Area, Indicator
from metrics.selectors.summaries import load_benchmarks, series


@dataclass(frozen=True)
class Figure:
    code: str
    title: str
    words: str  # e.g. "134 days"; "No figure" when no period with a figure ends by the date
    period: str  # e.g. "2024-25 Q1"; "" when there is no figure
    england: str  # England's figure for the same period, "" when not published
    url: str

    def as_dict(self):
        return asdict(self)


def figures_as_at(reader, codes, as_at):
    """{code: Figure} for each known indicator code: the home council's latest figure that the FigureReader
    `reader` may see for a period ending on or before `as_at` (quarters, or financial years for annual
    measures), with England's for the same period. Unknown codes are left out. Queries: 2 + benchmarks (5) + 1
    per indicator."""
    indicators = list(Indicator.objects.filter(code__in=codes))
    if not indicators or not Area.objects.filter(code=settings.ASCDASH_HOME_AREA).exists():
        return {}
    benchmarks = load_benchmarks()
    figures = {}
    for indicator in indicators:
        points = [point for point in series(reader, indicator, benchmarks=benchmarks)
                  if point.period.end <= as_at and point.value is not None]
        point = points[-1] if points else None
        figures[indicator.code] = Figure(
            code=indicator.code, title=indicator.title,
            words=format_value(point.value, indicator) if point else "No figure",
            period=point.period.label if point else "",
            england=england_text(points, indicator),
            url=reverse("metrics:indicator", args=[indicator.code]),
        )
    return figures


def england_text(points, indicator):
    """England's figure for the latest point's period; else, as national figures are published months after the
    year ends, the latest earlier one with its period ('25.9% (2024-25)'); '' when there is none."""
    if points and points[-1].england is not None:
        return format_value(points[-1].england, indicator)
    earlier = next((p for p in reversed(points) if p.england is not None), None)
    return f"{format_value(earlier.england, indicator)} ({earlier.period.label})" if earlier else ""


def figures_from_dicts(frozen):
    return {code: Figure(**values) for code, values in frozen.items()}
