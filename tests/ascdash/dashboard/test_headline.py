"""The headline band: indicators that improved and worsened most on last period, by relative change."""
import pytest

from ascdash.dashboard.page import movers, relative_change

from tests.ascdash.dashboard.helpers import indicator, summary


@pytest.mark.parametrize("polarity, value, previous, expected", [
    ("high_is_good", 55.0, 50.0, 0.10),  # up 10%, higher is better
    ("high_is_good", 45.0, 50.0, -0.10),
    ("low_is_good", 90.0, 120.0, 0.25),  # down 25%, lower is better
    ("low_is_good", 150.0, 120.0, -0.25),
    ("no_judgement", 90.0, 120.0, None),  # context only: never a mover
    ("high_is_good", 50.0, None, None),  # nothing to compare with
    ("high_is_good", 50.0, 0.0, None),  # relative change undefined
    ("high_is_good", None, 50.0, None),
])
def test_relative_change_is_polarity_aware(polarity, value, previous, expected):
    change = relative_change(summary(indicator(polarity=polarity), value, previous))
    assert change == (pytest.approx(expected) if expected is not None else None)


def test_movers_picks_the_three_largest_each_way():
    summaries = [
        summary(indicator("Small rise", order=1), 51.0, 50.0),  # +2%
        summary(indicator("Big rise", order=2), 60.0, 50.0),  # +20%
        summary(indicator("Wait down", unit="days", polarity="low_is_good", decimals=0, order=3), 80.0, 100.0),  # +20% better
        summary(indicator("Medium rise", order=4), 55.0, 50.0),  # +10%
        summary(indicator("Fall", order=5), 40.0, 50.0),  # -20%
        summary(indicator("Wait up", unit="days", polarity="low_is_good", order=6), 105.0, 100.0),  # -5%
        summary(indicator("Concerns up", unit="count", polarity="no_judgement", order=7), 900.0, 100.0),
        summary(indicator("Unchanged", order=8), 50.0, 50.0),
    ]
    improved, worsened = movers(summaries)
    # ties in size keep the indicators' display order
    assert [m.indicator.title for m in improved] == ["Big rise", "Wait down", "Medium rise"]
    assert [m.indicator.title for m in worsened] == ["Fall", "Wait up"]
    assert improved[1].words == "100 days to 80 days (20% better)"
    assert worsened[0].words == "50.0% to 40.0% (20% worse)"
