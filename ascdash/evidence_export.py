"""The evidence page for one CQC quality statement as a workbook, written through core.xlsx."""
from core.xlsx import add_header, add_sheet, append_row, new_workbook


def evidence_workbook(evidence):
    """The evidence page as a workbook: statement, scores and findings, indicators, actions, readiness."""
    statement = evidence.statement
    workbook, sheet = new_workbook("Statement")
    add_header(sheet, ["Field", "Value"])
    for row in [("Quality statement", statement.name), ("Theme", statement.theme.name),
                ("Description", statement.description),
                ("Council", evidence.area.name if evidence.area else "")]:
        append_row(sheet, row)

    scores = add_sheet(workbook, "Scores")
    add_header(scores, ["Assessment", "Kind", "Published", "Score", "What the score means", "Key findings"])
    for score in evidence.history:
        append_row(scores, [score.assessment.title, score.assessment.get_status_display(),
                            score.assessment.published, score.score, score.words, score.key_findings])

    indicators = add_sheet(workbook, "Indicators")
    add_header(indicators, ["Code", "Indicator", "Period", "Value", "Unit", "Target", "Tolerance", "Against target",
                            "Compared with England"])
    for row in evidence.indicators:
        append_row(indicators, [
            row.indicator.code, row.indicator.title, row.period_label, row.value, row.indicator.get_unit_display(),
            row.target.value if row.target else None, row.target.tolerance if row.target else None,
            row.judgement.words, row.england.words,
        ])

    actions = add_sheet(workbook, "Actions")
    add_header(actions, ["Plan", "Reference", "Action", "Area for improvement", "Lead", "Target date", "Status",
                         "Latest update", "Percent complete", "Latest note"])
    for row in evidence.actions:
        action = row.action
        append_row(actions, [evidence.plan.title, action.reference, action.title, action.area.title,
                             action.lead_officer or action.responsible_group, action.target_display, row.status.words,
                             action.latest_update_date, action.current_percent, action.latest_note])

    summary = add_sheet(workbook, "Readiness")
    add_header(summary, ["Judgement", "Indicators"])
    for judgement, count in evidence.readiness:
        append_row(summary, [judgement.words, count])
    return workbook
