"""The demo self-assessment: loaded once, its 2024 register shows every kind of defect the validation report
looks for, and its words agree with the demo council's own figures."""
from datetime import date

from django.core.management import call_command

from ascdash.demo.records import load_demo_records
from ascdash.demo.reference import load_reference
from ascdash.demo.selfassessment import V1_TITLE, V2_TITLE
from ascdash.selfassessment.history import version_changes
from ascdash.selfassessment.models import Comment, EvidenceItem, Quote, Section, Version
from ascdash.selfassessment.selectors import version_figures
from ascdash.selfassessment.validation import validation_report
from metrics.selectors import FigureReader


SERVICE = FigureReader.for_service()


def load(*quarters):
    """The demo with August to October 2026, and the monthly returns of any quarters given (first, last month)."""
    load_reference()
    for first, last in quarters:
        load_demo_records(first_month=first, last_month=last)
    call_command("load_demo", since="2026-08")
    return Version.objects.get(title=V1_TITLE), Version.objects.get(title=V2_TITLE)


def counts():
    return [model.objects.count() for model in (Version, Section, EvidenceItem, Quote, Comment)]


def findings(version, today=None):
    return {rule.key: [f.subject for f in found]
            for rule, found in validation_report(version, today=today).results if found}


def test_loaded_once_and_dated_in_the_story(db, capsys):
    endorsed, draft = load()
    first = counts()
    call_command("load_demo", since="2026-08")
    assert counts() == first == [2, 18, 38 + 51, 10 + 14, 5]
    assert (endorsed.status, endorsed.endorsed_on, draft.status, draft.revises) == (
        "endorsed", date(2024, 9, 27), "draft", endorsed)
    edits = [(c.when.date(), c.who, c.subject) for c in version_changes(draft) if c.kind == "Changed"]
    assert (date(2026, 9, 4), "Priya Analyst", "Assessing needs") in edits
    assert all(date(2026, 9, 1) <= when <= date(2026, 9, 18) for when, _, _ in edits)


def test_the_2024_register_has_each_kind_of_defect_and_the_2026_draft_fixes_most(db, capsys):
    endorsed, draft = load()
    assert findings(endorsed) == {
        "malformed_ids": ["F27"], "duplicate_ids": ["E14"], "id_gaps": ["E27"],
        "cited_but_missing": ["E27", "E40"], "never_cited": ["E33", "F27", "Q10"],
        "placeholder_links": ["E8", "E19", "E30"],
        "statements_without_evidence": ["Safe pathways, systems and transitions"],
        "past_review_date": ["E5", "E21"], "quotes_without_consent": ["Q6"],
    }
    assert findings(draft, today=date(2026, 12, 1)) == {
        "id_gaps": ["E5"], "never_cited": ["E21", "Q2", "Q13"], "placeholder_links": ["E50"],
        "past_review_date": ["E15", "E21", "E29", "E40"], "quotes_without_consent": ["Q13"]}


def number(version, code):
    found = version_figures(version, SERVICE)[code]
    return float(found.words.split()[0].rstrip("%").replace(",", "")), found.period


def test_the_words_agree_with_the_figures(db, capsys):
    endorsed, draft = load((date(2024, 4, 1), date(2024, 6, 1)), (date(2026, 4, 1), date(2026, 6, 1)))
    assert number(endorsed, "waiting-median-days-care-act-assessment") == (134, "2024-25 Q1")
    wait, period = number(draft, "waiting-median-days-care-act-assessment")
    assert period == "2026-27 Q1" and 90 <= wait < 100  # "fallen sharply", "close to our 90-day aim"
    assert number(draft, "waiting-team-gap-pct")[0] > number(endorsed, "waiting-team-gap-pct")[0]  # "widened"
    assert number(draft, "waiting-median-days-carers-assessment")[0] < \
        number(endorsed, "waiting-median-days-carers-assessment")[0]  # "carers' assessments are quicker"
    assert number(endorsed, "ascs-easy-to-find-information-pct") == (69.7, "2023-24")
    assert number(draft, "ascs-easy-to-find-information-pct")[0] > 69.7  # "(69.7% in 2023-24)"
    for version in (endorsed, draft):
        payments = version_figures(version, SERVICE)["ascof-3d-direct-payments-pct"]
        # "well above England" (England's latest published figure when the year's own is not out yet)
        assert float(payments.words.rstrip("%")) > float(payments.england.split("%")[0])
