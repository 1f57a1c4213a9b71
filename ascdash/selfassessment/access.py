"""Who may do what with a self-assessment.

Everyone who may view dashboards reads endorsed versions. Drafts, the registers, comments, validation, readiness
and history are for people who work on the self-assessment (officers, the steering group, administrators). In a
draft, a lead edits only the statements they lead (a theme lead: every statement in the theme) and the
registers; administrators edit everything and endorse. An endorsed version is never edited: revise it instead.
"""
from core.permissions import perm

from .models import Lead


def may_work(user):
    return user.has_perm(perm("edit_self_assessment"))


def may_administer(user):
    return user.has_perm(perm("administer"))


def may_read(user, version):
    return may_work(user) or (not version.is_draft and user.has_perm(perm("view_dashboards")))


def led_statement_ids(user, version):
    """The statements `user` leads in `version`: their own, and every statement in a theme they lead. One query."""
    led = set()
    for lead in Lead.objects.filter(version=version, user=user).select_related("theme").prefetch_related(
            "theme__statements"):
        if lead.theme:
            led.update(statement.id for statement in lead.theme.statements.all())
        else:
            led.add(lead.statement_id)
    return led


def may_edit_section(user, section, led):
    """`led`: led_statement_ids(user, section.version)."""
    return section.version.is_draft and (may_administer(user) or (may_work(user) and section.statement_id in led))


def may_edit_registers(user, version, led):
    return version.is_draft and (may_administer(user) or (may_work(user) and bool(led)))


def may_comment(user, version):
    return version.is_draft and may_work(user)
