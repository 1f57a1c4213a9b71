"""An officer uploads a return in a real browser, sees the preview and confirms; every uploads page passes axe."""
import pytest

from ascdash.roles import OFFICER
from ascdash.demo.reference import load_reference
from metrics.families.waiting.records import WaitingRecord
from metrics.models import Upload
from tests.browser.conftest import assert_no_axe_violations, sign_in
from tests.metrics.uploads.conftest import WAITING_HEADERS, waiting_row, xlsx_bytes


@pytest.fixture
def files(tmp_path, settings, browser_users):
    settings.MEDIA_ROOT = tmp_path / "media"
    load_reference()
    good = tmp_path / "waiting-august.xlsx"
    good.write_bytes(xlsx_bytes([WAITING_HEADERS, waiting_row(), waiting_row(person="P002", priority="Sometimes")]))
    bad = tmp_path / "waiting-bad.xlsx"
    bad.write_bytes(xlsx_bytes([WAITING_HEADERS, waiting_row(team="Atlantis")]))
    return good, bad


def submit(page, path):
    page.goto("/uploads/")
    page.select_option("#id_return_type", "waiting")
    page.fill("#id_period", "2025-08")
    page.set_input_files("#id_file", str(path))
    page.click("button:has-text('Upload and check')")


def test_officer_uploads_previews_and_confirms(page, axe, files):
    good, bad = files
    sign_in(page, OFFICER)
    page.goto("/uploads/")
    assert_no_axe_violations(axe, page)

    submit(page, good)
    page.wait_for_url("**/uploads/*/")
    assert page.locator("h1").inner_text() == "Waiting list snapshot for August 2025"
    assert "Priority is not one of the allowed values" in page.locator("table").nth(0).inner_text()
    assert_no_axe_violations(axe, page)
    page.click("button:has-text('Confirm and use this data')")
    page.wait_for_selector("text=Confirmed: this upload is now the current data")
    assert_no_axe_violations(axe, page)
    upload = Upload.objects.get()
    assert upload.status == Upload.CONFIRMED and WaitingRecord.objects.filter(upload=upload).count() == 2

    submit(page, bad)
    page.wait_for_url("**/uploads/*/")
    assert "This upload cannot be confirmed" in page.locator(".error-summary").inner_text()
    assert_no_axe_violations(axe, page)

    page.goto("/uploads/")
    page.set_input_files("#id_file", str(good))
    page.fill("#id_period", "2025-08")
    page.click("button:has-text('Upload and check')")
    assert "This file is identical to the Waiting list snapshot return" in page.locator(".error-summary").inner_text()
    assert_no_axe_violations(axe, page)

    for url in ["/uploads/history/", "/uploads/history/?return=waiting", "/uploads/data-quality/",
                "/uploads/data-quality/?return=carers"]:
        page.goto(url)
        assert_no_axe_violations(axe, page)
    assert page.problems.errors == []
