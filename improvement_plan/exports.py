"""The plan written out for the scrutiny report and the steering group's papers, through core.xlsx."""
from core.xlsx import add_header, add_sheet, append_row, new_workbook, set_widths

from . import rules

ACTION_COLUMNS = [
    "Reference", "Area for improvement", "Action", "CQC quality statements", "Lead officer", "Responsible group",
    "Commencement", "Target", "Status", "Last RAG", "Overdue", "Percent complete", "Latest update date",
    "Latest progress note",
]
OUTCOME_COLUMNS = [
    "Outcome", "Area for improvement", "Indicator", "Direction", "Baseline", "Baseline date", "Target",
    "Target date", "Latest value", "Latest period", "Expected today", "Judgement",
]


def plan_workbook(plan, actions, outcomes, today):
    """The plan with each action's current status and latest note, and each outcome's judgement."""
    workbook, sheet = new_workbook("Actions")
    add_header(sheet, ACTION_COLUMNS)
    for action in actions:
        status = rules.display_status(action.current_rag, action.deadline, today)
        append_row(sheet, [
            action.reference, action.area.title, action.title,
            "; ".join(s.name for s in action.quality_statements.all()),
            action.lead_officer, action.responsible_group, action.commencement_display, action.target_display,
            status.words, rules.RAG_LABELS[action.current_rag], "Yes" if status.key == rules.OVERDUE else "No",
            action.current_percent, action.latest_update_date, action.latest_note or "",
        ])
    outcome_sheet = add_sheet(workbook, "Outcomes")
    add_header(outcome_sheet, OUTCOME_COLUMNS)
    for progress in outcomes:
        outcome, latest = progress.outcome, progress.latest
        append_row(outcome_sheet, [
            outcome.description, outcome.area.title if outcome.area else "",
            outcome.indicator.title if outcome.indicator else "", outcome.get_direction_display(),
            outcome.baseline_value, outcome.baseline_date, outcome.target_value, outcome.target_date,
            latest.value if latest else None, latest.period.label if latest else "",
            round(progress.expected_today, 1) if progress.expected_today is not None else None,
            progress.judgement.words,
        ])
    set_widths(sheet, [10, 30, 60, 35, 25, 25, 18, 18, 12, 12, 9, 10, 14, 60])
    set_widths(outcome_sheet, [50, 30, 40, 18, 10, 12, 10, 12, 12, 12, 12, 12])
    info = add_sheet(workbook, "About")
    append_row(info, ["Plan", plan.title])
    append_row(info, ["Status as at", today])
    append_row(info, ["Overdue", "Past its target date and not complete, whatever its last RAG."])
    return workbook


def changes_workbook(plan, report):
    """The "changes since" report as a workbook for the steering group's monthly papers."""
    workbook, updates = new_workbook("Updates")
    add_header(updates, ["Date", "Reference", "Action", "RAG status", "Percent complete", "Progress note",
                          "Evidence link", "Added by"])
    for update in report.updates:
        append_row(updates, [
            update.date, update.action.reference, update.action.title, update.get_rag_display(),
            update.percent_complete, update.note, update.evidence_link, update.author_name,
        ])
    overdue = add_sheet(workbook, "Newly overdue")
    add_header(overdue, ["Reference", "Action", "Target", "Lead officer", "Responsible group"])
    for action in report.newly_overdue:
        append_row(overdue, [action.reference, action.title, action.target_display, action.lead_officer,
                             action.responsible_group])
    movements = add_sheet(workbook, "RAG movements")
    add_header(movements, ["Reference", "Action", "From", "To"])
    for action, before, now in report.movements:
        append_row(movements, [action.reference, action.title, before.words, now.words])
    set_widths(updates, [12, 10, 60, 12, 10, 70, 40, 20])
    info = add_sheet(workbook, "About")
    append_row(info, ["Plan", plan.title])
    append_row(info, ["Changes since", report.since])
    return workbook
