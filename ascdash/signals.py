from django.contrib.auth.models import Group, Permission

from .roles import ADMINISTRATOR


def grant_administrators_everything(**kwargs):
    """Administrators manage every model through Django admin, including models added later."""
    group = Group.objects.filter(name=ADMINISTRATOR).first()
    if group is not None:
        group.permissions.set(Permission.objects.all())
