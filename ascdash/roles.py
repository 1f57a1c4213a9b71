"""The four roles, as Django groups, and what each may do.

Permissions live on `ascdash.Access` (a model with no table) so that they name
what a person does, not which table they touch. The data migration
`ascdash/migrations/0002_roles.py` creates the groups from ROLE_PERMISSIONS.
"""
from core.permissions import PERMISSIONS, perm  # one definition for every layer

SCRUTINY = "Scrutiny member"
OFFICER = "Performance officer"
STEERING = "Steering group"
ADMINISTRATOR = "Administrator"

ROLES = [SCRUTINY, OFFICER, STEERING, ADMINISTRATOR]

VIEW = "view_dashboards"
ROLE_PERMISSIONS = {
    SCRUTINY: [VIEW],
    OFFICER: [VIEW, "upload_returns", "write_commentary", "view_data_quality", "edit_self_assessment"],
    STEERING: [VIEW, "edit_plan", "edit_self_assessment"],
    ADMINISTRATOR: list(PERMISSIONS),
}


def role_of(user):
    """The highest role whose permissions the user holds, for display (no query once the permissions are read)."""
    held = user.get_all_permissions()
    for role in reversed(ROLES):
        if all(perm(codename) in held for codename in ROLE_PERMISSIONS[role]):
            return role
    return None


def sync_role_groups(Group, Permission, ContentType):
    """Create the role groups and their permissions; takes model classes so migrations can pass historical ones."""
    content_type, _ = ContentType.objects.get_or_create(app_label="ascdash", model="access")
    permissions = {
        codename: Permission.objects.get_or_create(
            content_type=content_type, codename=codename, defaults={"name": name}
        )[0]
        for codename, name in PERMISSIONS.items()
    }
    for role, codenames in ROLE_PERMISSIONS.items():
        group, _ = Group.objects.get_or_create(name=role)
        group.permissions.add(*(permissions[codename] for codename in codenames))
