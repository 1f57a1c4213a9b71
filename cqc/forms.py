from django import forms

from .models import Assessment


class DateInput(forms.DateInput):
    input_type = "date"


class AssessmentImportForm(forms.Form):
    council_name = forms.CharField(label="Council", max_length=200)
    title = forms.CharField(label="Title", max_length=200, help_text="For example: CQC assessment 2025.")
    status = forms.ChoiceField(label="Kind of assessment", choices=Assessment.STATUS_CHOICES)
    started = forms.DateField(label="Started", required=False, widget=DateInput)
    site_visit = forms.DateField(label="Site visit", required=False, widget=DateInput)
    published = forms.DateField(label="Published", required=False, widget=DateInput)
    summary = forms.CharField(label="Summary (optional)", required=False, widget=forms.Textarea(attrs={"rows": 3}))
    file = forms.FileField(
        label="Scores file (.xlsx or .csv)",
        help_text="Columns: Quality statement (name or alias), Score (1 to 4), Key findings.",
    )

    def clean(self):
        cleaned = super().clean()
        dates = [(name, cleaned.get(name)) for name in ("started", "site_visit", "published")]
        present = [(name, day) for name, day in dates if day]
        for (_, earlier), (later_name, later) in zip(present, present[1:]):
            if later < earlier:
                self.add_error(later_name, "This date is before the one above it; dates must be in order.")
        return cleaned

    def details(self):
        """Model field values for the assessment."""
        return {name: self.cleaned_data[name]
                for name in ("council_name", "title", "status", "started", "site_visit", "published", "summary")}
