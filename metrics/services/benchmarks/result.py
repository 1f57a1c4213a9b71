"""What a benchmark import did, measure by measure, for the command's output and the web page. An import fails
(the command exits non-zero, the page shows an error) when any measure or area is unknown, a row could not be
read, or nothing was stored."""
from dataclasses import dataclass, field

SHOWN_ROWS = 5


@dataclass
class MeasureTally:
    label: str  # the measure as the file names it
    indicator: str = ""  # our code; '' when unknown
    framework: str = ""
    stored: int = 0
    suppressed: int = 0
    breakdowns: int = 0  # disaggregated rows (age, sex ...): only totals are stored
    not_compared: int = 0  # rows for areas that are not councils, or councils that have ended
    unknown_areas: int = 0
    kept_local: int = 0
    rows: list = field(default_factory=list)

    @property
    def unknown(self):
        return not self.indicator

    @property
    def skipped(self):
        return self.suppressed + self.breakdowns + self.not_compared + self.unknown_areas + self.kept_local

    def row_text(self):
        shown = ", ".join(map(str, self.rows[:SHOWN_ROWS])) + (" …" if len(self.rows) > SHOWN_ROWS else "")
        return f"{len(self.rows)} figure(s), from row {shown}"


@dataclass
class ImportResult:
    layout: str = ""
    year_note: str = ""
    measures: dict = field(default_factory=dict)
    unknown_areas: dict = field(default_factory=dict)  # label -> row numbers
    skipped_areas: dict = field(default_factory=dict)  # note -> example labels
    notes: list = field(default_factory=list)
    problems: list = field(default_factory=list)
    blank_rows: int = 0

    def tally(self, label, indicator=None, framework=""):
        tally = self.measures.setdefault(label, MeasureTally(label, framework=framework))
        if indicator is not None:
            tally.indicator = indicator.code
        return tally

    @property
    def values_stored(self):
        return sum(t.stored for t in self.measures.values())

    @property
    def kept_local(self):
        return sum(t.kept_local for t in self.measures.values())

    @property
    def suppressed(self):
        return sum(t.suppressed for t in self.measures.values())

    @property
    def unknown_measures(self):
        return [t for t in self.measures.values() if t.unknown]

    @property
    def known_measures(self):
        return [t for t in self.measures.values() if not t.unknown]

    @property
    def failed(self):
        return bool(self.unknown_measures or self.unknown_areas or self.problems or not self.values_stored)

    def summary(self):
        outcome = "Import incomplete" if self.failed else "Imported"
        return (f"{outcome}: {self.values_stored} values stored; {len(self.known_measures)} measures recognised, "
                f"{len(self.unknown_measures)} unknown; {len(self.unknown_areas)} unknown areas; "
                f"{self.suppressed} suppressed values; {len(self.problems)} rows that could not be read.")

    def lines(self):
        """The report as plain lines, for the command's output."""
        lines = [f"Layout: {self.layout}. {self.year_note}".strip()]
        for tally in self.known_measures:
            lines.append(f"  {tally.label} -> {tally.indicator} ({tally.framework}): {tally.stored} stored, "
                         f"{tally.skipped} skipped ({tally.suppressed} suppressed, {tally.breakdowns} breakdowns, "
                         f"{tally.not_compared} not councils, {tally.unknown_areas} unknown areas, "
                         f"{tally.kept_local} kept local)")
        lines += [f"Unknown measure '{t.label}' ({t.framework}) in {t.row_text()}" for t in self.unknown_measures]
        lines += [f"Unknown area {label} in {len(rows)} row(s)" for label, rows in self.unknown_areas.items()]
        lines += [f"Skipped {note}: {', '.join(examples[:SHOWN_ROWS])}{' …' if len(examples) > SHOWN_ROWS else ''}"
                  for note, examples in self.skipped_areas.items()]
        return lines + self.notes + self.problems
