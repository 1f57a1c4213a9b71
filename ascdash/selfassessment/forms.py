from pathlib import Path

from django import forms
from django.contrib.auth import get_user_model
from django.db.models import Q
from django.utils import timezone

from core.files import SMALLER_DOCX, FileRefused, Limits, open_word_document
from core.permissions import perm
from cqc.models import QualityStatement, Theme
from improvement_plan.forms import DateInput
from improvement_plan.models import Action
from improvement_plan.selectors import latest_plan

from . import rules
from .docx_import import parse_self_assessment
from .models import REF_PATTERN, EvidenceItem, Quote, Section, Version

EVIDENCE_FILE_TYPES = {".pdf", ".docx", ".xlsx", ".pptx", ".odt", ".ods", ".csv", ".txt", ".png", ".jpg", ".jpeg"}


def statement_choices():
    return forms.ModelMultipleChoiceField(label="Quality statements", queryset=QualityStatement.objects.all(),
                                          required=False, widget=forms.CheckboxSelectMultiple)


class VersionForm(forms.ModelForm):
    class Meta:
        model = Version
        fields = ["title", "as_at"]
        widgets = {"as_at": DateInput()}


class EndorseForm(forms.Form):
    endorsed_by = forms.CharField(label="Endorsed by", max_length=400,
                                  help_text="The named leaders, e.g. 'Director of Adult Social Care; Lead Member'.")
    endorsed_on = forms.DateField(label="Date endorsed", widget=DateInput())

    def __init__(self, *args, version, today=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.version, self.today = version, today or timezone.localdate()
        self.fields["endorsed_on"].initial = self.today

    def clean_endorsed_on(self):
        day = self.cleaned_data["endorsed_on"]
        if day > self.today:
            raise forms.ValidationError("The date endorsed cannot be in the future.")
        if day < self.version.as_at:
            raise forms.ValidationError(f"The date endorsed cannot be before the version's date, "
                                        f"{self.version.as_at:%-d %B %Y}.")
        return day


class SectionForm(forms.ModelForm):
    actions = forms.ModelMultipleChoiceField(
        label="Linked improvement actions", queryset=Action.objects.none(), required=False,
        widget=forms.CheckboxSelectMultiple)

    class Meta:
        model = Section
        fields = [name for name, _ in Section.HEADINGS] + ["actions"]
        widgets = {name: forms.Textarea(attrs={"rows": 8 if name == "how_we_know" else 4})
                   for name, _ in Section.HEADINGS}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        plan = latest_plan()
        linked = Q(pk__in=self.instance.actions.all()) if self.instance.pk else Q(pk__in=[])
        in_plan = Q(area__plan=plan) if plan else Q(pk__in=[])
        self.fields["actions"].queryset = Action.objects.filter(in_plan | linked).select_related("area").distinct()
        self.fields["actions"].label_from_instance = lambda action: f"{action.reference}: {action.title}"


class RegisterItemForm(forms.ModelForm):
    """Shared by both registers: the id must be the register's letter and a number, used once in the version."""

    statements = statement_choices()

    def __init__(self, *args, version, **kwargs):
        super().__init__(*args, **kwargs)
        self.version = version
        if not self.instance.pk:
            self.initial["ref"] = next_free_ref(self.others(), self.register)

    def others(self):
        return self._meta.model.objects.filter(version=self.version).exclude(pk=self.instance.pk)

    def clean_ref(self):
        ref = self.cleaned_data["ref"].strip().upper()
        letter = rules.LETTER[self.register]
        if not REF_PATTERN[self.register].match(ref):
            raise forms.ValidationError(f"Use {letter} and a number, for example {letter}12.")
        if self.others().filter(ref=ref).exists():
            raise forms.ValidationError(f"{ref} is already used. The next free id is "
                                        f"{next_free_ref(self.others(), self.register)}.")
        return ref


def next_free_ref(items, register):
    """The register's letter and one more than the highest number used."""
    numbers = {int(ref[1:]) for ref in items.values_list("ref", flat=True) if REF_PATTERN[register].match(ref)}
    return f"{rules.LETTER[register]}{max(numbers, default=0) + 1}"


class EvidenceForm(RegisterItemForm):
    register = "evidence"
    upload = forms.FileField(label="File (optional)", required=False,
                             help_text="PDF, Word, Excel, PowerPoint, OpenDocument, CSV, text or an image.")

    class Meta:
        model = EvidenceItem
        fields = ["ref", "title", "kind", "owner", "date", "link", "statements", "review_date"]
        widgets = {"date": DateInput(), "review_date": DateInput()}

    def clean_link(self):
        link = self.cleaned_data["link"].strip()
        if rules.link_problem(link, has_file=True):
            raise forms.ValidationError(f"'{link}' is not a full web address. Give one starting https://, or leave "
                                        "this empty and attach a file.")
        return link

    def clean_upload(self):
        upload = self.cleaned_data.get("upload")
        if upload is None:
            return None
        if Path(upload.name).suffix.lower() not in EVIDENCE_FILE_TYPES:
            raise forms.ValidationError("This kind of file cannot be attached. " + self.fields["upload"].help_text)
        try:
            Limits.from_settings().check_size(upload.size, "Make it smaller, or give a link instead.")
        except FileRefused as problem:
            raise forms.ValidationError(str(problem)) from None
        return upload

    def clean(self):
        cleaned = super().clean()
        if not cleaned.get("link") and not cleaned.get("upload") and not self.instance.file and not self.errors:
            raise forms.ValidationError("Give a link or attach a file, so that the evidence can be found.")
        return cleaned


class QuoteForm(RegisterItemForm):
    register = "quote"

    class Meta:
        model = Quote
        fields = ["ref", "text", "speaker", "statements", "date", "consent_recorded"]
        widgets = {"date": DateInput(), "text": forms.Textarea(attrs={"rows": 4})}
        labels = {"consent_recorded": "The speaker's consent to use this quote is recorded"}


class CommentForm(forms.Form):
    statement = forms.ModelChoiceField(label="About", queryset=QualityStatement.objects.all(), required=False,
                                       empty_label="The whole document")
    contributor = forms.CharField(label="Contributor", max_length=200,
                                  help_text="Name and organisation, e.g. 'Jo Patel, Healthwatch Northmoor'.")
    text = forms.CharField(label="Comment", widget=forms.Textarea(attrs={"rows": 4}))


class LeadForm(forms.Form):
    user = forms.ModelChoiceField(label="Person", queryset=get_user_model().objects.none())
    scope = forms.ChoiceField(label="Leads")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        app_label, codename = perm("edit_self_assessment").split(".")
        granted = Q(groups__permissions__codename=codename, groups__permissions__content_type__app_label=app_label)
        self.fields["user"].queryset = get_user_model().objects.filter(granted | Q(is_superuser=True)).distinct()
        self.fields["user"].label_from_instance = lambda user: user.get_full_name() or user.username
        self.fields["scope"].choices = [(f"theme-{t.pk}", f"Theme {t.number}: {t.name}") for t in Theme.objects.all()] + [
            (f"statement-{s.pk}", f"Statement: {s.name}") for s in QualityStatement.objects.all()]

    def lead_target(self):
        """{'theme': Theme} or {'statement': QualityStatement} for the chosen scope."""
        kind, pk = self.cleaned_data["scope"].split("-")
        model = Theme if kind == "theme" else QualityStatement
        return {kind: model.objects.get(pk=pk)}


class ImportForm(VersionForm):
    file = forms.FileField(label="Word document (.docx)")

    def clean_file(self):
        upload = self.cleaned_data["file"]
        try:
            Limits.from_settings().check_size(upload.size, SMALLER_DOCX)  # before the file is read
            data = upload.read()
            parsed = parse_self_assessment(open_word_document(data))
        except FileRefused as problem:
            raise forms.ValidationError(str(problem)) from None
        if not parsed.sections:
            raise forms.ValidationError("No quality statement headings were found. Each statement needs a heading "
                                        "naming it, for example 'Assessing needs'.")
        self.parsed, self.data_bytes = parsed, data
        return upload
