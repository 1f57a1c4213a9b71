"""The indicator registry: reviewed definitions in each family's indicators.json (metrics/families/<family>/),
validated and loaded into Indicator.

Each file is {"family": "<family code>", "indicators": [<definition>, ...]}; the family must be a registered
one, and a family's own file must name that family. A definition is rejected with a message naming the
file, the definition and the problem; nothing is loaded unless every definition is valid.
"""
import json
from datetime import date
from pathlib import Path

from django.db import transaction

from cqc.framework import QUALITY_STATEMENTS

from .families import FAMILIES
from .measure_ids import clashes
from .models import Indicator
from .signals import figures_changed

FAMILY_CODES = {family.code for family in FAMILIES}
BREAKDOWNS = {"team", "age_band", "gender", "ethnicity"} | {code for family in FAMILIES for code in family.breakdowns}
TEXT_FIELDS = ["code", "title", "description", "methodology", "limitations", "suppression"]
OPTIONAL_TEXT_FIELDS = ["numerator", "denominator", "ascof_id"]
REQUIRED_FIELDS = [
    *TEXT_FIELDS, *OPTIONAL_TEXT_FIELDS, "unit", "polarity", "frequency", "measure_type", "source",
    "older_ids", "quality_statements", "breakdowns", "decimals",
]
# sign_words: words for a signed figure, e.g. a budget variance: {"positive": "overspend", "negative": "underspend",
# "zero": "on budget", "share_of": "budget"} reads "£1.2m overspend (3.4% of budget)" (metrics.formatting).
SIGN_WORD_KEYS = ("positive", "negative", "zero", "share_of")
CHOICES = {
    "unit": Indicator.UNIT_CHOICES,
    "polarity": Indicator.POLARITY_CHOICES,
    "frequency": Indicator.FREQUENCY_CHOICES,
    "measure_type": Indicator.MEASURE_CHOICES,
    "source": Indicator.SOURCE_CHOICES,
}
CODE_MAX_LENGTH = Indicator._meta.get_field("code").max_length
# Fields a definition may leave out, with the value it then has (several issues add fields; none is required).
OPTIONAL_FIELDS = {
    "aliases": [], "sources": [], "reviewed_by": "", "date_reviewed": None, "next_review": None, "id_notes": "",
    "sign_words": {},
}
DATE_FIELDS = ("date_reviewed", "next_review")
SOURCE_KEYS = {"title", "url", "note"}


class RegistryError(ValueError):
    """One or more definitions are malformed; `problems` lists every one."""

    def __init__(self, problems):
        self.problems = problems
        super().__init__("Indicator registry is not valid:\n" + "\n".join(f"- {p}" for p in problems))


def definition_problems(definition):
    """Every problem with one definition, as sentences (empty when valid)."""
    if not isinstance(definition, dict):
        return ["is not an object"]
    problems = [f"missing field '{name}'" for name in REQUIRED_FIELDS if name not in definition]
    known = {*REQUIRED_FIELDS, *OPTIONAL_FIELDS}
    problems += [f"unknown field '{name}'" for name in definition if name not in known]
    for name in TEXT_FIELDS:
        if name in definition and not (isinstance(definition[name], str) and definition[name].strip()):
            problems.append(f"'{name}' must be non-empty text")
    for name in OPTIONAL_TEXT_FIELDS:
        if name in definition and not isinstance(definition[name], str):
            problems.append(f"'{name}' must be text")
    code = definition.get("code")
    if isinstance(code, str) and code and (
        len(code) > CODE_MAX_LENGTH or code != code.lower() or not all(c.isalnum() or c == "-" for c in code)
    ):
        problems.append(f"code '{code}' must be lower-case letters, digits and hyphens, at most {CODE_MAX_LENGTH}")
    for name, choices in CHOICES.items():
        allowed = [value for value, _ in choices]
        if name in definition and definition[name] not in allowed:
            problems.append(f"{name} '{definition[name]}' is not one of {', '.join(allowed)}")
    problems += _list_problems(definition, "older_ids", None)
    problems += _list_problems(definition, "aliases", None)
    problems += _review_problems(definition)
    problems += _list_problems(definition, "quality_statements", {s["slug"] for s in QUALITY_STATEMENTS})
    problems += _list_problems(definition, "breakdowns", BREAKDOWNS)
    if not definition.get("quality_statements") and "quality_statements" in definition:
        problems.append("'quality_statements' must name at least one CQC quality statement")
    problems += _sign_word_problems(definition.get("sign_words", {}))
    decimals = definition.get("decimals")
    if "decimals" in definition and not (isinstance(decimals, int) and not isinstance(decimals, bool) and 0 <= decimals <= 3):
        problems.append("'decimals' must be a whole number from 0 to 3")
    return problems


def _sign_word_problems(sign_words):
    if not isinstance(sign_words, dict) or not all(
            key in SIGN_WORD_KEYS and isinstance(text, str) and text.strip() for key, text in sign_words.items()):
        return [f"'sign_words' must map some of {', '.join(SIGN_WORD_KEYS)} to non-empty text"]
    if sign_words and not {"positive", "negative"} <= set(sign_words):
        return ["'sign_words' must name both the positive and the negative word"]
    return []


def parse_date(text):
    return date.fromisoformat(text) if isinstance(text, str) and len(text) == 10 else None


def _review_problems(definition):
    """Sources ([{title, url, note}]), the reviewer, the review dates (YYYY-MM-DD) and the id notes."""
    problems = []
    sources = definition.get("sources", [])
    if not isinstance(sources, list) or not all(
            isinstance(s, dict) and set(s) <= SOURCE_KEYS and isinstance(s.get("title"), str) and s["title"].strip()
            and all(isinstance(v, str) for v in s.values()) for s in sources):
        problems.append("'sources' must be a list of {title, url, note} with a title")
    for name in ("reviewed_by", "id_notes"):
        if not isinstance(definition.get(name, ""), str):
            problems.append(f"'{name}' must be text")
    dates = {}
    for name in DATE_FIELDS:
        if definition.get(name) is None:
            continue
        try:
            dates[name] = parse_date(definition[name])
        except ValueError:
            dates[name] = None
        if dates[name] is None:
            problems.append(f"'{name}' must be a date as YYYY-MM-DD")
    if dates.get("date_reviewed") and dates.get("next_review") and dates["next_review"] <= dates["date_reviewed"]:
        problems.append("'next_review' must be after 'date_reviewed'")
    return problems


def _list_problems(definition, name, allowed):
    if name not in definition:
        return []
    items = definition[name]
    if not isinstance(items, list) or not all(isinstance(item, str) for item in items):
        return [f"'{name}' must be a list of text"]
    if allowed is None:
        return []
    return [f"{name} has unknown value '{item}' (allowed: {', '.join(sorted(allowed))})"
            for item in items if item not in allowed]


def file_problems(name, content, owner=None):
    """Problems with one registry file's parsed content, each naming the file and definition. `owner` is the
    family whose package holds the file, if it is one."""
    if not isinstance(content, dict) or not isinstance(content.get("indicators"), list):
        return [f"{name}: must be an object with 'family' and an 'indicators' list"]
    problems = []
    family = content.get("family")
    if family not in FAMILY_CODES:
        problems.append(f"{name}: family '{family}' is not one of {', '.join(sorted(FAMILY_CODES))}")
    elif owner is not None and family != owner:
        problems.append(f"{name}: family '{family}' is not the family whose package holds it ({owner})")
    for index, definition in enumerate(content["indicators"], start=1):
        label = definition.get("code") if isinstance(definition, dict) and definition.get("code") else f"#{index}"
        problems += [f"{name}: definition {label}: {problem}" for problem in definition_problems(definition)]
    return problems


def family_files():
    """(path, name, family code) of every family's definitions, families in alphabetical order (the display
    order of indicators follows: family by family, then each file's order)."""
    return [(family.definitions_path, f"{family.code}/{family.definitions_path.name}", family.code)
            for family in sorted(FAMILIES, key=lambda f: f.code) if family.definitions_path is not None]


def read_definitions(directory=None):
    """All definitions, each with its family, in file then list order: from each family's indicators.json, or
    from the *.json files in `directory` (in name order) when one is given.

    Raises RegistryError naming every problem, including duplicate codes across files and ids or names that two
    definitions share.
    """
    if directory is None:
        files = family_files()
    else:
        files = [(path, path.name, None) for path in sorted(Path(directory).glob("*.json"))]
    problems, definitions, seen = [], [], {}
    if not files:
        raise RegistryError([f"no registry files (*.json) in {directory}"])
    for path, name, owner in files:
        try:
            content = json.loads(path.read_text(encoding="utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError) as error:
            problems.append(f"{name}: not valid JSON ({error})")
            continue
        found = file_problems(name, content, owner)
        problems += found
        if found:
            continue
        for definition in content["indicators"]:
            code = definition["code"]
            if code in seen:
                problems.append(f"{name}: duplicate code '{code}' (already defined in {seen[code]})")
                continue
            seen[code] = name
            definitions.append({**OPTIONAL_FIELDS, **definition, "family": content["family"]})
    problems += clashes(definitions)
    if problems:
        raise RegistryError(problems)
    return definitions


@transaction.atomic
def load_registry(directory=None):
    """Create or update an Indicator for every definition; indicators no longer defined become inactive.

    Returns (created, updated, deactivated) counts.
    """
    from cqc.models import QualityStatement

    definitions = read_definitions(directory)
    statements = {s.slug: s for s in QualityStatement.objects.all()}
    existing = {i.code: i for i in Indicator.objects.all()}
    created = updated = 0
    for order, definition in enumerate(definitions, start=1):
        fields = {k: v for k, v in definition.items() if k not in ("code", "quality_statements")}
        fields.update({name: parse_date(definition[name]) for name in DATE_FIELDS})
        indicator = existing.get(definition["code"])
        if indicator is None:
            indicator = Indicator(code=definition["code"])
            created += 1
        else:
            updated += 1
        for name, value in {**fields, "display_order": order, "active": True}.items():
            setattr(indicator, name, value)
        indicator.save()
        indicator.quality_statements.set([statements[slug] for slug in definition["quality_statements"]])
    codes = {d["code"] for d in definitions}
    deactivated = Indicator.objects.filter(active=True).exclude(code__in=codes).update(active=False)
    figures_changed.send(sender=Indicator)  # update() sends no post_save
    return created, updated, deactivated
