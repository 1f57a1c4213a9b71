"""Indicator list and indicator pages (/indicators/...). Thin: reads come from selectors, figures from charts."""
from datetime import date

from django.contrib.auth.decorators import permission_required
from django.http import Http404
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import SimpleLazyObject
from django_tables2 import RequestConfig

from core.periods import QUARTER, Period
from core.permissions import perm
from core.xlsx import workbook_response

from .. import charts, exports
from ..filters import IndicatorFilter
from ..formatting import format_value
from ..models import Commentary, Indicator
from ..selectors import FigureReader, latest_quarter
from ..selectors.figures import last_updated
from ..selectors.indicators import KIND_LABELS, default_kind, indicator_page, kinds_for, latest_summaries
from ..suppression import EXPLANATION, MARKER
from ..tables import IndicatorTable

view_dashboards = permission_required(perm("view_dashboards"), raise_exception=True)


def statement_links(indicator):
    return [{"name": s.name, "url": s.get_absolute_url()} for s in indicator.quality_statements.all()]


def list_row(indicator, summary):
    judgements = summary.judgements if summary else {}
    shown = {key: j for key, j in judgements.items() if j.key != "no_data"}  # '–' rather than 'no figure'
    value = summary.value if summary else None

    def key(name):
        return judgements[name].key if name in judgements else "no_data"

    return {
        "title": indicator.title, "url": indicator.get_absolute_url(),
        "value": format_value(value, indicator), "sort_value": value if value is not None else float("-inf"),
        "period": summary.period.label if value is not None else "–",
        "period_start": summary.period.start if value is not None else date.min,
        "target": shown.get("target"), "england": shown.get("england"), "trend": shown.get("previous"),
        "target_key": key("target"), "england_key": key("england"), "trend_key": key("previous"),
        "source": indicator.get_source_display(),
    }


@view_dashboards
def indicator_list(request):
    figures = FigureReader.for_user(request.user)
    period = latest_quarter(figures) or Period.containing(QUARTER, date.today())
    filterset = IndicatorFilter(
        request.GET or None, queryset=Indicator.objects.filter(active=True).prefetch_related("quality_statements"),
    )
    indicators = list(filterset.qs)
    summaries = latest_summaries(figures, indicators, period)
    rows = [list_row(indicator, summaries.get(indicator.id)) for indicator in indicators]
    if filterset.rag_value:
        rows = [row for row in rows if row["target_key"] == filterset.rag_value]
    table = IndicatorTable(rows, caption=f"{len(rows)} indicators, latest figures up to {period.long_label}")
    RequestConfig(request, paginate=False).configure(table)
    return render(request, "metrics/indicators/list.html", {
        "filter": filterset, "table": table, "period": period,
        "can_import_benchmarks": request.user.has_perm(perm("administer")),
        "crumbs": [("Indicators", "")],
    })


def chosen_kind(request, indicator):
    kind = request.GET.get("view") or default_kind(indicator)
    if kind not in kinds_for(indicator):
        raise Http404("This indicator is not calculated for that kind of period.")
    return kind


def indicator_data(request, code):
    indicator = get_object_or_404(
        Indicator.objects.prefetch_related("quality_statements"), code=code, active=True)
    kind = chosen_kind(request, indicator)
    data = indicator_page(FigureReader.for_user(request.user), indicator, kind,
                          request.user.has_perm(perm("view_data_quality")))
    return indicator, kind, data.benchmarks, data.points, data.period, data.summary, data.breakdowns


COMMENTARY_QUARTERS = 4  # officer commentary shown for the latest quarters that have it


def detail_figures(figures, indicator, kind, may_see_small_numbers):
    """What the cached part of the indicator page shows; read only when that part is out of date."""
    data = indicator_page(figures, indicator, kind, may_see_small_numbers)
    points, tables = data.points, data.breakdowns
    area_name = data.benchmarks.home.name
    return {
        "summary": data.summary, "period": data.period, "points": points, "compared": data.compared,
        "unfinished": data.period if data.period and data.period.end >= timezone.localdate() else None,
        "kind_links": [{"kind": k, "label": KIND_LABELS[k], "current": k == kind} for k in kinds_for(indicator)],
        "figure": charts.indicator_timeseries(indicator, points, area_name) if points else None,
        "columns": {name: any(getattr(p, name) is not None for p in points)
                    for name in ("england", "comparators", "median", "lower_quartile", "position", "margin")},
        "region_name": data.benchmarks.region_name, "comparator_name": data.benchmarks.comparator_name,
        "show_totals": indicator.unit != "ratio",
        "people_column": indicator.unit not in ("count", "currency"),  # money rests on pounds, not people
        "area_name": area_name, "breakdowns": tables, "statements": statement_links(indicator),
        "last_updated": last_updated(figures, indicator, data.benchmarks.home), "marker": MARKER,
        "commentaries": Commentary.objects.filter(indicator=indicator).select_related("author")[:COMMENTARY_QUARTERS],
        "suppression_explanation": EXPLANATION, "any_suppressed": any(
            t["hide_total"] or any(r["suppressed"] for r in t["rows"]) for t in tables),
    }


@view_dashboards
def indicator_detail(request, code):
    indicator = get_object_or_404(Indicator, code=code, active=True)
    kind = chosen_kind(request, indicator)
    may_see_small_numbers = request.user.has_perm(perm("view_data_quality"))
    figures = FigureReader.for_user(request.user)
    return render(request, "metrics/indicators/detail.html", {
        "indicator": indicator, "kind": kind, "may_see_small_numbers": may_see_small_numbers,
        "figures_scope": figures.scope,
        "page": SimpleLazyObject(lambda: detail_figures(figures, indicator, kind, may_see_small_numbers)),
        "crumbs": [("Indicators", reverse("metrics:indicators")), (indicator.title, "")],
    })


@view_dashboards
def indicator_download(request, code, file_format):
    indicator, kind, benchmarks, points, period, summary, tables = indicator_data(request, code)
    rows = exports.download_rows(indicator, points, period, summary, tables)
    filename = f"{indicator.code}-{kind}"
    if file_format == "xlsx":
        return workbook_response(exports.download_workbook(indicator, benchmarks.home, rows), f"{filename}.xlsx")
    return exports.csv_response(rows, f"{filename}.csv")

