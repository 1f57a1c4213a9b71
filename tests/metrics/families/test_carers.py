import pytest

from metrics.families.carers import calculators as carers
from core.periods import Period

from .frames import find, frame, month


def request(carer, upload_month, requested, assessed=None, outcome="", age=55, gender="female", ethnicity="white"):
    return {"carer_id": carer, "month": upload_month, "date_requested": requested, "date_assessed": assessed,
            "outcome": outcome, "age": age, "gender": gender, "ethnicity": ethnicity}


RECORDS = frame([
    request("k1", "2026-01-01", "2025-11-01"),
    request("k2", "2026-01-01", "2025-12-15", "2026-01-20", "support_provided"),
    request("k3", "2026-01-01", "2026-01-10", age=70),
    request("k1", "2026-02-01", "2025-11-01", "2026-02-10", "information_advice"),
    request("k2", "2026-02-01", "2025-12-15", "2026-01-20", "support_provided"),
    request("k3", "2026-02-01", "2026-01-10", age=70),
    request("k4", "2026-02-01", "2026-02-20"),
    request("k1", "2026-02-01", "2026-02-25"),  # the same carer asks again: a second request
], ["month", "date_requested", "date_assessed"])
JAN, FEB, Q4 = month("2026-01"), month("2026-02"), Period.parse("2025-26 Q4")


@pytest.fixture(scope="module")
def figures():
    return carers.calculate(RECORDS, [JAN, FEB, Q4])


def test_waiting_at_month_end_uses_latest_extract(figures):
    assert find(figures, "carers-waiting", JAN).value == 2  # k1 (assessed in February) and k3
    assert find(figures, "carers-median-wait-days", JAN).value == 56  # (91 + 21) / 2
    assert find(figures, "carers-waiting", FEB).value == 3
    assert find(figures, "carers-median-wait-days", FEB).value == 8  # 49, 8, 3
    assert find(figures, "carers-waiting", FEB, "age_band", "65-74").value == 1


def test_assessments_and_support(figures):
    assert find(figures, "carers-assessments-completed", JAN).value == 1
    assert find(figures, "carers-support-after-assessment-pct", JAN).value == 100
    assert find(figures, "carers-support-after-assessment-pct", FEB).value == 0
    quarter = find(figures, "carers-support-after-assessment-pct", Q4)
    assert (quarter.numerator, quarter.denominator, quarter.value) == (1, 2, 50)
    assert find(figures, "carers-assessments-completed", Q4).value == 2


def test_quarter_not_over_takes_state_at_the_last_extract(figures):
    # the extracts end in February, so 2025-26 Q4's carers waiting are those waiting on 28 February
    assert find(figures, "carers-waiting", Q4).value == 3
    assert find(figures, "carers-median-wait-days", Q4).value == 8


def test_carers_waiting_counts_requests_as_the_median_does():
    twice = frame([
        request("k1", "2026-03-01", "2026-01-01"),
        request("k1", "2026-03-01", "2026-03-01"),  # the same carer asks again while still waiting
        request("k2", "2026-03-01", "2026-02-01"),
    ], ["month", "date_requested", "date_assessed"])
    march = month("2026-03")
    figures = carers.calculate(twice, [march])
    median = find(figures, "carers-median-wait-days", march)
    assert find(figures, "carers-waiting", march).value == 3 == median.denominator  # three requests, two carers
    assert median.value == 58  # 89, 58 and 30 days to 31 March
