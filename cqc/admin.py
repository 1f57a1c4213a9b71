from django.contrib import admin

from core.permissions import perm

from .models import Assessment, QualityStatement, StatementScore, Theme

ADMINISTER = perm("administer")


class AdministratorsOnly:
    def has_module_permission(self, request):
        return request.user.has_perm(ADMINISTER)

    def has_view_permission(self, request, obj=None):
        return request.user.has_perm(ADMINISTER)

    def has_add_permission(self, request, *args):
        return request.user.has_perm(ADMINISTER)

    def has_change_permission(self, request, obj=None):
        return request.user.has_perm(ADMINISTER)

    def has_delete_permission(self, request, obj=None):
        return request.user.has_perm(ADMINISTER)


class StatementScoreInline(AdministratorsOnly, admin.TabularInline):
    model = StatementScore
    extra = 0
    max_num = 9
    fields = ["statement", "score", "key_findings"]


@admin.register(Assessment)
class AssessmentAdmin(AdministratorsOnly, admin.ModelAdmin):
    list_display = ["title", "council_name", "status", "started", "site_visit", "published"]
    list_filter = ["status"]
    search_fields = ["title", "council_name"]
    inlines = [StatementScoreInline]


@admin.register(Theme)
class ThemeAdmin(AdministratorsOnly, admin.ModelAdmin):
    list_display = ["number", "name"]
    readonly_fields = ["number", "slug"]

    def has_add_permission(self, request, *args):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(QualityStatement)
class QualityStatementAdmin(AdministratorsOnly, admin.ModelAdmin):
    list_display = ["number", "name", "theme"]
    readonly_fields = ["number", "slug", "theme"]

    def has_add_permission(self, request, *args):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
