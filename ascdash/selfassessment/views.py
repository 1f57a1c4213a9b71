"""The self-assessment's reading pages: list, document, Word, compare, validation, readiness, history."""
import re

from django.conf import settings
from django.contrib.auth.decorators import permission_required
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.http import require_GET

from core.permissions import perm
from metrics.models import Area
from metrics.selectors import FigureReader

from . import access, selectors
from .compare import compare_versions
from .docx_export import self_assessment_docx
from .history import version_changes
from .models import Version
from .readiness import RULE_IN_WORDS, version_readiness
from .validation import validation_report

can_view = permission_required(perm("view_dashboards"), raise_exception=True)
can_work = permission_required(perm("edit_self_assessment"), raise_exception=True)
DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def crumbs(version=None, *pairs):
    trail = [("Home", reverse("home")), ("Self-assessment", reverse("selfassessment:index"))]
    if version is not None:
        trail.append((version.title, reverse("selfassessment:version", args=[version.pk])))
    return trail + list(pairs)


def readable(request, pk):
    version = get_object_or_404(Version.objects.select_related("revises"), pk=pk)
    if not access.may_read(request.user, version):
        raise PermissionDenied
    return version


def council_name():
    area = Area.objects.filter(code=settings.ASCDASH_HOME_AREA).first()
    return area.name if area else "The council"


@can_view
@require_GET
def index(request):
    versions = list(selectors.versions_for(request.user))
    return render(request, "selfassessment/index.html", {
        "versions": versions, "may_work": access.may_work(request.user),
        "may_administer": access.may_administer(request.user),
        "crumbs": [("Home", reverse("home")), ("Self-assessment", "")],
    })


@can_view
@require_GET
def version_page(request, pk):
    version = readable(request, pk)
    document = selectors.document(version, request.user, FigureReader.for_user(request.user))
    return render(request, "selfassessment/version.html", {
        "version": version, "document": document, "council": council_name(),
        "may_work": access.may_work(request.user), "may_administer": access.may_administer(request.user),
        "previous": selectors.previous_version(version), "crumbs": crumbs(None, (version.title, "")),
    })


@can_view
@require_GET
def word_export(request, pk):
    version = readable(request, pk)
    document = selectors.document(version, None, FigureReader.for_user(request.user))
    data = self_assessment_docx(document, council_name(), access.may_work(request.user))
    response = HttpResponse(data, content_type=DOCX_TYPE)
    response["Content-Disposition"] = f'attachment; filename="self-assessment-{version.as_at:%Y-%m-%d}.docx"'
    return response


@can_view
@require_GET
def compare(request):
    versions = list(selectors.versions_for(request.user))
    by_id = {str(v.pk): v for v in versions}
    earlier, later = by_id.get(request.GET.get("earlier")), by_id.get(request.GET.get("later"))
    if earlier is None and later is None and len(versions) >= 2:
        later, earlier = versions[0], versions[1]
    if earlier and later and (earlier.as_at, earlier.pk) > (later.as_at, later.pk):
        earlier, later = later, earlier
    statements = compare_versions(earlier, later) if earlier and later and earlier != later else []
    return render(request, "selfassessment/compare.html", {
        "versions": versions, "earlier": earlier, "later": later, "statements": statements,
        "crumbs": crumbs(None, ("Compare versions", "")),
    })


def version_report(template, heading, context_for):
    """A page about one version for people who work on it: its context from `context_for(version, reader)`."""
    @can_work
    @require_GET
    def view(request, pk):
        version = readable(request, pk)
        context = context_for(version, FigureReader.for_user(request.user))
        return render(request, template, {"version": version, **context,
                                          "crumbs": crumbs(version, (heading, ""))})
    return view


validation = version_report("selfassessment/validation.html", "Validation report",
                            lambda version, reader: {"report": validation_report(version)})
readiness = version_report("selfassessment/readiness.html", "Readiness", lambda version, reader: {
    "rows": version_readiness(version, reader), "rule": RULE_IN_WORDS})
history = version_report("selfassessment/history.html", "History",
                         lambda version, reader: {"changes": version_changes(version)})


@can_work
@require_GET
def latest_readiness(request):
    """The readiness of the latest draft (else the latest version), at the statement asked for."""
    versions = selectors.versions_for(request.user)
    version = versions.filter(status=Version.DRAFT).first() or versions.first()
    if version is None:
        return redirect("selfassessment:index")
    slug = request.GET.get("statement", "")
    anchor = f"#statement-{slug}" if re.fullmatch(r"[a-z0-9-]{1,60}", slug) else ""
    return redirect(reverse("selfassessment:readiness", args=[version.pk]) + anchor)
