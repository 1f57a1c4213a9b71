"""Every edit to a version, newest first, from the django-simple-history records of its parts."""
from dataclasses import dataclass

from cqc.models import QualityStatement, Theme
from improvement_plan.models import Action

from .compare import word_diff
from .models import EvidenceItem, Lead, Quote, Section, Version
from .services import COPIED

LONG_TEXT = {name for name, _ in Section.HEADINGS} | {"text"}
HISTORY_LIMIT = 300


@dataclass
class FieldChange:
    label: str
    old: object  # text, or [(changed, text)] for long text
    new: object
    long_text: bool


@dataclass
class Change:
    when: object
    who: str
    subject: str
    kind: str  # Created, Changed, Deleted
    fields: list


def subject_of(model, record, names):
    if model is Section:
        return names["qualitystatement"].get(record.statement_id, "A statement")
    if model is EvidenceItem:
        return f"{record.ref} {record.title}"
    if model is Quote:
        return f"{record.ref} {record.text[:60]}"
    if model is Lead:
        scope = names["theme"].get(record.theme_id) or names["qualitystatement"].get(record.statement_id)
        return f"Lead for {scope}: {record.user.get_full_name() or record.user.username}"
    return "The version"


def shown(value, names):
    if isinstance(value, list):  # many-to-many: through-row dicts such as {"qualitystatement": 3, ...}
        return ", ".join(sorted(names[key].get(pk, "?") for row in value for key, pk in row.items()
                                if key in names)) or "None"
    return "None" if value in (None, "") else str(value)


def field_changes(model, record, previous, names):
    changes = []
    for change in record.diff_against(previous).changes:
        field = model._meta.get_field(change.field)
        label = field.verbose_name.capitalize()
        if change.field in LONG_TEXT:
            old, new = word_diff(change.old or "", change.new or "")
            changes.append(FieldChange(label, old, new, True))
        else:
            labels = dict(field.flatchoices) if field.choices else {}
            old, new = (labels.get(change.old, change.old), labels.get(change.new, change.new)) if labels else (
                change.old, change.new)
            changes.append(FieldChange(label, shown(old, names), shown(new, names), False))
    return changes


def records_of(version):
    """(model, historical record) pairs for the version and its parts."""
    yield from ((Version, r) for r in Version.history.filter(id=version.pk).select_related("history_user"))
    for model in (Section, EvidenceItem, Quote, Lead):
        related = ["history_user", "user"] if model is Lead else ["history_user"]
        yield from ((model, r) for r in model.history.filter(version_id=version.pk).select_related(*related))


def version_changes(version):
    """[Change], newest first (at most HISTORY_LIMIT); copies made when the revision began are left out."""
    names = {"qualitystatement": dict(QualityStatement.objects.values_list("pk", "name")),
             "theme": dict(Theme.objects.values_list("pk", "name")),
             "action": {pk: f"{ref} {title[:50]}" for pk, ref, title in
                        Action.objects.values_list("pk", "reference", "title")}}
    records = sorted(records_of(version), key=lambda pair: (pair[0].__name__, pair[1].id, pair[1].history_date,
                                                               pair[1].history_id))
    changes, previous = [], None
    for model, record in records:
        same_object = previous is not None and previous[0] is model and previous[1].id == record.id
        if record.history_change_reason != COPIED:
            fields = field_changes(model, record, previous[1], names) if same_object and record.history_type == "~" else []
            if fields or record.history_type != "~":
                user = record.history_user
                changes.append(Change(record.history_date, (user.get_full_name() or user.username) if user else "System",
                                      subject_of(model, record, names), record.get_history_type_display(), fields))
        previous = (model, record)
    return sorted(changes, key=lambda change: change.when, reverse=True)[:HISTORY_LIMIT]
