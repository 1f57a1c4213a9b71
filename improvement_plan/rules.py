"""The plan's rules as small pure functions: RAG, overdue, outcome trajectory, plan dates.

Functions that depend on the date take `today` as an argument; none reads the clock.
"""
import calendar
import re
from dataclasses import dataclass
from datetime import date, datetime

from core.judgements import BAD, GOOD, INFO, NEUTRAL, WARNING, Judgement

NOT_STARTED, ON_TRACK, AT_RISK, OFF_TRACK, COMPLETE, OVERDUE = (
    "not_started", "on_track", "at_risk", "off_track", "complete", "overdue"
)
RAG_CHOICES = [
    (NOT_STARTED, "Not started"),
    (ON_TRACK, "On track"),
    (AT_RISK, "At risk"),
    (OFF_TRACK, "Off track"),
    (COMPLETE, "Complete"),
]
RAG_LABELS = dict(RAG_CHOICES) | {OVERDUE: "Overdue"}
# Not started grey, on track green, at risk amber, off track red, complete blue; overdue red.
RAG_TOKENS = {
    NOT_STARTED: NEUTRAL, ON_TRACK: GOOD, AT_RISK: WARNING, OFF_TRACK: BAD, COMPLETE: INFO, OVERDUE: BAD,
}
STATUS_ORDER = [NOT_STARTED, ON_TRACK, AT_RISK, OFF_TRACK, COMPLETE, OVERDUE]


def rag_judgement(code):
    return Judgement(code, RAG_LABELS[code], RAG_TOKENS[code])


STATUSES = [rag_judgement(code) for code in STATUS_ORDER]  # the columns of every count by status


# RAG and overdue ------------------------------------------------------------------------------------------------
def latest_update(updates):
    """The update that sets the current RAG: the latest by date, then by when it was recorded."""
    return max(updates, key=lambda update: (update.date, update.created_at), default=None)


def current_rag(updates):
    latest = latest_update(updates)
    return latest.rag if latest else NOT_STARTED


def deadline(target_date, month_only):
    """Last day that still counts as on time: a month-only target ("Nov 2026") runs to the end of that month."""
    if target_date is None:
        return None
    if month_only:
        return target_date.replace(day=calendar.monthrange(target_date.year, target_date.month)[1])
    return target_date


def is_overdue(action_deadline, rag, today):
    """Past its deadline (the deadline day itself is not overdue) and not complete."""
    return action_deadline is not None and today > action_deadline and rag != COMPLETE


def display_status(rag, action_deadline, today):
    """What the plan shows: Overdue whatever the RAG once past the deadline, otherwise the RAG itself."""
    return rag_judgement(OVERDUE if is_overdue(action_deadline, rag, today) else rag)


# outcome trajectory ---------------------------------------------------------------------------------------------
TRAJECTORY_ON_TRACK = Judgement("on_track", "On track", GOOD)
TRAJECTORY_AT_RISK = Judgement("at_risk", "At risk", WARNING)
TRAJECTORY_OFF_TRACK = Judgement("off_track", "Off track", BAD)
TRAJECTORY_NO_DATA = Judgement("no_data", "No data", NEUTRAL)


@dataclass(frozen=True)
class Trajectory:
    baseline_date: date
    baseline: float
    target_date: date
    target: float
    direction: str  # "increase" or "decrease"

    def expected(self, day):
        """The straight line from baseline to target, held flat before the baseline and after the target date."""
        if day <= self.baseline_date:
            return self.baseline
        if day >= self.target_date:
            return self.target
        elapsed = (day - self.baseline_date).days / (self.target_date - self.baseline_date).days
        return self.baseline + (self.target - self.baseline) * elapsed

    def at_or_beyond(self, value, reference):
        return value >= reference if self.direction == "increase" else value <= reference

    def better_than(self, value, reference):
        return value > reference if self.direction == "increase" else value < reference


def trajectory_judgement(trajectory, latest, today):
    """On track at or beyond the line for today; at risk if better than baseline but behind; else off track."""
    if trajectory is None or latest is None:
        return TRAJECTORY_NO_DATA
    if trajectory.at_or_beyond(latest, trajectory.expected(today)):
        return TRAJECTORY_ON_TRACK
    if trajectory.better_than(latest, trajectory.baseline):
        return TRAJECTORY_AT_RISK
    return TRAJECTORY_OFF_TRACK


# plan dates as councils write them ----------------------------------------------------------------------------------
MONTHS = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4, "may": 5,
    "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9, "september": 9,
    "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
}
UNDATED = ("tbc", "ongoing", "to be confirmed", "n/a", "tba")


@dataclass(frozen=True)
class PlanDate:
    day: date | None = None
    month_only: bool = False
    text: str = ""  # TBC / Ongoing, or a note that came with the date
    error: str = ""


def _year(text):
    year = int(text)
    return 2000 + year if year < 100 else year


def shows_month_only(number_format):
    """An Excel date format without a day ("mmm-yy", "mmmm yyyy") means only the month was meant."""
    return bool(number_format) and "y" in number_format.lower() and "d" not in number_format.lower()


def parse_plan_date(value, number_format=""):
    """A commencement or target cell: a date, "October 2025", "Sept 2025", "March 26", "TBC", "Ongoing" ..."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return PlanDate()
    if isinstance(value, datetime):
        value = value.date()
    if isinstance(value, date):
        if shows_month_only(number_format):
            return PlanDate(value.replace(day=1), month_only=True)
        return PlanDate(value)
    text = " ".join(str(value).split())
    if text.lower().startswith(UNDATED):
        return PlanDate(text=text)
    main, _, note = text.partition("(")
    note = note.rstrip(")").strip()
    words = re.findall(r"[a-z]+|\d+", main.lower())
    day, month, year = None, None, None
    if len(words) == 3 and words[0].isdigit() and words[1] in MONTHS and words[2].isdigit():
        day, month, year = int(words[0]), MONTHS[words[1]], _year(words[2])
    elif len(words) == 2 and words[0] in MONTHS and words[1].isdigit():
        month, year = MONTHS[words[0]], _year(words[1])
    elif m := re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{2,4})", main.strip()):
        day, month, year = int(m[1]), int(m[2]), _year(m[3])
    elif m := re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", main.strip()):
        year, month, day = int(m[1]), int(m[2]), int(m[3])
    else:
        if len(words) == 1 and words[0] in MONTHS:
            return PlanDate(text=text, error=f"'{text}' has no year")
        return PlanDate(text=text, error=f"'{text}' is not a date (use e.g. 'October 2025', '1 April 2026' or 'TBC')")
    try:
        return PlanDate(date(year, month, day or 1), month_only=day is None, text=note)
    except ValueError:
        return PlanDate(text=text, error=f"'{text}' is not a real date")


def date_display(day, month_only, text):
    """'October 2025', '1 April 2026 (note)', 'TBC', or 'Not set'."""
    if day is None:
        return text or "Not set"
    shown = f"{day:%B %Y}" if month_only else f"{day.day} {day:%B %Y}"
    return f"{shown} ({text})" if text else shown
