"""Publishing a quarter: who may, what scrutiny members then see, and figures frozen with a revision notice."""
import pytest

from ascdash.dashboard.selectors import compose, publication_for
from ascdash.models import QuarterPublication
from ascdash.roles import ADMINISTRATOR, OFFICER, SCRUTINY, STEERING
from metrics.models import IndicatorValue
from metrics.selectors import FigureReader

from tests.world import Q2

EVERYTHING = FigureReader.for_service()

URL = "/dashboard/2025-26/Q2/"
PUBLISH = "/dashboard/2025-26/Q2/publish/"


@pytest.mark.django_db
def test_administrator_publishes_and_scrutiny_then_sees_the_quarter(world, client_for):
    assert client_for(SCRUTINY).get(URL).status_code == 403
    response = client_for(ADMINISTRATOR).post(PUBLISH)
    assert response.status_code == 302 and response["Location"] == URL
    publication = QuarterPublication.objects.get()
    assert publication.quarter == Q2.start
    assert publication.published_by.username == "admin"
    assert publication.snapshot["reviews-pct"]["value"] == 62.0
    assert publication.snapshot["reviews-pct"]["judgements"]["target"] == ["red", "Red: target missed", "bad"]
    assert publication.snapshot["care-act-wait"]["teams"] == {
        "North Locality": 94.0, "Learning Disability Team": 194.0, "South Locality": 90.0,
    }
    html = client_for(SCRUTINY).get(URL).content.decode()
    assert "Published to scrutiny members on" in html
    assert "Draft — not yet published" not in html


@pytest.mark.django_db
def test_publishing_twice_keeps_the_first_publication(world, client_for):
    client = client_for(ADMINISTRATOR)
    client.post(PUBLISH)
    first = QuarterPublication.objects.get()
    response = client.post(PUBLISH, follow=True)
    assert "2025-26 Q2 was already published." in response.content.decode()
    assert QuarterPublication.objects.get().published_at == first.published_at


@pytest.mark.django_db
@pytest.mark.parametrize("role", [SCRUTINY, OFFICER, STEERING])
def test_only_administrators_publish(world, client_for, role):
    assert client_for(role).post(PUBLISH).status_code == 403
    assert not QuarterPublication.objects.exists()


@pytest.mark.django_db
def test_publish_needs_post(world, client_for):
    assert client_for(ADMINISTRATOR).get(PUBLISH).status_code == 405


@pytest.mark.django_db
def test_officers_see_drafts_with_a_banner(world, client_for):
    html = client_for(OFFICER).get(URL).content.decode()
    assert "Draft — not yet published." in html
    assert "Publish 2025-26 Q2" not in html  # only administrators publish
    assert "Publish 2025-26 Q2" in client_for(ADMINISTRATOR).get(URL).content.decode()


@pytest.mark.django_db
def test_revised_figures_do_not_change_the_published_page(world, client_for):
    client_for(ADMINISTRATOR).post(PUBLISH)
    # a re-upload recalculates two figures for the quarter
    IndicatorValue.objects.filter(indicator=world["reviews"], area=world["home"], period_start=Q2.start).update(value=71.0)
    IndicatorValue.objects.filter(indicator=world["wait"], area=world["england"], period_start=Q2.start).update(value=85.0)

    dashboard = compose(EVERYTHING, Q2, publication_for(Q2))
    tile = dashboard.themes[0].statements[0].tiles[0]
    assert tile.value_text == "62.0%"  # still the published figure
    assert tile.summary.judgements["target"].words == "Red: target missed"
    assert [(r.indicator.code, r.published, r.current) for r in dashboard.revisions] == [
        ("reviews-pct", "62.0%", "71.0%"),
        ("care-act-wait", "94 days", "94 days"),  # England's figure changed
    ]
    html = client_for(SCRUTINY).get(URL).content.decode()
    published_on = QuarterPublication.objects.get().published_at
    assert f"Figures revised since publication on {published_on:%-d %B %Y}: 2 indicators changed" in html
    assert "People reviewed in the last 12 months: published 62.0%, now 71.0%" in html
    assert '<p class="tile__value">62.0%</p>' in html


@pytest.mark.django_db
def test_unrevised_published_quarter_has_no_notice(world, client_for):
    client_for(ADMINISTRATOR).post(PUBLISH)
    assert compose(EVERYTHING, Q2, publication_for(Q2)).revisions == []
    assert "Figures revised" not in client_for(SCRUTINY).get(URL).content.decode()


@pytest.mark.django_db
def test_scrutiny_latest_is_the_latest_published_quarter(world, client_for):
    client = client_for(SCRUTINY)
    assert "No quarter has been published yet" in client.get("/dashboard/").content.decode()
    QuarterPublication.objects.create(quarter=world["reviews"].values.order_by("period_start").first().period_start,
                                      published_at="2025-01-10T10:00Z")
    html = client.get("/dashboard/").content.decode()
    assert "<h1>Quarterly dashboard: 2024-25 Q2 (Jul to Sep 2024)</h1>" in html
    assert '<option value="2025-26 Q2"' not in html  # drafts are not offered
    assert "<h1>Quarterly dashboard: 2025-26 Q2 (Jul to Sep 2025)</h1>" in client_for(OFFICER).get("/dashboard/").content.decode()


@pytest.mark.django_db
def test_picker_offers_drafts_only_to_those_who_may_see_them(world, client_for):
    QuarterPublication.objects.create(quarter=Q2.start, published_at="2025-10-20T10:00Z")
    officer = client_for(OFFICER).get(URL).content.decode()
    assert '<option value="2025-26 Q1">2025-26 Q1 (Apr to Jun 2025) (draft)</option>' in officer
    scrutiny = client_for(SCRUTINY).get(URL).content.decode()  # the officer's picker is cached, not reused
    assert '<option value="2025-26 Q2" selected>2025-26 Q2 (Jul to Sep 2025)</option>' in scrutiny
    assert '<option value="2025-26 Q1"' not in scrutiny


REPUBLISH = "/dashboard/2025-26/Q2/republish/"


@pytest.mark.django_db
def test_administrator_republishes_revised_figures_keeping_the_first_date(world, client_for):
    client_for(ADMINISTRATOR).post(PUBLISH)
    QuarterPublication.objects.update(published_at="2025-10-20T10:00Z")
    IndicatorValue.objects.filter(indicator=world["reviews"], area=world["home"], period_start=Q2.start).update(value=71.0)
    assert "Figures revised since publication" in client_for(SCRUTINY).get(URL).content.decode()

    response = client_for(ADMINISTRATOR).post(REPUBLISH, follow=True)
    assert "2025-26 Q2 is republished with its current figures" in response.content.decode()
    publication = QuarterPublication.objects.get()
    assert publication.snapshot["reviews-pct"]["value"] == 71.0
    assert publication.snapshot["reviews-pct"]["judgements"]["target"] == ["green", "Green: target met", "good"]
    assert f"{publication.first_published_at:%Y-%m-%d %H:%M}" == "2025-10-20 10:00"
    html = client_for(SCRUTINY).get(URL).content.decode()
    assert "Figures revised since publication" not in html
    assert '<p class="tile__value">71.0%</p>' in html
    assert ("First published to scrutiny members on 20 October 2025; republished with revised figures on "
            f"{publication.published_at:%-d %B %Y}.") in html
    # the figures first published are kept, not overwritten
    first, = publication.history.filter(history_type="+")
    assert first.snapshot["reviews-pct"]["value"] == 62.0
    assert [h.snapshot["reviews-pct"]["value"] for h in publication.history.order_by("history_date")] == [
        62.0, 71.0]  # published, republished


@pytest.mark.django_db
def test_republishing_again_keeps_the_first_date(world, client_for):
    client = client_for(ADMINISTRATOR)
    client.post(PUBLISH)
    first = QuarterPublication.objects.get().published_at
    client.post(REPUBLISH)
    client.post(REPUBLISH)
    assert QuarterPublication.objects.get().first_published_at == first


@pytest.mark.django_db
def test_a_draft_cannot_be_republished(world, client_for):
    response = client_for(ADMINISTRATOR).post(REPUBLISH, follow=True)
    assert "2025-26 Q2 has not been published yet, so there is nothing to republish." in response.content.decode()
    assert not QuarterPublication.objects.exists()


@pytest.mark.django_db
@pytest.mark.parametrize("role", [SCRUTINY, OFFICER, STEERING])
def test_only_administrators_republish(world, client_for, role):
    client_for(ADMINISTRATOR).post(PUBLISH)
    before = QuarterPublication.objects.get().published_at
    assert client_for(role).post(REPUBLISH).status_code == 403
    assert client_for(ADMINISTRATOR).get(REPUBLISH).status_code == 405
    assert QuarterPublication.objects.get().published_at == before
    assert "Republish 2025-26 Q2" not in client_for(role).get(URL).content.decode()
