import base64

from django.contrib import messages
from django.contrib.auth.decorators import permission_required
from django.core.exceptions import PermissionDenied
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import SimpleLazyObject
from django.views.decorators.http import require_GET, require_http_methods

from cqc.models import Assessment
from core.periods import add_months
from core.permissions import perm
from core.xlsx import error_report_workbook, workbook_response
from metrics.selectors import FigureReader

from . import rules, selectors, services
from .charts import outcome_figure
from .filters import ActionFilter
from .forms import ActionForm, ChangesSinceForm, PlanImportForm, StatusUpdateForm
from .models import Action, OutcomeToTrack, Plan
from .exports import changes_workbook, plan_workbook
from .importing import open_workbook, parse_plan_workbook

can_view = permission_required(perm("view_dashboards"), raise_exception=True)
can_edit = permission_required(perm("edit_plan"), raise_exception=True)
IMPORT_SESSION_KEY = "plan_import"


def _plan_from(request):
    plan_id = request.GET.get("plan")
    if plan_id:
        if not plan_id.isdigit():
            raise Http404("No such plan")
        return get_object_or_404(Plan.objects.select_related("assessment"), pk=plan_id)
    return selectors.latest_plan()


def _crumbs(*pairs):
    return [("Improvement plan", reverse("plan:index")), *pairs]


def plan_page(figures, plan, query, today):
    """What the cached part of the plan page shows; read only when that part is out of date."""
    actions_query = selectors.actions_with_status(plan)
    action_filter = ActionFilter(query or None, queryset=actions_query, plan=plan, today=today)
    all_actions = list(actions_query)
    actions = list(action_filter.qs) if action_filter.is_bound else all_actions  # unfiltered: read once
    area_summaries, overall = selectors.summary_by_area(plan, all_actions, today)
    outcomes = selectors.outcomes_with_progress(figures, plan, today)
    return {
        "plans": Plan.objects.all(),
        "today": today,
        "filter": action_filter,
        "filtered": action_filter.is_bound and any(query.get(name) for name in action_filter.filters),
        "rows": [(action, selectors.status_of(action, today)) for action in actions],
        "area_summaries": area_summaries,
        "overall": overall,
        "statuses": rules.STATUSES,
        "outcomes": outcomes,
        "outcomes_on_track": sum(p.judgement == rules.TRAJECTORY_ON_TRACK for p in outcomes),
        "outcomes_measured": sum(p.judgement != rules.TRAJECTORY_NO_DATA for p in outcomes),
    }


@can_view
@require_GET
def index(request):
    plan = _plan_from(request)
    context = {"plan": plan, "can_edit": request.user.has_perm(perm("edit_plan"))}
    if plan is not None:
        today = timezone.localdate()
        figures = FigureReader.for_user(request.user)
        context.update(
            figures_scope=figures.scope,
            page=SimpleLazyObject(lambda: plan_page(figures, plan, request.GET, today)),
            query=request.GET.urlencode(),
            crumbs=[("Improvement plan", "")],
        )
    return render(request, "improvement_plan/index.html", context)


@can_view
@require_http_methods(["GET", "POST"])
def action_detail(request, pk):
    try:
        action = selectors.action_detail(pk)
    except Action.DoesNotExist:
        raise Http404("No such action") from None
    today = timezone.localdate()
    updates = list(action.updates.all())
    latest = rules.latest_update(updates)
    editable = request.user.has_perm(perm("edit_plan"))
    form = StatusUpdateForm(today=today, latest=latest) if editable else None
    if request.method == "POST":
        if not editable:
            raise PermissionDenied
        form = StatusUpdateForm(request.POST, today=today)
        if form.is_valid():
            services.add_status_update(action, request.user, **form.cleaned_data)
            messages.success(request, f"Update added to {action.reference}.")
            return redirect(action)
    rag = latest.rag if latest else rules.NOT_STARTED
    return render(request, "improvement_plan/action_detail.html", {
        "action": action,
        "plan": action.area.plan,
        "status": rules.display_status(rag, action.deadline, today),
        "rag": rules.rag_judgement(rag),
        "updates": [(u, rules.rag_judgement(u.rag)) for u in updates],
        "changes": selectors.action_changes(action),
        "form": form,
        "crumbs": _crumbs((f"{action.reference} {action.title[:60]}", "")),
    })


@can_edit
@require_http_methods(["GET", "POST"])
def action_edit(request, pk):
    action = get_object_or_404(Action.objects.select_related("area__plan"), pk=pk)
    form = ActionForm(request.POST or None, instance=action)
    if request.method == "POST" and form.is_valid():
        services.save_action(form, request.user)
        messages.success(request, f"Changes to {action.reference} saved.")
        return redirect(action)
    return render(request, "improvement_plan/action_edit.html", {
        "action": action,
        "form": form,
        "crumbs": _crumbs((f"{action.reference} {action.title[:60]}", action.get_absolute_url()), ("Edit", "")),
    })


def _changes_report(request):
    plan = _plan_from(request)
    if plan is None:
        raise Http404("There is no plan yet")
    today = timezone.localdate()
    default_since = add_months(today.replace(day=1), -1)
    form = ChangesSinceForm(request.GET if "since" in request.GET else None, initial={"since": default_since})
    since = form.cleaned_data["since"] if form.is_bound and form.is_valid() else default_since
    return plan, form, selectors.changes_since(plan, since, today)


@can_view
@require_GET
def changes_export(request):
    plan, _, report = _changes_report(request)
    return workbook_response(changes_workbook(plan, report), f"plan-changes-since-{report.since:%Y-%m-%d}.xlsx")


@can_view
@require_GET
def changes(request):
    plan, form, report = _changes_report(request)
    return render(request, "improvement_plan/changes.html", {
        "plan": plan,
        "form": form,
        "report": report,
        "updates": [(u, rules.rag_judgement(u.rag)) for u in report.updates],
        "crumbs": _crumbs(("Changes since a date", "")),
    })


@can_view
@require_GET
def outcome_detail(request, pk):
    outcome = get_object_or_404(OutcomeToTrack.objects.select_related("plan", "area", "indicator"), pk=pk)
    today = timezone.localdate()
    progress = selectors.outcome_detail(FigureReader.for_user(request.user), outcome, today)
    trajectory = outcome.trajectory
    return render(request, "improvement_plan/outcome_detail.html", {
        "outcome": outcome,
        "plan": outcome.plan,
        "progress": progress,
        "today": today,
        "figure": outcome_figure(progress, today) if progress.series or trajectory else None,
        "rows": [
            (point, trajectory.expected(point.day) if trajectory else None) for point in reversed(progress.series)
        ],
        "crumbs": _crumbs((f"Outcome: {outcome.description[:60]}", "")),
    })


@can_view
@require_GET
def export(request):
    plan = _plan_from(request)
    if plan is None:
        raise Http404("There is no plan yet")
    today = timezone.localdate()
    workbook = plan_workbook(
        plan, selectors.actions_with_status(plan),
        selectors.outcomes_with_progress(FigureReader.for_user(request.user), plan, today), today,
    )
    return workbook_response(workbook, f"improvement-plan-{today:%Y-%m-%d}.xlsx")


# import -----------------------------------------------------------------------------------------------------------
def _stored_import(request):
    stored = request.session.get(IMPORT_SESSION_KEY)
    if not stored:
        return None, None
    workbook = open_workbook(base64.b64decode(stored["content"]), stored["name"])
    return stored, parse_plan_workbook(workbook)


@can_view
@require_GET
def source(request, pk):
    """The workbook a plan was imported from, as uploaded."""
    plan = get_object_or_404(Plan, pk=pk)
    if not plan.source_file:
        raise Http404("This plan was not imported from a workbook.")
    return FileResponse(plan.source_file.open("rb"), as_attachment=True, filename=plan.source_name)


@can_edit
@require_http_methods(["GET", "POST"])
def import_upload(request):
    form = PlanImportForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        assessment = form.cleaned_data["assessment"]
        request.session[IMPORT_SESSION_KEY] = {
            "name": upload.name,
            "title": form.cleaned_data["title"],
            "assessment": assessment.pk if assessment else None,
            "content": base64.b64encode(upload.read()).decode("ascii"),
        }
        return redirect("plan:import_preview")
    return render(request, "improvement_plan/import.html", {
        "form": form, "crumbs": _crumbs(("Import a plan", "")),
    })


@can_edit
@require_http_methods(["GET", "POST"])
def import_preview(request):
    stored, parsed = _stored_import(request)
    if stored is None:
        messages.info(request, "Upload a plan workbook first.")
        return redirect("plan:import")
    if request.method == "POST":
        if parsed.errors:
            messages.error(request, "Fix the errors in the workbook and upload it again.")
            return redirect("plan:import_preview")
        assessment = Assessment.objects.filter(pk=stored["assessment"]).first() if stored["assessment"] else None
        source = (stored["name"], base64.b64decode(stored["content"]))
        plan = services.import_plan(parsed, stored["title"], request.user, assessment, source=source)
        del request.session[IMPORT_SESSION_KEY]
        messages.success(request, f"Imported '{plan.title}' with {parsed.action_count} actions.")
        return redirect(f"{reverse('plan:index')}?plan={plan.pk}")
    return render(request, "improvement_plan/import_preview.html", {
        "stored": stored, "parsed": parsed, "crumbs": _crumbs(("Import a plan", reverse("plan:import")),
                                                               ("Check the plan", "")),
    })


@can_edit
@require_GET
def import_errors(request):
    stored, parsed = _stored_import(request)
    if stored is None:
        raise Http404("No import in progress")
    return workbook_response(error_report_workbook(parsed.messages), "plan-import-report.xlsx")
