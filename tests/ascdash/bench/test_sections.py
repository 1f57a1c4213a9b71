"""Rows of the benchmark table, from measured figures."""
import pytest

from ascdash.bench.sections import Row, has_large_council, load_rows


def test_load_rows_judge_p95_and_errors_against_the_goals():
    load = {"rps": 41.26, "median_ms": 578.4, "p95_ms": 149.6, "errors": 2, "requests": 2475}

    rows = load_rows("Plan page /plan/", load, 60)

    assert [(r.measure, r.value, r.goal, r.result) for r in rows] == [
        ("requests/s (25 users, 60 s, gunicorn 4 workers)", "41.3", "", ""),
        ("median latency (ms)", "578", "", ""),
        ("p95 latency (ms)", "150", "<= 150 (gate <= 1500)", "met"),
        ("errors", "2", "0", "NOT MET"),
    ]


def test_a_static_file_is_measured_but_not_judged():
    rows = load_rows("Static file", {"rps": 2608.1, "median_ms": 9, "p95_ms": 13, "errors": 0, "requests": 1}, 10,
                     judged=False)

    assert [r.result for r in rows] == ["", "", "", ""]
    assert rows[0].measure == "requests/s (25 users, 10 s, gunicorn 4 workers)"


def test_row_without_a_goal_has_no_result():
    assert Row("Recalculate every indicator", "all five years (s)", "55.9").result == ""


@pytest.mark.django_db
def test_an_empty_database_has_no_large_council():
    assert has_large_council() is False
