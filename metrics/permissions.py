"""Permission names for metrics and the apps above it.

The roles and what each may do are defined at the top, in ascdash.roles. Lower layers name those
permissions by string, so that the dependency direction cqc <- metrics <- improvement_plan <- ascdash holds.
"""


def perm(codename):
    """Full permission name for `user.has_perm`, e.g. perm("administer") -> "ascdash.administer"."""
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
