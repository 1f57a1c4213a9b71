import django_filters
from django.db.models import Q

from cqc.models import QualityStatement

from . import rules
from .models import AreaForImprovement
from .selectors import overdue_q


class ActionFilter(django_filters.FilterSet):
    area = django_filters.ModelChoiceFilter(label="Area for improvement", queryset=AreaForImprovement.objects.none())
    rag = django_filters.ChoiceFilter(label="Last RAG status", field_name="current_rag", choices=rules.RAG_CHOICES,
                                      empty_label="Any")
    overdue = django_filters.ChoiceFilter(label="Overdue", choices=[("yes", "Overdue only"), ("no", "Not overdue")],
                                          method="filter_overdue", empty_label="Any")
    quality_statement = django_filters.ModelChoiceFilter(
        label="CQC quality statement", field_name="quality_statements", queryset=QualityStatement.objects.all(),
        empty_label="Any",
    )
    lead = django_filters.ChoiceFilter(label="Lead or group", method="filter_lead", empty_label="Any")

    def __init__(self, data=None, queryset=None, *, plan, today, **kwargs):
        super().__init__(data, queryset=queryset, **kwargs)
        self.today = today
        self.filters["area"].queryset = plan.areas.all()
        self.filters["area"].extra["empty_label"] = "Any"
        leads = set()
        for officer, group in queryset.values_list("lead_officer", "responsible_group"):
            leads.update(filter(None, (officer, group)))
        self.filters["lead"].extra["choices"] = [(lead, lead) for lead in sorted(leads)]

    def filter_overdue(self, queryset, name, value):
        condition = overdue_q(self.today)
        return queryset.filter(condition) if value == "yes" else queryset.exclude(condition)

    def filter_lead(self, queryset, name, value):
        return queryset.filter(Q(lead_officer=value) | Q(responsible_group=value))
