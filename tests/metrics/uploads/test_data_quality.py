"""Data-quality report: completeness, invalid codes, missing key dates and the missing share vs the 5% target."""
import html
from datetime import date

import pytest

from ascdash.roles import OFFICER
from core.periods import Period
from metrics.selectors.uploads import data_quality
from metrics.services.uploads import confirm_upload, submit_upload

from .conftest import WAITING_HEADERS, waiting_row, xlsx_bytes

pytestmark = pytest.mark.django_db
REVIEW_HEADERS = ["Person ID", "Team", "Support setting", "Last review date", "Next review due",
                  "Review completed in month", "Review type"]


def confirmed(return_code, rows, sheet):
    upload = submit_upload(return_code, Period.month(2025, 8), xlsx_bytes(rows, sheet), "r.xlsx", None)
    return confirm_upload(upload.pk, None)


@pytest.fixture
def reviews(home_area):
    return confirmed("reviews", [
        REVIEW_HEADERS,
        ["P1", "North Locality", "Community", date(2025, 3, 1), date(2026, 3, 1), None, None],
        ["P2", "North Locality", "Residential", None, date(2025, 10, 1), None, None],
        ["P3", "South Locality", "Nursing", date(2024, 5, 1), None, date(2025, 8, 10), "Planned"],
        ["P4", "South Locality", "Community", None, None, None, "Whenever"],
    ], "Reviews")


def test_figures_for_a_reviews_return(reviews):
    quality = data_quality(reviews)
    assert quality.rows == 4
    assert [(c.label, c.filled, c.missing, c.completeness_percent, c.invalid) for c in quality.columns] == [
        ("Person ID", 4, 0, "100.0%", 0),
        ("Team", 4, 0, "100.0%", 0),
        ("Support setting", 4, 0, "100.0%", 0),
        ("Last review date", 2, 2, "50.0%", 0),
        ("Next review due", 2, 2, "50.0%", 0),
        ("Review completed in month", 1, 3, "25.0%", 0),
        ("Review type", 1, 3, "25.0%", 1),
    ]
    assert [(k.description, k.records, k.share_percent) for k in quality.key_dates] == [
        ("No last review date", 2, "50.0%"), ("No next review due date", 2, "50.0%")]
    # 5 columns should be filled: 4 of their 20 cells are blank.
    assert (quality.missing_cells, quality.checked_cells, quality.within_target) == (4, 20, False)
    assert quality.summary == ("20.0% of the values that should be filled are missing or invalid, at or above the "
                               "steering group's target of under 5%.")


def test_page_shows_judgement_in_words(client_for, reviews):
    response = client_for(OFFICER).get("/uploads/data-quality/?return=reviews&period=2025-08")
    page = response.content.decode()
    assert response.status_code == 200
    assert '<strong class="tag tag--bad">Above target</strong>' in page
    assert "20.0% of the values that should be filled are missing or invalid" in page


def test_within_target(client_for, home_area):
    rows = [WAITING_HEADERS] + [waiting_row(person=f"P{n}") for n in range(19)] + [waiting_row(person="P19", ethnicity=None)]
    upload = confirmed("waiting", rows, "Waiting list")
    quality = data_quality(upload)
    # 9 columns x 20 rows should be filled; one ethnicity is blank: 1 / 180 = 0.6%.
    assert (quality.missing_cells, quality.checked_cells, quality.within_target) == (1, 180, True)
    assert quality.key_dates == []
    page = html.unescape(client_for(OFFICER).get("/uploads/data-quality/?return=waiting").content.decode())
    assert '<strong class="tag tag--good">Within target</strong>' in page
    assert "0.6% of the values that should be filled are missing or invalid, under the steering group's target" in page


def test_no_confirmed_upload(client_for, home_area):
    page = client_for(OFFICER).get("/uploads/data-quality/?return=carers").content.decode()
    assert "No confirmed carers upload yet." in page
