"""The validation report's rules: one small function each, over plain facts (see validation.py), so each is
tested without a database. Each returns a list of Findings; an empty list means the rule holds."""
import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator

from .models import REF_PATTERN

LETTER = {"evidence": "E", "quote": "Q"}
ARTICLE = {"evidence": "an evidence", "quote": "a quote"}
PLACEHOLDER_LINKS = {"#", "tbc", "tbd", "tba", "n/a", "na", "none", "link", "url", "todo", "xxx", "?", "-", "–"}
is_web_address = URLValidator(schemes=["http", "https"])


@dataclass(frozen=True)
class ItemFacts:
    """An evidence item or quote, as the rules see it."""

    register: str  # "evidence" or "quote"
    ref: str
    title: str = ""
    link: str = ""
    has_file: bool = False
    review_date: date | None = None
    statement_ids: frozenset = frozenset()
    consent_recorded: bool = True


@dataclass(frozen=True)
class SectionFacts:
    statement_id: int
    statement_name: str
    cited: tuple = ()  # ids cited anywhere in the section's text
    codes: tuple = ()  # indicator codes cited


@dataclass
class Facts:
    items: list
    sections: list
    on: date  # the date review dates are judged at
    known_codes: frozenset = field(default_factory=frozenset)

    def register(self, name):
        return [item for item in self.items if item.register == name]


@dataclass(frozen=True)
class Finding:
    subject: str  # an id or a statement name
    message: str


def malformed_ids(facts):
    return [Finding(item.ref, f"'{item.ref}' is not {ARTICLE[item.register]} id: use {LETTER[item.register]} and a "
                              f"number, e.g. {LETTER[item.register]}12.")
            for item in facts.items if not REF_PATTERN[item.register].match(item.ref)]


def duplicate_ids(facts):
    counts = Counter((item.register, item.ref) for item in facts.items)
    return [Finding(ref, f"{ref} is used for {count} {register} items.")
            for (register, ref), count in counts.items() if count > 1]


def number_ranges(numbers):
    """[5, 6, 9] -> [(5, 6), (9, 9)]."""
    ranges = []
    for number in sorted(numbers):
        if ranges and number == ranges[-1][1] + 1:
            ranges[-1] = (ranges[-1][0], number)
        else:
            ranges.append((number, number))
    return ranges


def id_gaps(facts):
    findings = []
    for register, letter in LETTER.items():
        numbers = {int(item.ref[1:]) for item in facts.register(register) if REF_PATTERN[register].match(item.ref)}
        for start, end in number_ranges(set(range(1, max(numbers, default=0) + 1)) - numbers):
            span = f"{letter}{start}" if start == end else f"{letter}{start} to {letter}{end}"
            findings.append(Finding(f"{letter}{start}", f"No {register} item is numbered {span}."))
    return findings


def cited_but_missing(facts):
    known = {item.ref for item in facts.items}
    return [Finding(ref, f"{ref} is cited under {section.statement_name} but is not in the register.")
            for section in facts.sections for ref in section.cited if ref not in known]


def never_cited(facts):
    cited = {ref for section in facts.sections for ref in section.cited}
    return [Finding(item.ref, f"{item.ref} ({item.title}) is not cited under any statement." if item.title
                    else f"{item.ref} is not cited under any statement.")
            for item in facts.items if item.ref not in cited]


def link_problem(link, has_file):
    """Why a link cannot be followed, from its form alone (never fetched), or None."""
    link = (link or "").strip()
    if not link:
        return None if has_file else "has no link or file"
    if link.lower() in PLACEHOLDER_LINKS or re.fullmatch(r"https?://(link|url|tbc|example)?/?", link.lower()):
        return f"has a placeholder link '{link}'"
    try:
        is_web_address(link)
    except ValidationError:
        return f"has a link that is not a full web address: '{link}'"
    return None


def placeholder_links(facts):
    return [Finding(item.ref, f"{item.ref} {problem}.") for item in facts.register("evidence")
            for problem in [link_problem(item.link, item.has_file)] if problem]


def statements_without_evidence(facts):
    evidence = facts.register("evidence")
    known = {item.ref for item in evidence}
    named = {statement for item in evidence for statement in item.statement_ids}
    return [Finding(section.statement_name, f"{section.statement_name} cites no evidence item in the register, "
                                            "and no item names it.")
            for section in facts.sections
            if section.statement_id not in named and not any(ref in known for ref in section.cited)]


def past_review_date(facts):
    return [Finding(item.ref, f"{item.ref} was due for review on {item.review_date:%-d %B %Y}.")
            for item in facts.register("evidence") if item.review_date and item.review_date < facts.on]


def unknown_indicators(facts):
    return [Finding(code, f"{{{code}}} under {section.statement_name} is not an indicator code.")
            for section in facts.sections for code in section.codes if code not in facts.known_codes]


def quotes_without_consent(facts):
    return [Finding(item.ref, f"{item.ref} has no consent recorded: do not publish it until it has.")
            for item in facts.register("quote") if not item.consent_recorded]

