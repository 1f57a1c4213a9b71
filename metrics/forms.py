"""Forms: administrators' imports of national figures and comparator groups."""
from django import forms
from django.core.exceptions import ValidationError

from core.files import FileRefused, Limits

from .models import ComparatorGroup
from .services.benchmarks import parse_year


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
        help_text="The official ASCOF CSV as published, or a file with one figure per row (area, year, measure, "
                  "value) or one column per year.",
    )
    year = forms.CharField(
        label="Financial year (if the file does not say)", required=False, max_length=12,
        help_text="For example 2023-24. The official ASCOF CSV has no year column: its year is taken from the "
                  "published file name (…-2223-… is 2022-23); give it here if the name does not say it.",
    )

    def clean_file(self):
        return checked_file(self.cleaned_data["file"], (".csv", ".xlsx"))

    def clean_year(self):
        text = self.cleaned_data["year"].strip()
        if not text:
            return None
        try:
            return parse_year(text)
        except ValueError:
            raise ValidationError("Enter a financial year like 2023-24.") from None


class ComparatorImportForm(forms.Form):
    file = forms.FileField(
        label="Comparator groups (CSV or JSON)",
        help_text="Each council's code with its neighbours' codes.",
    )
    kind = forms.ChoiceField(label="Kind of group", choices=ComparatorGroup.KIND_CHOICES)
    name = forms.CharField(label="Group name (optional)", required=False, max_length=200)

    def clean_file(self):
        return checked_file(self.cleaned_data["file"], (".csv", ".json"))
