"""Permissions read once per change of roles, not once per request.

A signed-in page needs the person's permissions (navigation, role checks). Django's ModelBackend reads them
with two joined queries on every request, which cost more than the rest of a cached page's own work. They
change only when someone's groups, a group's permissions or a user's superuser or active flag change, so
CachedPermissionsBackend keeps each user's set in the cache under an access token that any such change
replaces (at once and again at commit, as ascdash.data_version does for figures).
"""
from django.contrib.auth import get_user_model
from django.contrib.auth.backends import ModelBackend
from django.contrib.auth.models import Group, Permission
from django.core.cache import cache
from django.db.models.signals import m2m_changed, post_delete, post_save

from .data_version import current_token, replace_now_and_at_commit

ACCESS_TOKEN_KEY = "ascdash:access-version"


class CachedPermissionsBackend(ModelBackend):
    def get_all_permissions(self, user_obj, obj=None):
        if not user_obj.is_active or user_obj.is_anonymous or obj is not None:
            return set()
        if not hasattr(user_obj, "_perm_cache"):
            key = f"permissions:{user_obj.pk}:{current_token(ACCESS_TOKEN_KEY)}"
            user_obj._perm_cache = cache.get_or_set(key, lambda: ModelBackend.get_all_permissions(self, user_obj))
        return user_obj._perm_cache


def access_changed(**kwargs):
    replace_now_and_at_commit(ACCESS_TOKEN_KEY)


def user_saved(update_fields=None, **kwargs):
    if update_fields is not None and set(update_fields) <= {"last_login"}:  # every sign-in saves this
        return
    access_changed()


def connect_receivers():
    User = get_user_model()
    for model in (Group, Permission):
        post_save.connect(access_changed, sender=model, dispatch_uid=f"access.save.{model.__name__}")
        post_delete.connect(access_changed, sender=model, dispatch_uid=f"access.delete.{model.__name__}")
    post_save.connect(user_saved, sender=User, dispatch_uid="access.save.user")
    post_delete.connect(access_changed, sender=User, dispatch_uid="access.delete.user")
    for through in (User.groups.through, User.user_permissions.through, Group.permissions.through):
        m2m_changed.connect(access_changed, sender=through, dispatch_uid=f"access.links.{through.__name__}")
