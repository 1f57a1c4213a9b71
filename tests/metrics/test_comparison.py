import pytest

from metrics.comparison import (
    Judgement,
    Position,
    direction,
    rank_and_quartile,
    significance,
    target_rag,
    versus,
    wilson_interval,
)

HIGH, LOW, NONE = "high_is_good", "low_is_good", "no_judgement"


@pytest.mark.parametrize(
    "value, other, polarity, expected",
    [
        (60, 50, HIGH, Judgement("better", "Better than England", "good")),
        (40, 50, HIGH, Judgement("worse", "Worse than England", "bad")),
        (40, 50, LOW, Judgement("better", "Better than England", "good")),
        (60, 50, LOW, Judgement("worse", "Worse than England", "bad")),
        (50, 50, HIGH, Judgement("same", "Same as England", "neutral")),
        (60, 50, NONE, Judgement("higher", "Higher than England", "neutral")),
        (40, 50, NONE, Judgement("lower", "Lower than England", "neutral")),
        (None, 50, HIGH, Judgement("no_data", "No England figure to compare", "neutral")),
        (50, None, HIGH, Judgement("no_data", "No England figure to compare", "neutral")),
    ],
)
def test_versus(value, other, polarity, expected):
    assert versus(value, other, polarity, "England") == expected


def test_wilson_interval_hand_computed():
    # 45 of 100, z=1.96: centre = (0.45 + 3.8416/200) / 1.038416 = 0.451851;
    # half-width = 1.96 * sqrt(0.002475 + 0.00009604) / 1.038416 = 0.095705
    low, high = wilson_interval(45, 100)
    assert round(low, 4) == 0.3561
    assert round(high, 4) == 0.5476


def test_wilson_interval_at_extremes_stays_within_zero_and_one():
    low, high = wilson_interval(0, 10)
    assert low == pytest.approx(0.0, abs=1e-12)
    assert round(high, 4) == 0.2775
    low, high = wilson_interval(10, 10)
    assert round(low, 4) == 0.7225
    assert high == pytest.approx(1.0)


def test_wilson_interval_without_denominator():
    assert wilson_interval(3, 0) is None
    assert wilson_interval(None, 10) is None


@pytest.mark.parametrize(
    "benchmark, polarity, key, words, token",
    [
        (0.60, HIGH, "significantly_worse", "Significantly worse than England", "bad"),  # 0.60 above 0.5476
        (0.60, LOW, "significantly_better", "Significantly better than England", "good"),
        (0.30, HIGH, "significantly_better", "Significantly better than England", "good"),  # 0.30 below 0.3561
        (0.30, LOW, "significantly_worse", "Significantly worse than England", "bad"),
        (0.50, HIGH, "similar", "Similar to England", "neutral"),
        (0.3562, HIGH, "similar", "Similar to England", "neutral"),
        (0.3560, HIGH, "significantly_better", "Significantly better than England", "good"),
        (0.30, NONE, "significantly_higher", "Significantly higher than England", "neutral"),
    ],
)
def test_significance_of_45_in_100(benchmark, polarity, key, words, token):
    assert significance(45, 100, benchmark, polarity, "England") == Judgement(key, words, token)


def test_significance_needs_counts_and_benchmark():
    assert significance(None, None, 0.5, HIGH, "England").key == "no_data"
    assert significance(45, 100, None, HIGH, "England").key == "no_data"


def test_rank_and_quartile_high_is_good():
    values = [90, 80, 70, 60, 50, 40, 30, 20]
    assert rank_and_quartile(90, values, HIGH) == Position(rank=1, count=8, quartile=1)
    assert rank_and_quartile(70, values, HIGH) == Position(rank=3, count=8, quartile=2)
    assert rank_and_quartile(50, values, HIGH) == Position(rank=5, count=8, quartile=3)
    assert rank_and_quartile(20, values, HIGH) == Position(rank=8, count=8, quartile=4)


def test_rank_and_quartile_low_is_good_reverses_order():
    values = [90, 80, 70, 60, 50, 40, 30, 20]
    assert rank_and_quartile(20, values, LOW) == Position(rank=1, count=8, quartile=1)
    assert rank_and_quartile(90, values, LOW) == Position(rank=8, count=8, quartile=4)


def test_ties_share_the_best_rank():
    values = [10, 10, 10, 5]
    assert rank_and_quartile(10, values, HIGH) == Position(rank=1, count=4, quartile=1)
    assert rank_and_quartile(5, values, HIGH) == Position(rank=4, count=4, quartile=4)


def test_quartile_boundaries_among_150_councils():
    values = list(range(150))
    # value 150-r has rank r; quartile = ceil(4r/150)
    assert rank_and_quartile(150 - 37, values, HIGH).quartile == 1
    assert rank_and_quartile(150 - 38, values, HIGH).quartile == 2
    assert rank_and_quartile(150 - 75, values, HIGH).quartile == 2
    assert rank_and_quartile(150 - 76, values, HIGH).quartile == 3
    assert rank_and_quartile(150 - 113, values, HIGH).quartile == 4


def test_rank_ignores_missing_values_and_no_judgement():
    assert rank_and_quartile(5, [None, 5, 3, 2, 1], HIGH) == Position(rank=1, count=4, quartile=1)
    assert rank_and_quartile(5, [5, 3, 2, 1], NONE) is None
    assert rank_and_quartile(None, [5, 3, 2, 1], HIGH) is None
    assert rank_and_quartile(5, [], HIGH) is None


def test_no_quartile_among_fewer_than_four_councils():
    assert rank_and_quartile(5, [5], HIGH) is None
    assert rank_and_quartile(5, [None, 5, 3, 2], HIGH) is None


def test_position_words():
    position = Position(rank=12, count=152, quartile=1)
    assert position.words == "Quartile 1 of 4 (best quarter), ranked 12 of 152"
    assert position.judgement == Judgement("quartile_1", position.words, "good")
    assert Position(rank=140, count=152, quartile=4).judgement.token == "bad"


@pytest.mark.parametrize(
    "value, target, tolerance, polarity, key",
    [
        (90, 90, 5, HIGH, "green"),
        (89.9, 90, 5, HIGH, "amber"),
        (85, 90, 5, HIGH, "amber"),
        (84.9, 90, 5, HIGH, "red"),
        (90, 90, 10, LOW, "green"),
        (100, 90, 10, LOW, "amber"),
        (100.5, 90, 10, LOW, "red"),
        (89, 90, 0, HIGH, "red"),
        (89, 90, None, HIGH, "red"),
    ],
)
def test_target_rag(value, target, tolerance, polarity, key):
    assert target_rag(value, target, tolerance, polarity).key == key


def test_target_rag_words_and_missing():
    assert target_rag(95, 90, 5, HIGH) == Judgement("green", "Green: target met", "good")
    assert target_rag(87, 90, 5, HIGH) == Judgement("amber", "Amber: just short of target", "warning")
    assert target_rag(80, 90, 5, HIGH) == Judgement("red", "Red: target missed", "bad")
    assert target_rag(80, None, 5, HIGH) == Judgement("no_target", "No target", "neutral")
    assert target_rag(None, 90, 5, HIGH).key == "no_data"
    assert target_rag(80, 90, 5, NONE).key == "no_target"


@pytest.mark.parametrize(
    "current, previous, polarity, expected",
    [
        (120, 135, LOW, Judgement("improving", "Improving on last quarter", "good")),
        (150, 135, LOW, Judgement("worsening", "Worsening on last quarter", "bad")),
        (60, 50, HIGH, Judgement("improving", "Improving on last quarter", "good")),
        (40, 50, HIGH, Judgement("worsening", "Worsening on last quarter", "bad")),
        (50, 50, HIGH, Judgement("no_change", "No change on last quarter", "neutral")),
        (60, 50, NONE, Judgement("up", "Up on last quarter", "neutral")),
        (40, 50, NONE, Judgement("down", "Down on last quarter", "neutral")),
        (None, 50, HIGH, Judgement("no_data", "No figure for last quarter", "neutral")),
        (50, None, HIGH, Judgement("no_data", "No figure for last quarter", "neutral")),
    ],
)
def test_direction(current, previous, polarity, expected):
    assert direction(current, previous, polarity, "last quarter") == expected
