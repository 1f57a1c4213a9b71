"""Figures cited by a version: the latest period ending on or before its date, frozen when it is endorsed."""
from datetime import date

from ascdash.selfassessment import selectors, services
from ascdash.selfassessment.figures import figures_as_at
from metrics.selectors import FigureReader

from .conftest import put, write

SERVICE = FigureReader.for_service()


def test_the_latest_period_ending_on_or_before_the_date(figures):
    found = figures_as_at(SERVICE, ["care-act-wait", "direct-payments", "unknown"], date(2024, 9, 20))
    assert sorted(found) == ["care-act-wait", "direct-payments"]
    wait, payments = found["care-act-wait"], found["direct-payments"]
    assert (wait.words, wait.period, wait.england, wait.url) == ("134 days", "2024-25 Q1", "120 days",
                                                                  "/indicators/care-act-wait/")
    assert (payments.words, payments.period, payments.england) == ("45.0%", "2023-24", "")


def test_a_period_ending_on_the_date_itself_counts(figures):
    found = figures_as_at(SERVICE, ["care-act-wait", "direct-payments"], date(2024, 9, 30))
    assert (found["care-act-wait"].words, found["care-act-wait"].period) == ("145 days", "2024-25 Q2")
    assert found["direct-payments"].period == "2023-24"  # 2024-25 ends in March 2025


def test_no_period_yet(figures):
    found = figures_as_at(SERVICE, ["care-act-wait"], date(2024, 6, 29))
    assert (found["care-act-wait"].words, found["care-act-wait"].period) == ("No figure", "")


def test_endorsement_freezes_the_figures_a_draft_shows_live(figures, home_area, draft, admin):
    wait, _ = figures
    write(draft, "assessing-needs", how_we_know="Median {care-act-wait}")
    draft.as_at = date(2024, 9, 20)
    draft.save()
    put(wait, home_area, "quarter", date(2024, 1, 1), 150)  # an earlier quarter: not shown
    assert selectors.version_figures(draft, SERVICE)["care-act-wait"].words == "134 days"
    services.endorse(draft, "Director of Adult Social Care", date(2024, 9, 27), admin)
    draft.refresh_from_db()
    assert draft.figures["care-act-wait"]["words"] == "134 days"
    wait.values.filter(period_start=date(2024, 4, 1), area=home_area).update(value=99)  # revised later
    assert selectors.version_figures(draft, SERVICE)["care-act-wait"].words == "134 days"
    draft.status = draft.DRAFT
    assert selectors.version_figures(draft, SERVICE)["care-act-wait"].words == "99 days"
