"""Administration of reference data, indicators, targets and comparator groups (the "administer" permission)."""
from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from .models import Area, ComparatorGroup, Indicator, PopulationProfile, Target, Team
from core.permissions import AdministerPermission, ViewOnly


@admin.register(Indicator)
class IndicatorAdmin(ViewOnly, AdministerPermission, admin.ModelAdmin):
    """View only: indicators are reviewed data, defined in each family's indicators.json (metrics/families/) and
    loaded with `load_indicators`, which would overwrite an edit made here."""

    list_display = ["code", "title", "family", "source", "unit", "polarity", "frequency", "active"]
    list_filter = ["family", "source", "frequency", "active", "quality_statements"]
    search_fields = ["code", "title", "ascof_id"]
    filter_horizontal = ["quality_statements"]


@admin.register(Target)
class TargetAdmin(AdministerPermission, SimpleHistoryAdmin):
    list_display = ["indicator", "value", "tolerance", "start_date", "end_date", "updated_by"]
    list_filter = ["indicator__family"]
    search_fields = ["indicator__code", "indicator__title", "note"]
    autocomplete_fields = ["indicator"]
    exclude = ["updated_by"]

    def save_model(self, request, obj, form, change):
        obj.updated_by = request.user
        super().save_model(request, obj, form, change)


@admin.register(ComparatorGroup)
class ComparatorGroupAdmin(AdministerPermission, admin.ModelAdmin):
    list_display = ["name", "kind", "area", "is_default"]
    list_filter = ["kind", "is_default"]
    search_fields = ["name", "area__name", "area__code"]
    filter_horizontal = ["members"]
    autocomplete_fields = ["area"]


@admin.register(Area)
class AreaAdmin(AdministerPermission, admin.ModelAdmin):
    list_display = ["name", "code", "cassr_code", "kind", "council_type", "region", "listed"]
    list_filter = ["kind", "listed", "council_type", "region"]
    search_fields = ["name", "code", "cassr_code"]


@admin.register(Team)
class TeamAdmin(AdministerPermission, admin.ModelAdmin):
    list_display = ["name", "kind", "active"]
    list_filter = ["kind", "active"]
    search_fields = ["name"]


@admin.register(PopulationProfile)
class PopulationProfileAdmin(AdministerPermission, admin.ModelAdmin):
    list_display = ["area", "year", "dimension", "category", "population"]
    list_filter = ["year", "dimension"]
    search_fields = ["area__name", "category"]
