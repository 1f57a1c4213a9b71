"""The downloadable xlsx template for a return: data sheet with dropdowns and date formats, plus instructions.

Written through core.xlsx, so a team or code named like a formula stays text in the allowed-values sheet.
"""
from openpyxl.utils import get_column_letter

from core.xlsx import add_header, add_sheet, append_row, list_validation, new_workbook, number_validation, set_widths

from .base import BOOLEAN, CODE, DATE, INTEGER, KIND_WORDS, NUMBER, TEAM

TEMPLATE_ROWS = 5000  # rows given dropdowns and date formats
LISTS_SHEET = "Allowed values"
DATE_FORMAT = "dd/mm/yyyy"


def template_workbook(spec, team_names):
    workbook, data = new_workbook(spec.sheet_name)
    add_header(data, [column.label for column in spec.columns])
    lists = add_sheet(workbook, LISTS_SHEET)
    add_instructions(add_sheet(workbook, "Instructions"), spec)
    list_column = 0
    for index, column in enumerate(spec.columns, start=1):
        letter = get_column_letter(index)
        data.column_dimensions[letter].width = max(14, len(column.label) + 4)
        choices = dropdown_values(column, team_names)
        if choices:
            list_column += 1
            validation = list_validation(lists, list_column, column.label, choices, allow_blank=not column.required)
            validation.error = f"Choose one of the allowed values for {column.label} (see the Instructions sheet)."
            validation.errorTitle = column.label
            validation.showErrorMessage = False  # synonyms typed by hand are accepted too; the upload checks them
            data.add_data_validation(validation)
            validation.add(f"{letter}2:{letter}{TEMPLATE_ROWS + 1}")
        elif column.kind == DATE:
            for row in range(2, TEMPLATE_ROWS + 2):
                data.cell(row=row, column=index).number_format = DATE_FORMAT
        elif column.kind in (INTEGER, NUMBER):
            validation = number_validation(
                column.kind == INTEGER, column.minimum if column.minimum is not None else -10**9,
                column.maximum if column.maximum is not None else 10**12,
            )
            data.add_data_validation(validation)
            validation.add(f"{letter}2:{letter}{TEMPLATE_ROWS + 1}")
    lists.sheet_state = "hidden"
    return workbook


def dropdown_values(column, team_names):
    if column.kind == CODE:
        return [label for _, label in column.codes]
    if column.kind == TEAM:
        return list(team_names)
    if column.kind == BOOLEAN:
        return ["Yes", "No"]
    return []


def add_instructions(sheet, spec):
    set_widths(sheet, [28, 14, 40, 60, 40, 70, 30])
    append_row(sheet, [f"{spec.title} return"], bold=True, size=14)
    append_row(sheet, [spec.semantics])
    append_row(sheet, [
        f"Put the data on the sheet named {spec.sheet_name!r}, header row first, one row per record. Headers and "
        "coded values are matched ignoring case, spaces and punctuation, so the synonyms below are accepted too. "
        "Formulas are never run: the saved values are read. Save as .xlsx (or as CSV UTF-8)."
    ])
    append_row(sheet, [])
    add_header(sheet, ["Column", "Required", "Type", "Description", "Allowed values", "Accepted synonyms (values)",
                       "Other accepted headers"])
    for column in spec.columns:
        append_row(sheet, [
            column.label,
            "Required" if column.required else "Optional",
            "Date (dd/mm/yyyy)" if column.kind == DATE else KIND_WORDS[column.kind],
            column.description,
            column.allowed_values_text(),
            column.synonyms_text(),
            ", ".join(column.synonyms),
        ])
    sheet.freeze_panes = None
