"""The validation report for one version: every rule in rules.py run over the version's facts."""
from dataclasses import dataclass

from django.utils import timezone

from metrics.models import Indicator

from . import rules
from .citations import cited_refs, indicator_codes
from .models import Section, ref_sort_key



@dataclass(frozen=True)
class Rule:
    key: str
    title: str
    words: str  # the rule, as the page states it
    check: object  # rules.<function>(facts) -> [Finding]


RULES = [
    Rule("malformed_ids", "Ids typed wrongly",
         "Evidence ids are E and a number (E12); quote ids are Q and a number (Q3).", rules.malformed_ids),
    Rule("duplicate_ids", "Ids used more than once", "Each id names one item.", rules.duplicate_ids),
    Rule("id_gaps", "Gaps in the numbering", "Ids run from 1 upwards with none missing.", rules.id_gaps),
    Rule("cited_but_missing", "Cited but not in the register",
         "Every id the text cites is in the register.", rules.cited_but_missing),
    Rule("never_cited", "In the register but never cited",
         "Every evidence item and quote is cited under at least one statement.", rules.never_cited),
    Rule("placeholder_links", "Placeholder or broken links",
         "Every evidence item has a file or a full web address (https://…). Only the form of the address is "
         "checked; it is never visited.", rules.placeholder_links),
    Rule("statements_without_evidence", "Statements with no evidence",
         "Every statement cites an evidence item that is in the register, or an item names the statement.",
         rules.statements_without_evidence),
    Rule("past_review_date", "Evidence past its review date",
         "No evidence item's review date has passed.", rules.past_review_date),
    Rule("unknown_indicators", "Unknown indicator codes",
         "Every figure cited in curly brackets is an indicator's code.", rules.unknown_indicators),
    Rule("quotes_without_consent", "Quotes without consent recorded",
         "Every quote has the speaker's consent recorded.", rules.quotes_without_consent),
]


def section_text(section):
    return "\n".join(getattr(section, name) for name, _ in Section.HEADINGS)


def review_reference_date(version, today=None):
    """Drafts are judged today; an endorsed version as it stood when it was endorsed."""
    if not version.is_draft and version.endorsed_on:
        return version.endorsed_on
    return today or timezone.localdate()


def facts_for(version, today=None):
    """The version's registers and citations as rules.Facts. Five queries."""
    items = [
        rules.ItemFacts("evidence", item.ref, item.title, item.link, bool(item.file), item.review_date,
                        frozenset(s.id for s in item.statements.all()))
        for item in version.evidence.prefetch_related("statements")
    ] + [
        rules.ItemFacts("quote", quote.ref, statement_ids=frozenset(s.id for s in quote.statements.all()),
                        consent_recorded=quote.consent_recorded)
        for quote in version.quotes.prefetch_related("statements")
    ]
    sections = [
        rules.SectionFacts(section.statement_id, section.statement.name, tuple(cited_refs(section_text(section))),
                           tuple(indicator_codes(section_text(section))))
        for section in version.sections.select_related("statement")
    ]
    return rules.Facts(
        items=sorted(items, key=lambda item: (item.register, ref_sort_key(item.ref))), sections=sections,
        on=review_reference_date(version, today), known_codes=frozenset(Indicator.objects.values_list("code", flat=True)),
    )


@dataclass
class Report:
    on: object
    results: list  # [(Rule, [Finding])]

    @property
    def total(self):
        return sum(len(findings) for _, findings in self.results)


def validation_report(version, today=None):
    facts = facts_for(version, today)
    return Report(facts.on, [(rule, rule.check(facts)) for rule in RULES])
