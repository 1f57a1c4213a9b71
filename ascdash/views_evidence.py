"""The evidence page for one CQC quality statement, and its xlsx export."""
from django.contrib.auth.decorators import permission_required
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from openpyxl import Workbook

from cqc.models import QualityStatement
from core.xlsx import add_header, append_row, workbook_response

from .evidence import statement_evidence
from .roles import perm


def _statement(slug):
    return get_object_or_404(QualityStatement.objects.select_related("theme"), slug=slug)


@permission_required(perm("view_dashboards"), raise_exception=True)
def statement_evidence_page(request, slug):
    statement = _statement(slug)
    evidence = statement_evidence(statement)
    return render(request, "ascdash/statement_evidence.html", {
        "evidence": evidence,
        "statement": statement,
        "crumbs": [("Home", reverse("home")), ("CQC assessment", reverse("cqc:index")),
                   ("Framework", reverse("cqc:framework")), (statement.name, "")],
    })


@permission_required(perm("view_dashboards"), raise_exception=True)
def statement_evidence_export(request, slug):
    evidence = statement_evidence(_statement(slug))
    return workbook_response(evidence_workbook(evidence), f"cqc-evidence-{slug}.xlsx")


def evidence_workbook(evidence):
    """The evidence page as a workbook: statement, scores and findings, indicators, actions, readiness."""
    statement = evidence.statement
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Statement"
    add_header(sheet, ["Field", "Value"])
    for row in [("Quality statement", statement.name), ("Theme", statement.theme.name),
                ("Description", statement.description),
                ("Council", evidence.area.name if evidence.area else "")]:
        append_row(sheet, row)

    scores = workbook.create_sheet("Scores")
    add_header(scores, ["Assessment", "Kind", "Published", "Score", "What the score means", "Key findings"])
    for score in evidence.history:
        append_row(scores, [score.assessment.title, score.assessment.get_status_display(),
                            score.assessment.published, score.score, score.words, score.key_findings])

    indicators = workbook.create_sheet("Indicators")
    add_header(indicators, ["Code", "Indicator", "Period", "Value", "Unit", "Target", "Tolerance", "Against target",
                            "Compared with England"])
    for row in evidence.indicators:
        append_row(indicators, [
            row.indicator.code, row.indicator.title, row.period_label, row.value, row.indicator.get_unit_display(),
            row.target.value if row.target else None, row.target.tolerance if row.target else None,
            row.judgement.words, row.england.words,
        ])

    actions = workbook.create_sheet("Actions")
    add_header(actions, ["Plan", "Reference", "Action", "Area for improvement", "Lead", "Target date", "Status",
                         "Latest update", "Percent complete", "Latest note"])
    for row in evidence.actions:
        action = row.action
        append_row(actions, [evidence.plan.title, action.reference, action.title, action.area.title,
                             action.lead_officer or action.responsible_group, action.target_display, row.status.label,
                             action.latest_update_date, action.current_percent, action.latest_note])

    summary = workbook.create_sheet("Readiness")
    add_header(summary, ["Judgement", "Indicators"])
    for judgement, count in evidence.readiness:
        append_row(summary, [judgement.words, count])
    return workbook
