"""The whole quarter as one xlsx workbook: about, a sheet per CQC theme, the improvement plan, questions to ask.

Every cell goes through core.xlsx (formula-safe).
"""
from core.xlsx import add_header, add_sheet, append_row, new_workbook, set_widths

from metrics.formatting import rounded

COLUMNS = [
    ("Quality statement", 30), ("Indicator", 45), ("Value", 10), ("Unit", 14), ("Period", 12),
    ("England", 10), ("Comparator average", 12), ("Median of councils", 12), ("Quartile", 40), ("Target RAG", 28),
    ("Vs last period", 34), ("Vs same period last year", 42), ("Vs England", 30), ("Commentary", 60),
    ("Commentary by", 20), ("Commentary date", 16),
]

def judgement_words(summary, name):
    judgement = summary.judgements.get(name)
    return judgement.words if judgement else ""


def tile_row(statement_name, tile):
    summary, indicator, commentary = tile.summary, tile.indicator, tile.commentary
    return [
        statement_name, indicator.title, rounded(summary.value, indicator), indicator.get_unit_display(),
        summary.period.label, rounded(summary.england, indicator), rounded(summary.comparators, indicator),
        rounded(summary.median, indicator), judgement_words(summary, "quartile") or "Not ranked", judgement_words(summary, "target"),
        judgement_words(summary, "previous"), judgement_words(summary, "last_year"), judgement_words(summary, "england"),
        commentary.text if commentary else "",
        commentary.author_name if commentary else "",
        commentary.updated.date() if commentary else None,
    ]


def about_sheet(sheet, dashboard):
    quarter = dashboard.quarter
    status = (f"Published on {dashboard.publication.published_at:%d %B %Y}" if dashboard.is_published
              else "Draft - not yet published")
    append_row(sheet, ["Adult Social Care quarterly dashboard"])
    append_row(sheet, ["Quarter", quarter.long_label])
    append_row(sheet, ["Status", status])
    if dashboard.revisions:
        append_row(sheet, ["Figures revised since publication", len(dashboard.revisions)])
        for revision in dashboard.revisions:
            append_row(sheet, ["", revision.indicator.title, f"Published {revision.published}", f"Now {revision.current}"])
    set_widths(sheet, [34, 50])


def questions_sheet(workbook, dashboard):
    sheet = add_sheet(workbook, "Questions to ask")
    add_header(sheet, ["Number", "About", "Question"])
    for number, question in enumerate(dashboard.questions, start=1):
        append_row(sheet, [number, question.subject, question.text])
    set_widths(sheet, [None, 45, 120])


def plan_sheet(workbook, plan):
    sheet = add_sheet(workbook, "Improvement plan")
    append_row(sheet, [plan.plan.title, f"Status on {plan.today:%d %B %Y}"])
    add_header(sheet, ["Area for improvement", *(status.words for status in plan.STATUSES), "Total"])
    for area in [*plan.areas, plan.overall]:
        append_row(sheet, [area.area.title if area.area else "All areas", *area.count_list(), area.total])
    append_row(sheet, [])
    append_row(sheet, ["Overdue action", "Title", "Area", "Due"], bold=True)
    for action in plan.overdue:
        append_row(sheet, [action.reference, action.title, action.area.title, action.target_display])
    set_widths(sheet, [40, 60])


def dashboard_workbook(dashboard):
    workbook, about = new_workbook("About")
    about_sheet(about, dashboard)
    for heading, tiles in dashboard.sheets:
        sheet = add_sheet(workbook, heading)
        add_header(sheet, [name for name, _ in COLUMNS])
        set_widths(sheet, [width for _, width in COLUMNS])
        for tile in tiles:
            append_row(sheet, tile_row(tile.statement.name if tile.statement else "", tile))
    if dashboard.plan:
        plan_sheet(workbook, dashboard.plan)
    questions_sheet(workbook, dashboard)
    return workbook
