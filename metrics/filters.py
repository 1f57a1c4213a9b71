"""Filters for the indicator list (django-filter). RAG is applied by the view, after the summaries."""
import django_filters
from django import forms

from cqc.framework import QUALITY_STATEMENTS, THEMES

from .judgements import TARGET_STATUSES
from .models import Indicator

RAG_CHOICES = [(judgement.key, judgement.words) for judgement in TARGET_STATUSES]


class IndicatorFilter(django_filters.FilterSet):
    theme = django_filters.ChoiceFilter(
        label="CQC theme", field_name="quality_statements__theme__slug", distinct=True,
        choices=[(theme["slug"], theme["name"]) for theme in THEMES], empty_label="All themes",
    )
    statement = django_filters.ChoiceFilter(
        label="Quality statement", field_name="quality_statements__slug", distinct=True,
        choices=[(s["slug"], s["name"]) for s in QUALITY_STATEMENTS], empty_label="All quality statements",
    )
    source = django_filters.ChoiceFilter(label="Source", choices=Indicator.SOURCE_CHOICES, empty_label="All sources")
    rag = django_filters.ChoiceFilter(label="Target status", choices=RAG_CHOICES, empty_label="Any status",
                                      method="filter_nothing")

    class Meta:
        model = Indicator
        fields = ["theme", "statement", "source", "rag"]

    def filter_nothing(self, queryset, name, value):
        return queryset  # needs the summaries; the view filters the rows

    @property
    def rag_value(self):
        return self.form.cleaned_data.get("rag") if self.is_valid() else ""


for field in IndicatorFilter.base_filters.values():
    field.extra["widget"] = forms.Select(attrs={"class": "select"})
