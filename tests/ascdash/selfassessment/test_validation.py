"""The validation report over a seeded draft (conftest.seeded) with one of each defect, computed by hand."""
from datetime import date

import pytest

from ascdash.selfassessment.validation import RULES, validation_report

TODAY = date(2026, 9, 30)


@pytest.fixture
def report(seeded, figures):  # figures: 'care-act-wait' is a known code, 'nope' is not
    return {rule.key: [finding.message for finding in findings]
            for rule, findings in validation_report(seeded, today=TODAY).results}


def test_every_rule_is_run_once(report):
    assert list(report) == [rule.key for rule in RULES]


def test_ids(report):
    assert report["malformed_ids"] == ["'EI5' is not an evidence id: use E and a number, e.g. E12."]
    assert report["duplicate_ids"] == ["E2 is used for 2 evidence items."]
    assert report["id_gaps"] == ["No evidence item is numbered E3.", "No evidence item is numbered E5.",
                                 "No quote item is numbered Q2."]


def test_citations(report):
    assert report["cited_but_missing"] == ["E7 is cited under Assessing needs but is not in the register."]
    assert report["never_cited"] == ["E6 (Evidence E6) is not cited under any statement.",
                                     "EI5 (Evidence EI5) is not cited under any statement."]


def test_links_never_visited(report):
    assert report["placeholder_links"] == [
        "E2 has a placeholder link 'TBC'.", "E2 has a placeholder link '#'.", "E4 has a placeholder link 'http://link'.",
        "E6 has no link or file.", "EI5 has a link that is not a full web address: 'www.northmoor.gov.uk/five'.",
    ]


def test_statements_without_evidence(report):
    # Assessing needs cites E1; Safeguarding is named by E4 (its own text cites only a quote)
    assert report["statements_without_evidence"] == [
        f"{name} cites no evidence item in the register, and no item names it." for name in [
            "Supporting people to live healthier lives", "Equity in experience and outcomes",
            "Care provision, integration and continuity", "Partnerships and communities",
            "Safe pathways, systems and transitions", "Governance, management and sustainability",
            "Learning, improvement and innovation"]]


def test_review_dates_indicators_and_consent(report):
    assert report["past_review_date"] == ["E4 was due for review on 31 January 2026."]
    assert report["unknown_indicators"] == ["{nope} under Assessing needs is not an indicator code."]
    assert report["quotes_without_consent"] == ["Q3 has no consent recorded: do not publish it until it has."]


def test_an_endorsed_version_is_judged_as_it_stood_when_endorsed(seeded, admin):
    from ascdash.selfassessment import services

    services.endorse(seeded, "Director of Adult Social Care", date(2025, 12, 1), admin)
    report = validation_report(seeded, today=TODAY)
    assert report.on == date(2025, 12, 1)
    assert [f.message for rule, findings in report.results if rule.key == "past_review_date" for f in findings] == []
