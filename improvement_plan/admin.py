"""Administration of plans (the "administer" permission). Steering group members work through the /plan/ pages."""
from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from core.permissions import AdministerPermission, ViewOnly

from .models import Action, AreaForImprovement, OutcomeToTrack, Plan, StatusUpdate


class AreaInline(AdministerPermission, admin.TabularInline):
    model = AreaForImprovement
    fields = ["order", "title", "priority_phase"]
    extra = 0


@admin.register(Plan)
class PlanAdmin(AdministerPermission, SimpleHistoryAdmin):
    list_display = ["title", "period_start", "period_end", "assessment"]
    inlines = [AreaInline]


@admin.register(AreaForImprovement)
class AreaForImprovementAdmin(AdministerPermission, SimpleHistoryAdmin):
    list_display = ["title", "plan", "order", "priority_phase"]
    list_filter = ["plan"]


@admin.register(Action)
class ActionAdmin(AdministerPermission, SimpleHistoryAdmin):
    list_display = ["reference", "title", "area", "lead_officer", "responsible_group", "target_date"]
    list_filter = ["area__plan", "area"]
    search_fields = ["reference", "title", "lead_officer", "responsible_group"]
    filter_horizontal = ["quality_statements"]


@admin.register(StatusUpdate)
class StatusUpdateAdmin(ViewOnly, AdministerPermission, admin.ModelAdmin):
    """Read-only: the RAG history is added to from the action page and never edited."""

    list_display = ["action", "date", "rag", "percent_complete", "author", "created_at"]
    list_filter = ["rag", "action__area__plan"]


@admin.register(OutcomeToTrack)
class OutcomeToTrackAdmin(AdministerPermission, SimpleHistoryAdmin):
    list_display = ["description", "plan", "indicator", "baseline_value", "target_value", "direction"]
    list_filter = ["plan", "direction"]
