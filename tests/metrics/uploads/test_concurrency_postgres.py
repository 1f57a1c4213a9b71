"""Two officers confirming the same return and month at once cannot interleave.

Collected only when the database is PostgreSQL (see POSTGRES_ONLY_MODULES in conftest.py): it needs two real
connections and PostgreSQL's advisory locks. CI runs the suite on PostgreSQL too, so it always runs there.
"""
import threading
import time

import pytest
from django.db import connection, transaction

from ascdash.demo.reference import load_reference
from metrics.models import Upload, UploadEvent
from core.periods import Period
from metrics.services.uploads import confirm_upload, submit_upload

from .conftest import WAITING_HEADERS, waiting_row, xlsx_bytes

AUGUST = Period.month(2025, 8)


@pytest.fixture
def two_pending(transactional_db):
    load_reference()
    first = submit_upload("waiting", AUGUST, xlsx_bytes([WAITING_HEADERS, waiting_row(person="A")]), "a.xlsx", None)
    second = submit_upload("waiting", AUGUST, xlsx_bytes([WAITING_HEADERS, waiting_row(person="B")]), "b.xlsx", None)
    return first, second


def in_thread(target):
    def run():
        try:
            target()
        finally:
            connection.close()

    thread = threading.Thread(target=run)
    thread.start()
    return thread


def test_second_confirm_waits_for_the_first_to_commit(two_pending):
    first, second = two_pending
    first_holds_lock, release_first = threading.Event(), threading.Event()

    def officer_a():
        with transaction.atomic():
            confirm_upload(first.pk, None)
            first_holds_lock.set()
            release_first.wait(20)

    def officer_b():
        first_holds_lock.wait(20)
        confirm_upload(second.pk, None)

    thread_a = in_thread(officer_a)
    first_holds_lock.wait(20)
    thread_b = in_thread(officer_b)
    time.sleep(1.5)
    assert thread_b.is_alive()  # blocked on the return-period lock, not interleaving
    assert Upload.objects.get(pk=second.pk).status == Upload.VALIDATED
    release_first.set()
    thread_a.join(20)
    thread_b.join(20)
    assert list(Upload.objects.order_by("pk").values_list("status", flat=True)) == [Upload.SUPERSEDED, Upload.CONFIRMED]
    assert list(UploadEvent.objects.exclude(action=UploadEvent.UPLOADED).order_by("id").values_list("upload_id", "action")) == [
        (first.pk, UploadEvent.CONFIRMED), (first.pk, UploadEvent.SUPERSEDED), (second.pk, UploadEvent.CONFIRMED)]


def test_simultaneous_confirms_both_succeed_one_after_the_other(two_pending):
    first, second = two_pending
    start = threading.Barrier(2)
    failures = []

    def officer(upload):
        def confirm():
            start.wait(20)
            try:
                confirm_upload(upload.pk, None)
            except Exception as error:  # any failure here is what the lock must prevent
                failures.append(error)
        return confirm

    threads = [in_thread(officer(first)), in_thread(officer(second))]
    for thread in threads:
        thread.join(20)
    assert failures == []
    statuses = sorted(Upload.objects.values_list("status", flat=True))
    assert statuses == [Upload.CONFIRMED, Upload.SUPERSEDED]
    assert UploadEvent.objects.filter(action=UploadEvent.SUPERSEDED).count() == 1
