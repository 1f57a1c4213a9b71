from django import forms
from django.utils import timezone

from cqc.models import Assessment, QualityStatement

from .models import Action, StatusUpdate
from .importing import open_workbook


class DateInput(forms.DateInput):
    input_type = "date"

    def __init__(self, **kwargs):
        super().__init__(format="%Y-%m-%d", **kwargs)


class StatusUpdateForm(forms.ModelForm):
    evidence_link = forms.URLField(
        label="Link to evidence (optional)", required=False, max_length=500, assume_scheme="https",
        help_text="A web address starting https://, for example a document on the intranet.",
    )

    class Meta:
        model = StatusUpdate
        fields = ["date", "rag", "percent_complete", "note", "evidence_link"]
        labels = {
            "date": "Date of update",
            "rag": "RAG status",
            "percent_complete": "Percent complete",
            "note": "Progress note",
        }
        help_texts = {
            "percent_complete": "A whole number from 0 to 100.",
        }
        widgets = {
            "date": DateInput(),
            "percent_complete": forms.NumberInput(attrs={"min": 0, "max": 100, "step": 1}),
            "note": forms.Textarea(attrs={"rows": 4}),
        }

    def __init__(self, *args, today=None, latest=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.today = today or timezone.localdate()
        self.fields["date"].initial = self.today
        if latest is not None:  # start from where the action stands
            self.fields["rag"].initial = latest.rag
            self.fields["percent_complete"].initial = latest.percent_complete

    def clean_date(self):
        day = self.cleaned_data["date"]
        if day > self.today:
            raise forms.ValidationError("The date of the update cannot be in the future.")
        return day


class ActionForm(forms.ModelForm):
    quality_statements = forms.ModelMultipleChoiceField(
        label="CQC quality statements", queryset=QualityStatement.objects.all(), required=False,
        widget=forms.CheckboxSelectMultiple,
    )

    class Meta:
        model = Action
        fields = [
            "title", "description", "quality_statements", "lead_officer", "responsible_group",
            "commencement_date", "commencement_month_only", "commencement_text",
            "target_date", "target_month_only", "target_text", "deliverables",
        ]
        labels = {
            "title": "Action",
            "commencement_month_only": "Only the month of commencement is known",
            "commencement_text": "Note on commencement (optional)",
            "target_month_only": "Only the month of the target is known",
            "target_text": "Note on target, or why there is no date (optional)",
        }
        help_texts = {
            "commencement_text": "For example: due to recruitment.",
            "target_text": "For example: Ongoing, or TBC pending review.",
            "target_month_only": "A month-only target is due by the end of that month.",
        }
        widgets = {
            "title": forms.Textarea(attrs={"rows": 2}),
            "description": forms.Textarea(attrs={"rows": 3}),
            "deliverables": forms.Textarea(attrs={"rows": 3}),
            "commencement_date": DateInput(),
            "target_date": DateInput(),
        }

    def clean(self):
        cleaned = super().clean()
        for prefix in ("commencement", "target"):
            day = cleaned.get(f"{prefix}_date")
            if day and cleaned.get(f"{prefix}_month_only"):
                cleaned[f"{prefix}_date"] = day.replace(day=1)
        start, target = cleaned.get("commencement_date"), cleaned.get("target_date")
        if start and target and target < start:
            self.add_error("target_date", "The target date must be on or after the commencement date.")
        return cleaned


class PlanImportForm(forms.Form):
    title = forms.CharField(label="Plan title", max_length=200)
    file = forms.FileField(
        label="Plan workbook (.xlsx)",
        help_text="Columns: Theme(s), Area for improvement, Actions for improvement, Commencement date, "
                  "Target date, Lead, Deliverables, Outcomes to track.",
    )
    assessment = forms.ModelChoiceField(
        label="CQC assessment the plan responds to (optional)", queryset=Assessment.objects.all(), required=False
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        try:
            open_workbook(upload)
        except ValueError as error:
            raise forms.ValidationError(str(error)) from None
        upload.seek(0)
        return upload


class ChangesSinceForm(forms.Form):
    since = forms.DateField(label="Changes since", widget=DateInput())
