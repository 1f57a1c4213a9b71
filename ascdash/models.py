from django.db import models

from .roles import PERMISSIONS


class Access(models.Model):
    """Holds the role permissions; it has no table and no rows."""

    class Meta:
        managed = False
        default_permissions = ()
        permissions = list(PERMISSIONS.items())
