"""A self-assessment small enough to compute by hand.

`seeded` is a draft with one of each defect the validation report looks for (see test_validation.py);
`figures` puts the home council's figures for two indicators in place (see test_figures.py)."""
from datetime import date

import pytest

from ascdash.roles import ADMINISTRATOR
from ascdash.selfassessment import services
from ascdash.selfassessment.models import EvidenceItem, Quote
from cqc.models import QualityStatement
from metrics.models import Area, Indicator, IndicatorValue

SITE = "https://www.northmoor.gov.uk/evidence/"


@pytest.fixture
def statements(db):
    return QualityStatement.objects.in_bulk(field_name="slug")


@pytest.fixture
def admin(role_users):
    return role_users[ADMINISTRATOR]


def add_evidence(version, ref, link="", review=None, slugs=(), title=None, user=None):
    item = EvidenceItem(version=version, ref=ref, title=title or f"Evidence {ref}", link=link, review_date=review)
    return services.save_register_item(item, QualityStatement.objects.filter(slug__in=slugs), user)


def add_quote(version, ref, consent=True, slugs=()):
    quote = Quote(version=version, ref=ref, text=f"Quote {ref}", speaker="person", consent_recorded=consent)
    return services.save_register_item(quote, QualityStatement.objects.filter(slug__in=slugs), None)


def write(version, slug, **text):
    section = version.sections.get(statement__slug=slug)
    return services.update_section(section, None, [], **text)


@pytest.fixture
def draft(admin):
    return services.create_version("Draft September 2026", date(2026, 9, 18), admin)


@pytest.fixture
def seeded(draft):
    add_evidence(draft, "E1", SITE + "one", date(2027, 1, 1), ["assessing-needs"])
    add_evidence(draft, "E2", "TBC")
    add_evidence(draft, "E2", "#", title="Second E2")
    add_evidence(draft, "E4", "http://link", date(2026, 1, 31), ["safeguarding"])
    add_evidence(draft, "EI5", "www.northmoor.gov.uk/five")
    add_evidence(draft, "E6")
    add_quote(draft, "Q1")
    add_quote(draft, "Q3", consent=False)
    write(draft, "assessing-needs", how_we_know="We know [E1, E2] and [E7]. {care-act-wait} {nope}",
          strengths="Strong [E4] [Q1]")
    write(draft, "safeguarding", how_we_know="\"Safe\" [Q3]")
    return draft


def make_indicator(code, unit, frequency, polarity=Indicator.LOW_IS_GOOD, title=None):
    return Indicator.objects.create(code=code, title=title or code, description="", family="test", unit=unit,
                                    polarity=polarity, frequency=frequency, source="local_records")


def put(indicator, area, kind, start, value):
    IndicatorValue.objects.create(indicator=indicator, area=area, period_kind=kind, period_start=start, value=value)


@pytest.fixture
def figures(home_area):
    """care-act-wait: 2024-25 Q1 134 days (England 120), Q2 145 days. direct-payments: 2023-24 45.0%,
    2024-25 46.1%."""
    england, _ = Area.objects.get_or_create(code=Area.ENGLAND_CODE, defaults={"name": "England", "kind": Area.ENGLAND})
    wait = make_indicator("care-act-wait", "days", "quarterly", title="Median wait for a Care Act assessment")
    put(wait, home_area, "quarter", date(2024, 4, 1), 134)
    put(wait, england, "quarter", date(2024, 4, 1), 120)
    put(wait, home_area, "quarter", date(2024, 7, 1), 145)
    payments = make_indicator("direct-payments", "percent", "annual", Indicator.HIGH_IS_GOOD)
    payments.decimals = 1
    payments.save()
    put(payments, home_area, "year", date(2023, 4, 1), 45.0)
    put(payments, home_area, "year", date(2024, 4, 1), 46.1)
    return wait, payments
