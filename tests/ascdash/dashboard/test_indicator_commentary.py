"""Officer commentary also shows on the indicator page, latest quarter first, with author and date."""
import pytest
from django.utils import timezone

from ascdash.roles import SCRUTINY
from metrics.models import Commentary

from tests.world import Q1, Q2


@pytest.mark.django_db
def test_indicator_page_shows_commentary(world, role_users, client_for):
    officer = role_users["Performance officer"]
    officer.first_name, officer.last_name = "Priya", "Analyst"
    officer.save()
    Commentary.objects.create(indicator=world["reviews"], quarter=Q1.start, text="Earlier quarter.", author=officer)
    Commentary.objects.create(indicator=world["reviews"], quarter=Q2.start, text="Vacancies filled.", author=officer)
    html = client_for(SCRUTINY).get("/indicators/reviews-pct/").content.decode()
    today = timezone.localdate()
    assert (
        '<h3 class="tile__title">2025-26 Q2 (Jul to Sep 2025)</h3>\n  <p>Vacancies filled.</p>\n'
        f'  <p class="tile__period">Priya Analyst, {today:%-d %B %Y}</p>'
    ) in html
    assert html.index("Vacancies filled.") < html.index("Earlier quarter.")


@pytest.mark.django_db
def test_indicator_page_without_commentary(world, client_for):
    html = client_for(SCRUTINY).get("/indicators/care-act-wait/").content.decode()
    assert "Performance officers have not written commentary on this indicator yet." in html
