"""Questions to ask: plain-English prompts generated from the quarter's figures.

Each rule is one small function that returns a question, or None when the rule does not apply. The
questions prompt members to ask; they state the figures and leave the explanation to the service.
"""
from dataclasses import dataclass

from core.periods import YEAR
from improvement_plan.rules import RAG_LABELS
from metrics.comparison import HIGH_IS_GOOD, LOW_IS_GOOD
from metrics.judgements import TARGET_MISSED, WORSENED

from metrics.formatting import format_difference, format_value

# A gap between teams is worth asking about when the worst is this much (relative to the best) worse.
TEAM_GAP_THRESHOLD = 0.10
# A worsening is worth asking about when it is at least this large relative to the earlier figure: members
# asked not to fixate on small changes.
MATERIAL_CHANGE = 0.05


@dataclass(frozen=True)
class Question:
    rule: str
    text: str
    subject: str


def judgement_key(summary, name):
    judgement = summary.judgements.get(name)
    return judgement.key if judgement else None


def red_against_target(summary):
    if judgement_key(summary, "target") != TARGET_MISSED.key:
        return None
    indicator = summary.indicator
    return Question(
        "red_against_target",
        f"{indicator.title} is {format_value(summary.value, indicator)} against a target of "
        f"{format_value(summary.target.value, indicator)} ({TARGET_MISSED.words.lower()}). "
        "What is stopping the service reaching the target, and by when is it expected to?",
        indicator.title,
    )


def is_annual(summary):
    return summary.period.kind == YEAR


def is_material(value, earlier):
    return bool(earlier) and abs(value - earlier) / abs(earlier) >= MATERIAL_CHANGE


def worse_than_last_quarter(summary):
    """Worsening on the previous period: the last quarter, or the previous year for annual figures."""
    if judgement_key(summary, "previous") != WORSENED.key or not is_material(summary.value, summary.previous):
        return None
    indicator = summary.indicator
    earlier = "the previous year" if is_annual(summary) else "last quarter"
    return Question(
        "worse_than_last_quarter",
        f"{indicator.title} has worsened from {format_value(summary.previous, indicator)} {earlier} to "
        f"{format_value(summary.value, indicator)}. Is this a one-off or the start of a trend, and what is driving it?",
        indicator.title,
    )


def worse_than_last_year(summary):
    """Worsening on the same quarter last year (annual figures are covered by worse_than_last_quarter)."""
    if is_annual(summary) or judgement_key(summary, "last_year") != WORSENED.key:
        return None
    if not is_material(summary.value, summary.last_year):
        return None
    indicator = summary.indicator
    return Question(
        "worse_than_last_year",
        f"{indicator.title} is {format_value(summary.value, indicator)}, worse than "
        f"{format_value(summary.last_year, indicator)} a year earlier. What has changed over the year?",
        indicator.title,
    )


def significantly_worse_than_england(summary):
    if judgement_key(summary, "significance") != "significantly_worse":
        return None
    indicator = summary.indicator
    return Question(
        "significantly_worse_than_england",
        f"{indicator.title} is {format_value(summary.value, indicator)} against "
        f"{format_value(summary.england, indicator)} for England, a difference too large to be chance. "
        "What explains the gap with England, and what would close it?",
        indicator.title,
    )


def team_gap(summary, team_values):
    """The gap between the best and worst team, when the worst is at least 10% worse than the best."""
    indicator = summary.indicator
    values = {team: value for team, value in team_values.items() if value is not None}
    if indicator.polarity not in (HIGH_IS_GOOD, LOW_IS_GOOD) or len(values) < 2:
        return None
    ordered = sorted(values.items(), key=lambda item: item[1], reverse=indicator.polarity == HIGH_IS_GOOD)
    (best_team, best), (worst_team, worst) = ordered[0], ordered[-1]
    if best == 0 or abs(worst - best) / abs(best) < TEAM_GAP_THRESHOLD:
        return None
    comparative = ("longer" if worst > best else "shorter") if indicator.unit == "days" else (
        "higher" if worst > best else "lower"
    )
    return Question(
        "team_gap",
        f"{indicator.title}: the {worst_team} figure ({format_value(worst, indicator)}) is "
        f"{format_difference(worst - best, indicator)} {comparative} than the {best_team} figure "
        f"({format_value(best, indicator)}). What explains the difference between teams, and what is being done "
        "to close the gap?",
        indicator.title,
    )


def overdue_action(action):
    """An improvement action past its target date and not complete (from improvement_plan's overdue rule)."""
    return Question(
        "overdue_action",
        f"Improvement action {action.reference}, \"{action.title}\", was due by {action.target_display} and is not "
        f"complete (last reported: {RAG_LABELS[action.current_rag]}). What is the revised date, and what is "
        "getting in the way?",
        f"{action.reference} {action.title}",
    )


INDICATOR_RULES = [red_against_target, worse_than_last_quarter, worse_than_last_year, significantly_worse_than_england]


def indicator_questions(summary, team_values):
    """Every question the rules raise about one indicator."""
    found = [rule(summary) for rule in INDICATOR_RULES]
    if any(found):
        found.append(team_gap(summary, team_values))
    return [question for question in found if question]
