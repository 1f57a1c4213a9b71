"""The rating rule at every band boundary, rounding half up, fewer than nine statements, and none."""
import pytest

from cqc.rating import band_for, overall_percent, rate


@pytest.mark.parametrize(
    "percent, band",
    [(25, "Inadequate"), (38, "Inadequate"), (39, "Requires improvement"), (62, "Requires improvement"),
     (63, "Good"), (87, "Good"), (88, "Outstanding"), (100, "Outstanding")],
)
def test_band_edges(percent, band):
    assert band_for(percent).name == band


@pytest.mark.parametrize("percent", [24, 101])
def test_percent_outside_the_scale_is_refused(percent):
    with pytest.raises(ValueError):
        band_for(percent)


def test_published_example_is_56_percent_requires_improvement_three_points_short_of_good():
    rating = rate([2, 2, 2, 2, 3, 2, 2, 2, 3])
    assert (rating.total, rating.maximum, rating.percent) == (20, 36, 56)
    assert rating.name == "Requires improvement"
    assert rating.points_to_next_band == 3
    assert rating.next_band.name == "Good"
    assert rating.next_band_percent == 64
    assert rating.words == "Requires improvement: 20 of 36 = 56%."
    assert rating.next_band_words == "3 score points short of Good (23 of 36 = 64%)."
    # (56 - 39) / (62 - 39) = 0.74 -> upper third
    assert rating.position_words == "In the upper third of the Requires improvement band (39–62%)."
    assert rating.coverage_words == "Based on all 9 quality statements."


@pytest.mark.parametrize(
    "scores, percent, band",
    [
        ([1, 2], 38, "Inadequate"),  # 3/8 = 37.5% -> 38
        ([1, 1, 1, 1, 2, 2, 2, 2, 2], 39, "Requires improvement"),  # 14/36 = 38.9% -> 39
        ([2, 2, 2, 2, 3, 3, 3, 2, 3], 61, "Requires improvement"),  # 22/36 = 61.1%: highest reachable below 63
        ([2, 3, 2, 3, 2, 3, 2, 3], 63, "Good"),  # 20/32 = 62.5% -> 63 (banker's rounding would give 62)
        ([3, 3, 3, 3, 4, 4, 4, 4, 3], 86, "Good"),  # 31/36 = 86.1%: highest reachable below 88
        ([3, 4, 3, 4, 3, 4, 3, 4], 88, "Outstanding"),  # 28/32 = 87.5% -> 88
        ([4, 4, 4, 4, 4, 3, 3, 3, 3], 89, "Outstanding"),  # 32/36 = 88.9% -> 89
        ([1] * 9, 25, "Inadequate"),
        ([4] * 9, 100, "Outstanding"),
    ],
)
def test_score_combinations_at_the_boundaries(scores, percent, band):
    rating = rate(scores)
    assert rating.percent == percent
    assert rating.name == band


def test_half_percent_rounds_up_not_to_even():
    assert overall_percent(20, 8) == 63  # 62.5
    assert overall_percent(3, 2) == 38  # 37.5
    assert overall_percent(9, 8) == 28  # 28.125
    assert round(62.5) == 62  # why the rule must not use round()


def test_just_below_good_needs_one_point():
    rating = rate([2, 3, 2, 3, 2, 3, 2, 2])  # 19/32 = 59.4% -> 59
    assert rating.percent == 59
    assert rating.points_to_next_band == 1  # 20/32 = 62.5% -> 63
    assert rating.next_band_words == "1 score point short of Good (20 of 32 = 63%)."


def test_inadequate_needs_points_to_requires_improvement():
    rating = rate([1] * 9)  # 9/36 = 25%
    assert rating.points_to_next_band == 5  # 14/36 = 38.9% -> 39
    assert rating.next_band_percent == 39
    assert rating.position_words == "In the lower third of the Inadequate band (25–38%)."


def test_good_to_outstanding_distance():
    rating = rate([3] * 9)  # 27/36 = 75%
    assert (rating.percent, rating.name) == (75, "Good")
    assert rating.points_to_next_band == 5  # 32/36 = 88.9% -> 89; 31/36 = 86.1%
    assert rating.next_band_percent == 89
    assert rating.position_words == "In the middle third of the Good band (63–87%)."


def test_outstanding_has_no_next_band():
    rating = rate([4] * 9)
    assert rating.next_band is None
    assert rating.points_to_next_band is None
    assert rating.next_band_words == "Outstanding is the highest rating; there is no next band."


def test_fewer_than_nine_statements():
    rating = rate([2, 3, 3])  # 8/12 = 66.7% -> 67
    assert (rating.total, rating.maximum, rating.percent, rating.name) == (8, 12, 67, "Good")
    assert rating.coverage_words == "Based on 3 of 9 quality statements."
    assert rating.points_to_next_band == 3  # 11/12 = 91.7%; 10/12 = 83.3%


def test_no_statements_scored_gives_no_rating():
    rating = rate([])
    assert not rating.rated
    assert rating.percent is None
    assert rating.name == "Not rated"
    assert rating.words == "Not rated: no quality statements scored."
    assert rating.next_band_words == ""


@pytest.mark.parametrize("bad", [0, 5, 2.5, None])
def test_score_outside_one_to_four_is_refused(bad):
    with pytest.raises(ValueError):
        rate([2, bad])
