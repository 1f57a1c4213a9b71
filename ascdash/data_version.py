"""A token that changes whenever anything the reader pages show changes, so their cached parts are never stale.

The dashboard, indicator and plan pages cache their expensive parts with `{% cache %}`, varied on
`data_version` (the context processor below): the token plus today's date, since overdue actions and the
quarter in progress depend on the day. The token lives in the default cache, shared by every worker.

A save or delete of a model the pages show, a change to its many-to-many links, or a bulk write of figures
(metrics.signals.figures_changed) replaces the token at once and again when the transaction commits. The
second replacement matters: a request that read the token and data between the first one and the commit
would otherwise have stored the old figures under the token that outlives the change.
"""
from uuid import uuid4

from django.apps import apps
from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.utils import timezone
from django.utils.functional import SimpleLazyObject

TOKEN_KEY = "ascdash:data-version"

# Models whose rows the reader pages show. Record-level returns and uploads are left out: they reach the pages
# only through recalculation, which writes IndicatorValue in bulk and sends figures_changed.
SHOWN_MODELS = [
    "metrics.Indicator", "metrics.Target", "metrics.Commentary", "metrics.Area", "metrics.ComparatorGroup",
    "metrics.Team", "metrics.PopulationProfile",
    "cqc.Theme", "cqc.QualityStatement", "cqc.Assessment", "cqc.StatementScore",
    "improvement_plan.Plan", "improvement_plan.AreaForImprovement", "improvement_plan.Action",
    "improvement_plan.StatusUpdate", "improvement_plan.OutcomeToTrack",
    "ascdash.QuarterPublication",
]
# Watched for single saves only (an edit in admin): a delete receiver would stop Django deleting stale
# figures in bulk, since it would load every row to send the signal.
SAVED_ONLY = ["metrics.IndicatorValue"]


def current_token(key=TOKEN_KEY):
    token = cache.get(key)
    if token is None:  # first use, or the cache was cleared: whatever was kept under it is then out of date anyway
        cache.add(key, uuid4().hex, timeout=None)
        token = cache.get(key)
    return token


def replace_token(key=TOKEN_KEY):
    cache.set(key, uuid4().hex, timeout=None)


def replace_now_and_at_commit(key):
    replace_token(key)
    transaction.on_commit(lambda: replace_token(key))


def remembered(name, compute):
    """compute(), kept in the cache until the shown data next changes."""
    return cache.get_or_set(f"{name}:{current_token()}", compute)


def data_changed(**kwargs):
    """Signal receiver: the shown data changed (or is about to, when its transaction commits)."""
    replace_now_and_at_commit(TOKEN_KEY)


def links_changed(sender, instance, action, **kwargs):
    if action.startswith("post_") and instance._meta.label in SHOWN_MODELS:
        data_changed()


def connect_receivers():
    from metrics.signals import figures_changed

    for label in SHOWN_MODELS:
        model = apps.get_model(label)
        post_save.connect(data_changed, sender=model, dispatch_uid=f"data_version.save.{label}")
        post_delete.connect(data_changed, sender=model, dispatch_uid=f"data_version.delete.{label}")
    for label in SAVED_ONLY:
        post_save.connect(data_changed, sender=apps.get_model(label), dispatch_uid=f"data_version.save.{label}")
    # m2m_changed with no sender does not affect bulk deletes (only delete signals do).
    m2m_changed.connect(links_changed, dispatch_uid="data_version.links")
    figures_changed.connect(data_changed, dispatch_uid="data_version.figures")


def data_version(request):
    """Context processor: what the cached page parts vary on; read only by pages that have them."""
    return {"data_version": SimpleLazyObject(lambda: f"{current_token()}:{timezone.localdate().isoformat()}")}
