"""Officer commentary: officers (and administrators) write, scrutiny members read."""
import pytest
from django.utils import timezone

from ascdash.models import QuarterPublication
from ascdash.roles import ADMINISTRATOR, OFFICER, SCRUTINY, STEERING
from metrics.models import Commentary

from tests.world import Q2

URL = "/dashboard/2025-26/Q2/commentary/reviews-pct/"


@pytest.mark.django_db
def test_officer_writes_commentary_and_scrutiny_reads_it(world, client_for):
    client = client_for(OFFICER)
    form = client.get(URL)
    assert form.status_code == 200
    assert '<label class="label" for="id_text">Commentary</label>' in form.content.decode()
    response = client.post(URL, {"text": "Two reviewers joined in August; the backlog is falling."})
    assert response.status_code == 302 and response["Location"] == "/dashboard/2025-26/Q2/"
    commentary = Commentary.objects.get()
    assert (commentary.indicator, commentary.quarter, commentary.author.username) == (world["reviews"], Q2.start, "officer")

    QuarterPublication.objects.create(quarter=Q2.start, published_at=timezone.now())
    html = client_for(SCRUTINY).get("/dashboard/2025-26/Q2/").content.decode()
    assert '<p class="commentary__text">Two reviewers joined in August; the backlog is falling.</p>' in html
    assert f'<p class="commentary__byline">officer, {timezone.localdate():%-d %B %Y}</p>' in html


@pytest.mark.django_db
def test_saving_again_replaces_the_commentary_and_records_the_new_author(world, client_for):
    client_for(OFFICER).post(URL, {"text": "First version."})
    client_for(ADMINISTRATOR).post(URL, {"text": "Second version."})
    commentary = Commentary.objects.get()
    assert (commentary.text, commentary.author.username) == ("Second version.", "admin")


@pytest.mark.django_db
def test_empty_commentary_shows_an_error_summary(world, client_for):
    response = client_for(OFFICER).post(URL, {"text": ""})
    html = response.content.decode()
    assert response.status_code == 200
    assert '<li><a href="#id_text">Enter the commentary</a></li>' in html
    assert not Commentary.objects.exists()


@pytest.mark.django_db
@pytest.mark.parametrize("role", [SCRUTINY, STEERING])
def test_readers_cannot_write_commentary(world, client_for, role):
    client = client_for(role)
    assert client.get(URL).status_code == 403
    assert client.post(URL, {"text": "Not allowed"}).status_code == 403
    assert not Commentary.objects.exists()


@pytest.mark.django_db
def test_commentary_on_an_unknown_indicator_is_404(world, client_for):
    assert client_for(OFFICER).get("/dashboard/2025-26/Q2/commentary/no-such-indicator/").status_code == 404


@pytest.mark.django_db
def test_commentary_saved_after_a_view_replaces_the_cached_page(world, client_for):
    QuarterPublication.objects.create(quarter=Q2.start, published_at=timezone.now())
    before = client_for(SCRUTINY).get("/dashboard/2025-26/Q2/").content.decode()
    assert before.count('<p class="commentary__text hint">No commentary for this quarter.</p>') == 4  # 4 tiles
    client_for(OFFICER).post(URL, {"text": "Two reviewers joined in August."})
    after = client_for(SCRUTINY).get("/dashboard/2025-26/Q2/").content.decode()
    assert '<p class="commentary__text">Two reviewers joined in August.</p>' in after
    assert after.count('<p class="commentary__text hint">No commentary for this quarter.</p>') == 3


@pytest.mark.django_db
def test_cached_page_offers_commentary_links_only_to_writers(world, client_for):
    QuarterPublication.objects.create(quarter=Q2.start, published_at=timezone.now())
    assert "Write commentary" in client_for(OFFICER).get("/dashboard/2025-26/Q2/").content.decode()
    assert "Write commentary" not in client_for(SCRUTINY).get("/dashboard/2025-26/Q2/").content.decode()


@pytest.mark.django_db
def test_commentary_changed_after_publication_says_so(world, client_for):
    client_for(OFFICER).post(URL, {"text": "Before publication."})
    QuarterPublication.objects.create(quarter=Q2.start, published_at=timezone.now())
    flag = "Written or changed after this quarter was published on"
    assert flag not in client_for(SCRUTINY).get("/dashboard/2025-26/Q2/").content.decode()
    client_for(OFFICER).post(URL, {"text": "After publication."})
    html = client_for(SCRUTINY).get("/dashboard/2025-26/Q2/").content.decode()
    assert f"<strong>{flag} {timezone.localdate():%-d %B %Y}.</strong>" in html
    assert html.count(flag) == 1  # only the reviews tile has commentary
