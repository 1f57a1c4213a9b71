"""Permission names, for every layer.

Permissions live on `ascdash.Access` (a model with no table) so that they name what a person does; which
role holds which is decided at the top, in ascdash.roles. Every layer names them through `perm()` here.
"""

PERMISSIONS = {
    "view_dashboards": "View dashboards, indicators, CQC and the improvement plan",
    "upload_returns": "Download templates and upload monthly returns",
    "write_commentary": "Write officer commentary on indicators",
    "view_data_quality": "View data-quality reports and unsuppressed breakdowns",
    "edit_plan": "Edit the improvement plan and add RAG updates",
    "edit_self_assessment": "Work on the CQC self-assessment: drafts, registers, comments and the statements you lead",
    "administer": "Manage targets, benchmarks, comparator groups, assessments and publication",
}


def perm(codename):
    """Full permission name for `user.has_perm`, e.g. perm("administer") -> "ascdash.administer"."""
    if codename not in PERMISSIONS:
        raise KeyError(f"Unknown permission {codename!r}")
    return f"ascdash.{codename}"


class AdministerPermission:
    """Django admin mixin: administrators (the role, not only superusers) may view and change these models."""

    def has_module_permission(self, request):
        return request.user.has_perm(perm("administer"))

    def has_view_permission(self, request, obj=None):
        return request.user.has_perm(perm("administer"))

    has_add_permission = has_change_permission = has_delete_permission = has_view_permission


class ViewOnly:
    """Django admin mixin: administrators see these rows but never add, change or delete them here."""

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
