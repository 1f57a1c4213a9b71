import pandas as pd
import pytest

from metrics.families.reviews import calculators as reviews

from .frames import find, frame, month

MARCH = month("2026-03")


def client(person, team, last=None, due=None, completed=None):
    return {"snapshot_date": "2026-03-31", "month": "2026-03-01", "person_id": person, "team": team,
            "last_review_date": last, "next_review_due": due, "review_completed_date": completed}


RECORDS = frame([
    client("a", "North", last="2025-04-01", due="2026-04-01"),  # reviewed (after 31 Mar 2025)
    client("a", "North", last="2025-04-01", due="2026-04-01"),  # duplicate row: counted once
    client("b", "North", last="2025-03-31", due="2026-03-31"),  # exactly 12 months: not reviewed; due today: not overdue
    client("c", "North", last="2024-01-10"),  # due 10 Jan 2025: overdue by more than 6, not 24 months
    client("d", "LD", completed="2026-02-15", due="2027-02-15"),  # reviewed this year via completed date
    client("e", "LD", due="2023-12-01"),  # overdue by more than 24 months
    client("f", "LD"),  # no dates: not pending
], ["snapshot_date", "month", "last_review_date", "next_review_due", "review_completed_date"])


@pytest.fixture(scope="module")
def figures():
    return reviews.calculate(RECORDS, [MARCH])


def test_reviewed_in_12_months(figures):
    figure = find(figures, "reviews-in-12-months-pct", MARCH)
    assert (figure.numerator, figure.denominator) == (2, 6)
    assert figure.value == pytest.approx(100 / 3)
    assert find(figures, "reviews-in-12-months-pct", MARCH, "team", "LD").numerator == 1


def test_overdue_counts(figures):
    assert find(figures, "reviews-overdue", MARCH).value == 2
    assert find(figures, "reviews-overdue-24-months", MARCH).value == 1


def test_overdue_more_than_6_months_of_pending(figures):
    figure = find(figures, "reviews-overdue-6-months-pct", MARCH)
    assert (figure.numerator, figure.denominator, figure.value) == (2, 5, 40)


def test_twelve_months_from_29_february_is_28_february():
    snapshot = pd.DataFrame({
        "last_review_date": pd.to_datetime(["2028-02-29", "2028-02-28"]),
        "review_completed_date": pd.to_datetime([None, None]),
        "next_review_due": pd.to_datetime([None, None]),
        "snapshot_date": pd.to_datetime(["2029-02-28", "2029-02-28"]),
    })
    assert list(reviews.review_due(snapshot)) == [pd.Timestamp("2029-02-28")] * 2
    # twelve months before 28 February 2029 is 28 February 2028: a review that day is not after it
    assert list(reviews.reviewed_in_12_months(snapshot)) == [True, False]
