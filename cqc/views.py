from datetime import date

from django.contrib import messages
from django.contrib.auth.decorators import permission_required
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.http import require_POST

from core.permissions import perm

from . import charts, selectors, services
from .forms import AssessmentImportForm
from .framework import EVIDENCE_CATEGORIES
from .importing import ImportRow, parse_file
from .models import Assessment, QualityStatement, StatementScore
from .rating import BAND_LIST, rate

VIEW = perm("view_dashboards")
ADMINISTER = perm("administer")
SESSION_KEY = "cqc_import_preview"


def _crumbs(*extra):
    return [("CQC assessment", reverse("cqc:index")), *extra]


def _scores_context(assessment, themes):
    grouped = selectors.scores_by_theme(assessment, themes)
    chart_rows = [(statement.name, score.score if score else None)
                  for group in grouped for statement, score in group.rows]
    return {
        "assessment": assessment,
        "rating": selectors.rating_of(assessment),
        "scores_by_theme": grouped,
        "figure": charts.statement_scores_figure(assessment.title, chart_rows),
    }


@permission_required(VIEW, raise_exception=True)
def index(request):
    assessments = selectors.assessments_in_order()
    current = selectors.current_assessment(assessments)
    context = {"assessments": [(a, selectors.rating_of(a)) for a in assessments], "current": current,
               "crumbs": [("CQC assessment", "")],
               "can_import": request.user.has_perm(ADMINISTER)}
    if current:
        themes = selectors.framework()
        context.update(_scores_context(current, themes))
        context["comparison"] = selectors.comparison(assessments, [s for t in themes for s in t.statements.all()])
    return render(request, "cqc/index.html", context)


@permission_required(VIEW, raise_exception=True)
def framework(request):
    return render(request, "cqc/framework.html", {
        "themes": selectors.framework(), "evidence_categories": [label for _, label in EVIDENCE_CATEGORIES],
        "score_words": StatementScore.SCORE_WORDS.items(), "bands": BAND_LIST,
        "crumbs": _crumbs(("Framework", "")),
    })


@permission_required(VIEW, raise_exception=True)
def assessment(request, pk):
    found = get_object_or_404(selectors.assessments_with_scores(), pk=pk)
    context = _scores_context(found, selectors.framework())
    context["crumbs"] = _crumbs((found.title, ""))
    return render(request, "cqc/assessment.html", context)


@permission_required(ADMINISTER, raise_exception=True)
def import_assessment(request):
    form = AssessmentImportForm(request.POST or None, request.FILES or None,
                                initial={"council_name": selectors.latest_council_name()})
    problems = []
    if request.method == "POST" and form.is_valid():
        parsed = parse_file(form.cleaned_data["file"])
        problems = parsed.problems
        if parsed.ok:
            details = form.details()
            request.session[SESSION_KEY] = {
                "details": {k: v.isoformat() if isinstance(v, date) else v for k, v in details.items()},
                "rows": [[row.row, row.slug, row.score, row.findings] for row in parsed.rows],
            }
            return redirect("cqc:import_preview")
    return render(request, "cqc/import.html", {
        "form": form, "problems": problems, "crumbs": _crumbs(("Import an assessment", "")),
    })


def _stored_preview(request):
    stored = request.session.get(SESSION_KEY)
    if not stored:
        return None, None
    details = {k: date.fromisoformat(v) if k in ("started", "site_visit", "published") and v else v
               for k, v in stored["details"].items()}
    return details, [ImportRow(*row) for row in stored["rows"]]


def _nothing_to_confirm(request):
    messages.warning(request, "There is no import waiting to be confirmed. Upload a file first.")
    return redirect("cqc:import")


@permission_required(ADMINISTER, raise_exception=True)
def import_preview(request):
    details, rows = _stored_preview(request)
    if details is None:
        return _nothing_to_confirm(request)
    statements = QualityStatement.objects.in_bulk(field_name="slug")
    scored = {row.slug for row in rows}
    return render(request, "cqc/import_preview.html", {
        "not_scored": [statement for slug, statement in sorted(statements.items(), key=lambda i: i[1].number)
                       if slug not in scored],
        "details": details,
        "status_words": dict(Assessment.STATUS_CHOICES)[details["status"]],
        "rows": [(row, statements[row.slug]) for row in rows],
        "rating": rate(row.score for row in rows),
        "crumbs": _crumbs(("Import an assessment", reverse("cqc:import")), ("Check and confirm", "")),
    })


@require_POST
@permission_required(ADMINISTER, raise_exception=True)
def import_confirm(request):
    details, rows = _stored_preview(request)
    if details is None:
        return _nothing_to_confirm(request)
    created = services.create_assessment(details, rows)
    del request.session[SESSION_KEY]
    messages.success(request, f"Imported {created.title} with {len(rows)} quality-statement scores.")
    return redirect("cqc:assessment", pk=created.pk)
