"""Two versions side by side, per statement: a word diff of each heading's text, and the evidence and
improvement actions added or removed."""
import difflib
import re
from dataclasses import dataclass

from .citations import cited_refs
from .models import Section, ref_sort_key
from .validation import section_text


def word_diff(old, new):
    """([(changed, text)] for the old text, [(changed, text)] for the new): removed words are `changed` in the
    first, added words in the second. Words and the spaces between them are kept as they were."""
    old_tokens, new_tokens = re.findall(r"\S+|\s+", old or ""), re.findall(r"\S+|\s+", new or "")
    old_parts, new_parts = [], []
    matcher = difflib.SequenceMatcher(None, old_tokens, new_tokens, autojunk=False)
    for tag, a1, a2, b1, b2 in matcher.get_opcodes():
        if a2 > a1:
            old_parts.append((tag != "equal", "".join(old_tokens[a1:a2])))
        if b2 > b1:
            new_parts.append((tag != "equal", "".join(new_tokens[b1:b2])))
    return merge_runs(old_parts), merge_runs(new_parts)


def merge_runs(parts):
    """Changed words separated only by unchanged spaces read as one change ('have fallen sharply'), and the
    spaces around a change are left unmarked."""
    merged = []
    for changed, text in trimmed(parts):
        if merged and merged[-1][0] == changed:
            merged[-1] = (changed, merged[-1][1] + text)
        elif changed and len(merged) >= 2 and merged[-2][0] and not merged[-1][1].strip():
            space = merged.pop()[1]
            merged[-1] = (True, merged[-1][1] + space + text)
        else:
            merged.append((changed, text))
    return merged


def trimmed(parts):
    for changed, text in parts:
        core = text.strip()
        if not changed or not core:
            yield False, text
            continue
        start = text.index(core)
        before, after = text[:start], text[start + len(core):]
        if before:
            yield False, before
        yield True, core
        if after:
            yield False, after


@dataclass
class HeadingChange:
    heading: str
    old: list  # [(changed, text)]
    new: list
    changed: bool


@dataclass
class StatementComparison:
    statement: object
    headings: list  # [HeadingChange]
    evidence_added: list  # [item] in the later version
    evidence_removed: list  # [item] in the earlier version
    actions_added: list
    actions_removed: list

    @property
    def changed(self):
        return any(h.changed for h in self.headings) or any(
            [self.evidence_added, self.evidence_removed, self.actions_added, self.actions_removed])


def statement_evidence(section, items):
    """{ref: item} of register items cited under the section or naming its statement."""
    cited = set(cited_refs(section_text(section))) if section else set()
    statement_id = section.statement_id if section else None
    return {item.ref: item for item in items
            if item.ref in cited or any(s.id == statement_id for s in item.statements.all())}


def compare_sections(statement, earlier, later, earlier_items, later_items):
    headings = []
    for name, heading in Section.HEADINGS:
        old, new = getattr(earlier, name, ""), getattr(later, name, "")
        old_parts, new_parts = word_diff(old, new)
        headings.append(HeadingChange(heading, old_parts, new_parts, old != new))
    before, after = statement_evidence(earlier, earlier_items), statement_evidence(later, later_items)
    old_actions = {a.id: a for a in earlier.actions.all()} if earlier else {}
    new_actions = {a.id: a for a in later.actions.all()} if later else {}
    return StatementComparison(
        statement, headings,
        [after[ref] for ref in sorted(after.keys() - before.keys(), key=ref_sort_key)],
        [before[ref] for ref in sorted(before.keys() - after.keys(), key=ref_sort_key)],
        [new_actions[i] for i in new_actions.keys() - old_actions.keys()],
        [old_actions[i] for i in old_actions.keys() - new_actions.keys()],
    )


def compare_versions(earlier, later):
    """[StatementComparison] for every statement in either version, in framework order. Six queries."""
    def loaded(version):
        sections = {s.statement_id: s for s in version.sections.select_related("statement").prefetch_related("actions")}
        return sections, list(version.evidence.prefetch_related("statements"))

    (old_sections, old_items), (new_sections, new_items) = loaded(earlier), loaded(later)
    statements = {s.statement_id: s.statement for s in [*old_sections.values(), *new_sections.values()]}
    return [compare_sections(statement, old_sections.get(sid), new_sections.get(sid), old_items, new_items)
            for sid, statement in sorted(statements.items(), key=lambda pair: pair[1].number)]
