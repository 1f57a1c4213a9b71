"""The evidence page for one CQC quality statement, and its xlsx export."""
from django.contrib.auth.decorators import permission_required
from django.shortcuts import get_object_or_404, render
from django.urls import reverse

from cqc.models import QualityStatement
from core.xlsx import workbook_response
from metrics.selectors import FigureReader

from .evidence import statement_evidence
from .evidence_export import evidence_workbook
from .roles import perm


def _statement(slug):
    return get_object_or_404(QualityStatement.objects.select_related("theme"), slug=slug)


@permission_required(perm("view_dashboards"), raise_exception=True)
def statement_evidence_page(request, slug):
    statement = _statement(slug)
    evidence = statement_evidence(FigureReader.for_user(request.user), statement)
    return render(request, "ascdash/statement_evidence.html", {
        "evidence": evidence,
        "statement": statement,
        "crumbs": [("CQC assessment", reverse("cqc:index")),
                   ("Framework", reverse("cqc:framework")), (statement.name, "")],
    })


@permission_required(perm("view_dashboards"), raise_exception=True)
def statement_evidence_export(request, slug):
    evidence = statement_evidence(FigureReader.for_user(request.user), _statement(slug))
    return workbook_response(evidence_workbook(evidence), f"cqc-evidence-{slug}.xlsx")
