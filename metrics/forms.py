"""Forms: administrators' imports of national figures and comparator groups."""
from django import forms
from django.core.exceptions import ValidationError

from core.files import FileRefused, Limits

from .models import ComparatorGroup


def checked_file(upload, extensions):
    name = upload.name.lower()
    if not name.endswith(extensions):
        raise ValidationError(f"Choose a {' or '.join(e.lstrip('.').upper() for e in extensions)} file.")
    try:
        Limits.from_settings().check_size(upload.size)
    except FileRefused as refused:
        raise ValidationError(str(refused)) from None
    return upload


class BenchmarkImportForm(forms.Form):
    file = forms.FileField(
        label="National figures (CSV or xlsx)",
        help_text="One figure per row, with columns for area code or name, year, measure and value.",
    )

    def clean_file(self):
        return checked_file(self.cleaned_data["file"], (".csv", ".xlsx"))


class ComparatorImportForm(forms.Form):
    file = forms.FileField(
        label="Comparator groups (CSV or JSON)",
        help_text="Each council's code with its neighbours' codes.",
    )
    kind = forms.ChoiceField(label="Kind of group", choices=ComparatorGroup.KIND_CHOICES)
    name = forms.CharField(label="Group name (optional)", required=False, max_length=200)

    def clean_file(self):
        return checked_file(self.cleaned_data["file"], (".csv", ".json"))
