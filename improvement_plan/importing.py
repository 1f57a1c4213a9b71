"""Reading a plan from the xlsx layout councils publish (opened through core.files)."""
import re
from dataclasses import dataclass, field

from openpyxl.utils import get_column_letter

from core.files import XLSX, open_spreadsheet
from cqc.framework import QUALITY_STATEMENTS, resolve_statement, statement_lookup

from . import rules

HEADER_SEARCH_ROWS = 10

# column key -> accepted headings (normalised: lower case letters and spaces only)
COLUMN_SYNONYMS = {
    "reference": ["ref", "reference", "id", "action ref", "action reference"],
    "theme": ["themes", "theme", "cqc themes", "cqc theme", "quality statements", "quality statement"],
    "area": ["area for improvement", "areas for improvement", "area"],
    "action": ["actions for improvement", "action for improvement", "actions", "action"],
    "commencement": ["commencement date", "commencement", "start date", "start"],
    "target": ["target date", "target", "due date", "deadline"],
    "lead": ["lead", "lead officer", "owner", "lead owner", "lead or owner", "responsible"],
    "deliverables": ["deliverables", "deliverable"],
    "outcomes": ["outcomes to track", "outcomes"],
}
PREFIX_MATCHED = {"outcomes"}  # "Outcomes to Track by Nov 2026"
REQUIRED_COLUMNS = ["area", "action"]
CARRIED_DOWN = ["theme", "area"]  # blank under a value means "same as above"
GROUP_WORDS = ("group", "board", "team", "panel", "committee", "forum", "partnership")


def normalise_heading(text):
    return " ".join(re.sub(r"[^a-z ]", " ", str(text or "").lower().replace("(s)", "s")).split())


def column_key(heading):
    heading = normalise_heading(heading)
    for key, synonyms in COLUMN_SYNONYMS.items():
        if heading in synonyms or (key in PREFIX_MATCHED and any(heading.startswith(s) for s in synonyms)):
            return key
    return None


def _normalise_words(text):
    # the same normalisation as cqc.framework uses for its lookup keys
    return " ".join(text.replace("’", "'").replace("&", "and").lower().replace(",", " ").split())


def find_statements(text):
    """Slugs of every quality statement named in free text, in the order they appear."""
    if not text:
        return []
    found = {}
    for piece in re.split(r"[;\n–—:]| - ", text):
        slug = resolve_statement(piece.strip())
        if slug:
            found.setdefault(slug, len(found))
    normalised = _normalise_words(text)
    positions = {}
    for name, slug in statement_lookup().items():
        if len(name) < 6:
            continue
        match = re.search(rf"(?<![a-z]){re.escape(name)}(?![a-z])", normalised)
        if match:
            positions[slug] = min(positions.get(slug, match.start()), match.start())
    for slug in sorted(positions, key=positions.get):
        found.setdefault(slug, len(found))
    return list(found)


def split_lead(text):
    """(lead officer, responsible group): a lead naming a group or board is the group, otherwise an officer."""
    text = " ".join(str(text or "").split())
    if any(word in text.lower() for word in GROUP_WORDS):
        return "", text
    return text, ""


@dataclass
class ParsedAction:
    row: int
    reference: str
    title: str
    statements: list
    commencement: rules.PlanDate
    target: rules.PlanDate
    lead_officer: str
    responsible_group: str
    deliverables: str

    @property
    def statement_names(self):
        names = {statement["slug"]: statement["name"] for statement in QUALITY_STATEMENTS}
        return [names[slug] for slug in self.statements]


@dataclass
class ParsedArea:
    title: str
    actions: list = field(default_factory=list)
    deliverables: list = field(default_factory=list)
    outcomes: list = field(default_factory=list)


@dataclass
class ParsedPlan:
    sheet: str = ""
    areas: list = field(default_factory=list)
    messages: list = field(default_factory=list)

    @property
    def errors(self):
        return [m for m in self.messages if m["severity"] == "error"]

    @property
    def warnings(self):
        return [m for m in self.messages if m["severity"] == "warning"]

    @property
    def action_count(self):
        return sum(len(area.actions) for area in self.areas)

    def add(self, severity, message, row="", column="", value=""):
        self.messages.append({
            "sheet": self.sheet, "row": row, "column": column, "value": "" if value is None else str(value),
            "message": message, "severity": severity,
        })


def _cell_text(value):
    return "" if value is None else " ".join(str(value).split()) if not isinstance(value, str) else value.strip()


@dataclass
class Grid:
    """Cell values and number formats with every merged range filled from its top-left cell."""

    values: dict
    formats: dict
    continuation: set  # cells below or right of a merged range's top-left


def _grid(sheet):
    cells = [cell for row in sheet.iter_rows() for cell in row]
    grid = Grid({(c.row, c.column): c.value for c in cells}, {(c.row, c.column): c.number_format for c in cells}, set())
    for merged in sheet.merged_cells.ranges:
        top_left = (merged.min_row, merged.min_col)
        for row in range(merged.min_row, merged.max_row + 1):
            for column in range(merged.min_col, merged.max_col + 1):
                grid.values[(row, column)] = grid.values.get(top_left)
                grid.formats[(row, column)] = grid.formats.get(top_left, "")
                if (row, column) != top_left:
                    grid.continuation.add((row, column))
    return grid


def open_workbook(source, name=None):
    """The plan workbook (through openpyxl: merged cells and date formats matter here) after core.files' checks,
    or FileRefused with a message a person can act on."""
    return open_spreadsheet(source, name, kinds=(XLSX,)).openpyxl_workbook()


def _find_header(sheet, values):
    for row in range(1, min(sheet.max_row, HEADER_SEARCH_ROWS) + 1):
        columns = {}
        for column in range(1, sheet.max_column + 1):
            key = column_key(values.get((row, column)))
            if key and key not in columns:
                columns[key] = column
        if all(key in columns for key in REQUIRED_COLUMNS):
            return row, columns
    return None, {}


def _find_unnamed_lead(plan, grid, header_row, columns):
    """Published plans often lose the lead column's heading; the blank column between target date and
    deliverables is the lead."""
    if "lead" in columns or "target" not in columns or columns.get("deliverables") != columns["target"] + 2:
        return
    column = columns["target"] + 1
    if grid.values.get((header_row, column)) in (None, ""):
        columns["lead"] = column
        plan.add("warning", "This column has no heading; it was read as the lead.", header_row,
                 get_column_letter(column))


def parse_plan_workbook(workbook):
    """Parse the first sheet that has the plan's headings. Errors block the import; warnings do not."""
    plan = ParsedPlan()
    for sheet in workbook.worksheets:
        grid = _grid(sheet)
        header_row, columns = _find_header(sheet, grid.values)
        if header_row:
            plan.sheet = sheet.title
            _find_unnamed_lead(plan, grid, header_row, columns)
            _parse_rows(plan, sheet, grid, header_row, columns)
            break
    else:
        plan.sheet = workbook.worksheets[0].title
        plan.add("error", "No sheet has the headings 'Area for improvement' and 'Actions for improvement' "
                          f"in its first {HEADER_SEARCH_ROWS} rows.", row=1)
        return plan
    if not plan.action_count and not plan.errors:
        plan.add("error", "The sheet has headings but no actions.", row=header_row + 1)
    return plan


def _parse_rows(plan, sheet, grid, header_row, columns):
    carried = {}
    areas = {}
    for row in range(header_row + 1, sheet.max_row + 1):
        def text(key):
            return _cell_text(grid.values.get((row, columns[key]))) if key in columns else ""

        for key in CARRIED_DOWN:
            if text(key):
                carried[key] = text(key)
        action_text = text("action")
        if not action_text or (row, columns["action"]) in grid.continuation:
            continue  # blank, a section heading, or the lower part of a merged action cell
        area_title = carried.get("area", "")
        if not area_title:
            plan.add("error", "The action has no area for improvement above it.", row, "Area for improvement")
            continue
        area = areas.get(area_title)
        if area is None:
            area = areas[area_title] = ParsedArea(area_title)
            plan.areas.append(area)
        for key, collected in (("deliverables", area.deliverables), ("outcomes", area.outcomes)):
            if text(key) and text(key) not in collected:
                collected.append(text(key))
        action = _parse_action(plan, row, columns, grid, text, carried)
        area.actions.append(action)
    _finish_areas(plan)


def _parse_action(plan, row, columns, grid, text, carried):
    dates = {}
    for key, heading in (("commencement", "Commencement date"), ("target", "Target date")):
        cell = (row, columns[key]) if key in columns else None
        raw = grid.values.get(cell)
        parsed = rules.parse_plan_date(raw, grid.formats.get(cell, ""))
        if parsed.error:
            plan.add("error", parsed.error, row, heading, raw)
        dates[key] = parsed
    if dates["commencement"].day and dates["target"].day and dates["target"].day < dates["commencement"].day:
        plan.add("warning", "The target date is before the commencement date.", row, "Target date",
                 grid.values.get((row, columns["target"])))
    statements = find_statements(carried.get("theme", ""))
    if "theme" in columns and not statements:
        plan.add("warning", "No CQC quality statement recognised; link them after import.", row, "Theme(s)",
                 carried.get("theme", ""))
    lead_officer, group = split_lead(text("lead"))
    return ParsedAction(
        row=row,
        reference=text("reference"),
        title=text("action"),
        statements=statements,
        commencement=dates["commencement"],
        target=dates["target"],
        lead_officer=lead_officer,
        responsible_group=group,
        deliverables=text("deliverables"),
    )


def _finish_areas(plan):
    """Actions without a reference get the area's letter and a number (W1, W2 ... like the published plans);
    deliverables written once for the whole area stay on the area, not repeated on each action."""
    used_letters = set()
    for area in plan.areas:
        letters = [c for c in area.title.upper() if c.isalpha()]
        letter = next((c for c in letters if c not in used_letters), "A")
        used_letters.add(letter)
        for number, action in enumerate(area.actions, start=1):
            if not action.reference:
                action.reference = f"{letter}{number}"
        single_deliverables = len(area.deliverables) <= 1
        for action in area.actions:
            if single_deliverables:
                action.deliverables = ""
