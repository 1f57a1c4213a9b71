"""Each validation rule on its own, over plain facts: no database."""
from datetime import date

from ascdash.selfassessment import rules
from ascdash.selfassessment.rules import Facts, ItemFacts, SectionFacts

ON = date(2026, 9, 30)


def evidence(ref, **kwargs):
    return ItemFacts("evidence", ref, **kwargs)


def quote(ref, **kwargs):
    return ItemFacts("quote", ref, **kwargs)


def facts(items=(), sections=(), codes=()):
    return Facts(list(items), list(sections), ON, frozenset(codes))


def subjects(findings):
    return [finding.subject for finding in findings]


def test_malformed_ids_are_those_not_letter_and_number():
    found = rules.malformed_ids(facts([evidence("E1"), evidence("F27"), evidence("EI2"), quote("Q1"), quote("E3")]))
    assert [f.message for f in found] == [
        "'F27' is not an evidence id: use E and a number, e.g. E12.",
        "'EI2' is not an evidence id: use E and a number, e.g. E12.",
        "'E3' is not a quote id: use Q and a number, e.g. Q12.",
    ]


def test_an_id_used_twice_in_one_register_is_a_duplicate_but_not_across_registers():
    found = rules.duplicate_ids(facts([evidence("E14"), evidence("E14"), evidence("E14"), evidence("E2"),
                                       quote("Q2"), quote("E2")]))
    assert [f.message for f in found] == ["E14 is used for 3 evidence items."]


def test_gaps_are_reported_as_ranges_per_register():
    items = [evidence(f"E{n}") for n in (1, 2, 5, 6, 9)] + [evidence("E1O"), quote("Q2")]
    assert [f.message for f in rules.id_gaps(facts(items))] == [
        "No evidence item is numbered E3 to E4.",
        "No evidence item is numbered E7 to E8.",
        "No quote item is numbered Q1.",
    ]


def test_number_ranges():
    assert rules.number_ranges({9, 5, 6, 7, 2}) == [(2, 2), (5, 7), (9, 9)]
    assert rules.number_ranges(set()) == []


def test_cited_but_missing_names_the_statement():
    found = rules.cited_but_missing(facts([evidence("E1")], [SectionFacts(1, "Assessing needs", ("E1", "E27", "Q4"))]))
    assert [f.message for f in found] == ["E27 is cited under Assessing needs but is not in the register.",
                                          "Q4 is cited under Assessing needs but is not in the register."]


def test_never_cited():
    found = rules.never_cited(facts([evidence("E1", title="Strategy"), evidence("E2", title="Audit"), quote("Q1")],
                                    [SectionFacts(1, "Equity", ("E1",))]))
    assert [f.message for f in found] == ["E2 (Audit) is not cited under any statement.",
                                          "Q1 is not cited under any statement."]


def test_link_problems_are_judged_by_form_only():
    assert rules.link_problem("https://www.northmoor.gov.uk/a", False) is None
    assert rules.link_problem("", True) is None  # a file instead
    assert rules.link_problem("", False) == "has no link or file"
    assert rules.link_problem("TBC", False) == "has a placeholder link 'TBC'"
    assert rules.link_problem("#", True) == "has a placeholder link '#'"
    assert rules.link_problem("http://link", False) == "has a placeholder link 'http://link'"
    assert rules.link_problem("www.northmoor.gov.uk/a", False) == \
        "has a link that is not a full web address: 'www.northmoor.gov.uk/a'"
    assert rules.link_problem("http://intranet/report", False) == \
        "has a link that is not a full web address: 'http://intranet/report'"


def test_placeholder_links_only_for_evidence():
    found = rules.placeholder_links(facts([evidence("E1", link="#"), evidence("E2", has_file=True), quote("Q1")]))
    assert [f.message for f in found] == ["E1 has a placeholder link '#'."]


def test_statement_without_evidence_when_it_cites_none_in_the_register_and_none_names_it():
    sections = [SectionFacts(1, "Assessing needs", ("E1",)), SectionFacts(2, "Equity", ("E9", "Q1")),
                SectionFacts(3, "Safeguarding", ()), SectionFacts(4, "Governance", ())]
    items = [evidence("E1"), evidence("E2", statement_ids=frozenset({3})), quote("Q1", statement_ids=frozenset({4}))]
    assert subjects(rules.statements_without_evidence(facts(items, sections))) == ["Equity", "Governance"]


def test_past_review_date_is_strictly_before_the_date():
    items = [evidence("E1", review_date=date(2026, 9, 29)), evidence("E2", review_date=ON), evidence("E3")]
    assert [f.message for f in rules.past_review_date(facts(items))] == ["E1 was due for review on 29 September 2026."]


def test_unknown_indicator_codes():
    found = rules.unknown_indicators(facts([], [SectionFacts(1, "Equity", codes=("known", "nope"))], codes=["known"]))
    assert [f.message for f in found] == ["{nope} under Equity is not an indicator code."]


def test_quotes_without_consent():
    found = rules.quotes_without_consent(facts([quote("Q1"), quote("Q2", consent_recorded=False)]))
    assert [f.message for f in found] == ["Q2 has no consent recorded: do not publish it until it has."]
