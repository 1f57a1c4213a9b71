"""Reads for the CQC pages, each with a bounded number of queries."""
from dataclasses import dataclass, field

from django.db.models import Prefetch

from core.judgements import BAD, GOOD, NEUTRAL

from .models import Assessment, StatementScore, Theme
from .rating import rate


def assessment_date(assessment):
    """The date that places an assessment in time: published, else site visit, else started."""
    return assessment.published or assessment.site_visit or assessment.started


def _with_scores(queryset):
    return queryset.prefetch_related(
        Prefetch("scores", queryset=StatementScore.objects.select_related("statement__theme"))
    )


def assessments_with_scores():
    return _with_scores(Assessment.objects.all())


def assessments_in_order():
    """Every assessment, oldest first, with its scores prefetched (2 queries)."""
    assessments = list(assessments_with_scores())
    return sorted(assessments, key=lambda a: (assessment_date(a) is not None, assessment_date(a), a.id))


def current_assessment(assessments):
    """The latest CQC final assessment, else the latest of any kind, else None."""
    finals = [a for a in assessments if a.status == Assessment.FINAL]
    return (finals or assessments or [None])[-1]


def rating_of(assessment):
    return rate(score.score for score in assessment.scores.all())


def framework():
    """Themes with their statements (2 queries)."""
    return list(Theme.objects.prefetch_related("statements"))


@dataclass
class ThemeScores:
    theme: Theme
    rows: list = field(default_factory=list)  # (statement, score or None)


def scores_by_theme(assessment, themes):
    """For each theme, each statement with this assessment's score (None when not scored)."""
    by_statement = {score.statement_id: score for score in assessment.scores.all()}
    return [
        ThemeScores(theme, [(statement, by_statement.get(statement.id)) for statement in theme.statements.all()])
        for theme in themes
    ]


def change_words(earlier, later):
    """How a statement's score moved between two assessments, in words."""
    if earlier is None or later is None:
        return "not comparable"
    if later > earlier:
        return "higher"
    if later < earlier:
        return "lower"
    return "same"


CHANGE_TAGS = {"higher": GOOD, "same": NEUTRAL, "lower": BAD, "not comparable": NEUTRAL}


def comparison(assessments, statements):
    """Scores of successive assessments per statement, each after the first with its change from the one before.

    Returns rows of (statement, [cells]) where a cell is a dict: score, change (words), tag.
    """
    score_maps = [{s.statement_id: s.score for s in assessment.scores.all()} for assessment in assessments]
    rows = []
    for statement in statements:
        cells, previous = [], None
        for index, scores in enumerate(score_maps):
            score = scores.get(statement.id)
            change = change_words(previous, score) if index else None
            cells.append({"score": score, "change": change, "tag": CHANGE_TAGS.get(change)})
            previous = score
        rows.append((statement, cells))
    return rows


def statement_history(statement):
    """Each assessment's score and key findings for one statement, oldest assessment first (1 query)."""
    scores = StatementScore.objects.filter(statement=statement).select_related("assessment")
    return sorted(scores, key=lambda s: (assessment_date(s.assessment) is not None, assessment_date(s.assessment),
                                         s.assessment_id))


def latest_council_name():
    """The council named by the most recently recorded assessment, to prefill the import form."""
    return Assessment.objects.order_by("-id").values_list("council_name", flat=True).first() or ""
