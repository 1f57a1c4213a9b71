from django.contrib import messages
from django.contrib.auth.decorators import permission_required
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.functional import SimpleLazyObject
from django.views.decorators.http import require_POST

from ascdash.models import QuarterPublication
from ascdash.roles import perm
from metrics.models import Commentary, Indicator
from metrics.selectors import FigureReader
from core.periods import QUARTER, Period
from core.xlsx import workbook_response

from . import selectors, services
from .export import dashboard_workbook
from .forms import CommentaryForm

view_required = permission_required(perm("view_dashboards"), raise_exception=True)


def parse_quarter(year, quarter):
    """The quarter named in a URL (`2025-26`, `Q2`), or 404 for anything but that exact form."""
    try:
        period = Period.parse(f"{year} {quarter}")
    except ValueError:
        raise Http404("Not a quarter") from None
    if period.kind != QUARTER or period.url_parts() != (year, quarter):
        raise Http404("Not a quarter")
    return period


def open_quarter(figures, year, quarter):
    """The quarter and its publication: 404 without figures, 403 for a draft the reader may not see."""
    period = parse_quarter(year, quarter)
    if period not in selectors.quarters_with_data(figures):
        raise Http404("No figures for this quarter")
    publication = selectors.publication_for(period)
    if publication is None and not figures.sees_drafts:
        raise PermissionDenied("This quarter has not been published yet.")
    return period, publication


def quarter_url(period):
    return reverse("dashboard:quarter", args=period.url_parts())


def render_dashboard(request, figures, period, publication, choices=None):
    """The page; its figures are composed only when its cached parts are out of date (see data_version)."""
    return render(request, "ascdash/dashboard/quarter.html", {
        "quarter": period,
        "publication": publication,
        "dashboard": SimpleLazyObject(lambda: selectors.compose(figures, period, publication)),
        "choices": choices if choices is not None else SimpleLazyObject(lambda: selectors.visible_quarters(figures)),
        "figures_scope": figures.scope,
        "can_write": request.user.has_perm(perm("write_commentary")),
        "can_publish": request.user.has_perm(perm("administer")) and publication is None,
        "can_republish": request.user.has_perm(perm("administer")) and publication is not None,
        "crumbs": [(f"Dashboard {period.label}", "")],
    })


@view_required
def latest(request):
    """The latest complete quarter this person may see; ?quarter=2025-26 Q2 (the picker) goes to that quarter."""
    if "quarter" in request.GET:
        try:
            period = Period.parse(request.GET["quarter"])
        except ValueError:
            raise Http404("Not a quarter") from None
        if period.kind != QUARTER:
            raise Http404("Not a quarter")
        return redirect(quarter_url(period))
    figures = FigureReader.for_user(request.user)
    choices = selectors.visible_quarters(figures)
    period = selectors.latest_complete([quarter for quarter, _ in choices])
    if period is None:
        return render(request, "ascdash/dashboard/no_quarter.html", {"can_see_drafts": figures.sees_drafts})
    return render_dashboard(request, figures, period, selectors.publication_for(period), choices)


@view_required
def quarter(request, year, quarter):
    figures = FigureReader.for_user(request.user)
    period, publication = open_quarter(figures, year, quarter)
    return render_dashboard(request, figures, period, publication)


@view_required
def export(request, year, quarter):
    figures = FigureReader.for_user(request.user)
    period, publication = open_quarter(figures, year, quarter)
    workbook = dashboard_workbook(selectors.compose(figures, period, publication))
    return workbook_response(workbook, f"asc-dashboard-{period.fy_label}-Q{period.quarter_number}.xlsx")


def _publication_action(request, year, quarter, action, refused, refusal, done):
    """Run a publishing service on the quarter and say how it went: `refusal` when it raises `refused`."""
    period, _ = open_quarter(FigureReader.for_user(request.user), year, quarter)
    try:
        action(period, request.user)
    except refused:
        messages.warning(request, f"{period.label} {refusal}")
    else:
        messages.success(request, f"{period.label} {done}")
    return redirect(quarter_url(period))


@require_POST
@permission_required(perm("administer"), raise_exception=True)
def publish(request, year, quarter):
    return _publication_action(
        request, year, quarter, services.publish_quarter, services.AlreadyPublished, "was already published.",
        "is published. Scrutiny members can now see it; its figures are frozen.",
    )


@require_POST
@permission_required(perm("administer"), raise_exception=True)
def republish(request, year, quarter):
    return _publication_action(
        request, year, quarter, services.republish_quarter, QuarterPublication.DoesNotExist,
        "has not been published yet, so there is nothing to republish.",
        "is republished with its current figures; scrutiny members now see them.",
    )


@permission_required(perm("write_commentary"), raise_exception=True)
def commentary(request, year, quarter, code):
    period, _ = open_quarter(FigureReader.for_user(request.user), year, quarter)
    indicator = get_object_or_404(Indicator, code=code, active=True)
    existing = Commentary.objects.filter(indicator=indicator, quarter=period.start).first()
    form = CommentaryForm(request.POST or None, initial={"text": existing.text if existing else ""})
    if request.method == "POST" and form.is_valid():
        services.save_commentary(indicator, period, form.cleaned_data["text"], request.user)
        messages.success(request, f"Commentary on {indicator.title} for {period.label} saved.")
        return redirect(quarter_url(period))
    return render(request, "ascdash/dashboard/commentary_form.html", {
        "form": form, "indicator": indicator, "quarter": period, "existing": existing,
        "crumbs": [(f"Dashboard {period.label}", quarter_url(period)),
                   (f"Commentary on {indicator.title}", "")],
    })
