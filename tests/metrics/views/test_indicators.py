import csv
import io
from datetime import date

import pytest
from django.core.management import call_command
from django.utils import timezone
from openpyxl import load_workbook

from ascdash.roles import ADMINISTRATOR, OFFICER, ROLES, SCRUTINY, STEERING
from metrics.models import Area, ComparatorGroup, Indicator, IndicatorValue, Target
from metrics.registry import read_definitions
from metrics.calculators import Figure
from core.periods import Period
from metrics.services.recalculation import store

COUNT_CODE = "waiting-people-care-act-assessment"
PCT_CODE = "reviews-in-12-months-pct"
URLS = [
    "/indicators/",
    f"/indicators/{PCT_CODE}/",
    f"/indicators/{PCT_CODE}/download.csv",
    f"/indicators/{PCT_CODE}/download.xlsx",
]


def put(indicator, area, period, value, numerator=None, denominator=None, breakdown="", category=""):
    IndicatorValue.objects.create(indicator=indicator, area=area, period_kind=period.kind,
                                  period_start=period.start, value=value, numerator=numerator,
                                  denominator=denominator, breakdown=breakdown, category=category)


@pytest.fixture
def world(home_area):
    call_command("load_indicators")
    england = Area.objects.get(code=Area.ENGLAND_CODE)
    others = [Area.objects.create(code=f"E0690000{n}", name=f"Council {n}", region=home_area.region)
              for n in range(1, 5)]
    group = ComparatorGroup.objects.create(name="CIPFA", area=home_area, is_default=True)
    group.members.set(others[:2])
    pct = Indicator.objects.get(code=PCT_CODE)
    q1, q2 = Period.quarter(2025, 1), Period.quarter(2025, 2)
    put(pct, home_area, q1, 40.0, 40, 100)
    put(pct, home_area, q2, 45.0, 45, 100)
    put(pct, england, q2, 60.0, 600, 1000)
    for area, value in zip(others, [50.0, 30.0, 70.0, 20.0]):
        put(pct, area, q2, value)
    Target.objects.create(indicator=pct, value=50, tolerance=2, start_date=date(2025, 4, 1))
    count = Indicator.objects.get(code=COUNT_CODE)
    put(count, home_area, q2, 22.0, 22)
    for team, people in [("=North", 3.0), ("South Locality", 12.0), ("LD Team", 7.0)]:
        put(count, home_area, q2, people, people, breakdown="team", category=team)
    return {"home": home_area, "pct": pct, "count": count, "q2": q2}


@pytest.mark.django_db
@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("url", URLS)
def test_every_role_may_see_indicator_pages(client_for, world, role, url):
    assert client_for(role).get(url).status_code == 200


@pytest.mark.django_db
@pytest.mark.parametrize("url", URLS)
def test_anonymous_is_sent_to_sign_in(client, url):
    response = client.get(url)
    assert (response.status_code, response["Location"]) == (302, f"/accounts/login/?next={url}")


@pytest.mark.django_db
def test_unknown_indicator_and_period_kind_are_not_found(client_for, world):
    client = client_for(SCRUTINY)
    assert client.get("/indicators/no-such-indicator/").status_code == 404
    assert client.get("/indicators/ascof-1a-quality-of-life/?view=month").status_code == 404


@pytest.mark.django_db
def test_headline_judgements_in_words(client_for, world):
    response = client_for(SCRUTINY).get(f"/indicators/{PCT_CODE}/")
    text = response.content.decode()
    summary = response.context["page"]["summary"]
    assert (summary.value, summary.england, summary.period) == (45.0, 60.0, world["q2"])
    for words in ["Red: target missed", "Improving on last quarter",
                  "Worse than England", "Significantly worse than England", "Better than similar councils",
                  "Quartile 3 of 4 (third quarter), ranked 3 of 5"]:
        assert words in text
    assert "No figure for the same quarter last year" not in text  # judgements that only say 'no data' are left out
    assert 'data-figure="chart-indicator"' in text and 'id="chart-indicator"' in text
    assert [p.value for p in response.context["page"]["points"]] == [40.0, 45.0]


@pytest.mark.django_db
def test_no_quartile_among_fewer_than_four_councils(client_for, world):
    text = client_for(SCRUTINY).get(f"/indicators/{COUNT_CODE}/").content.decode()
    assert "Quartile 1 of 4" not in text and "No England figure" not in text
    assert ("No figures for England, the region or other councils are stored for this quarter: it is compared with "
            "Northmoor City Council's own earlier figures only.") in text
    assert "<th scope=\"col\">England</th>" not in text  # no benchmark columns without benchmarks


@pytest.mark.django_db
def test_small_counts_suppressed_for_scrutiny_with_complement(client_for, world):
    response = client_for(SCRUTINY).get(f"/indicators/{COUNT_CODE}/")
    (table,) = response.context["page"]["breakdowns"]
    shown = {row["label"]: (row["value"], row["suppressed"]) for row in table["rows"]}
    assert shown == {"=North": (3.0, True), "LD Team": (7.0, True), "South Locality": (12.0, False)}
    assert table["hide_total"] is False
    text = response.content.decode()
    assert "[c] = hidden to protect people&#x27;s privacy" in text
    assert "<td>3</td>" not in text and "<td>7</td>" not in text and "<td>12</td>" in text


@pytest.mark.django_db
@pytest.mark.parametrize("role", [OFFICER, ADMINISTRATOR])
def test_data_quality_roles_see_small_counts(client_for, world, role):
    response = client_for(role).get(f"/indicators/{COUNT_CODE}/")
    assert not any(row["suppressed"] for row in response.context["page"]["breakdowns"][0]["rows"])
    assert "<td>3</td>" in response.content.decode()


@pytest.mark.django_db
def test_csv_download_is_suppressed_and_formula_safe(client_for, world):
    response = client_for(STEERING).get(f"/indicators/{COUNT_CODE}/download.csv")
    assert response["Content-Disposition"] == f'attachment; filename="{COUNT_CODE}-quarter.csv"'
    rows = list(csv.reader(io.StringIO(response.content.decode())))
    assert rows[1] == ["2025-26 Q2", "Total", "", "22.0", "22.0", ""] + [""] * 9
    assert rows[2:] == [
        ["2025-26 Q2", "Team", "'=North", "[c]", "[c]", "[c]"] + [""] * 9,
        ["2025-26 Q2", "Team", "LD Team", "[c]", "[c]", "[c]"] + [""] * 9,
        ["2025-26 Q2", "Team", "South Locality", "12.0", "12.0", ""] + [""] * 9,
        ["2025-26 Q2", "Team", "All", "22.0", "22.0", ""] + [""] * 9,
    ]


@pytest.mark.django_db
def test_xlsx_download(client_for, world):
    response = client_for(OFFICER).get(f"/indicators/{COUNT_CODE}/download.xlsx")
    workbook = load_workbook(io.BytesIO(response.content))
    rows = list(workbook["Data"].iter_rows(values_only=True))
    assert rows[0][:4] == ("Period", "Breakdown", "Category", "Value")
    assert rows[2][:4] == ("2025-26 Q2", "Team", "'=North", 3)
    assert workbook["About"]["A1"].value == "People waiting: Care Act assessment"


@pytest.mark.django_db
def test_list_filters(client_for, world):
    client = client_for(SCRUTINY)

    def titles(query):
        return [row["title"] for row in client.get(f"/indicators/{query}").context["table"].data.data]

    assert len(titles("")) == len(read_definitions())  # every registered indicator
    safety = titles("?theme=ensuring-safety")
    assert "Safeguarding concerns received" in safety and "Reviews overdue" not in safety
    assert "Reviews overdue by more than 24 months" in safety  # also linked to safe pathways
    assert len(titles("?source=national")) == len([d for d in read_definitions() if d["source"] == "national"])
    assert titles("?rag=red") == ["Long-term clients reviewed in the last 12 months (%)"]
    assert "Waits longer than 6 months (%)" in titles("?statement=assessing-needs&rag=no_target")
    assert client.get("/indicators/?theme=nonsense").status_code == 200


@pytest.mark.django_db
def test_indicator_page_queries_do_not_grow_with_periods(client_for, world, django_assert_max_num_queries):
    client = client_for(SCRUTINY)
    client.get(f"/indicators/{PCT_CODE}/")  # warm the session and permission caches
    with django_assert_max_num_queries(18, info="indicator page"):  # 17 + officer commentary
        client.get(f"/indicators/{PCT_CODE}/")
    start = Period.quarter(2019, 1)
    for step in range(20):
        put(world["pct"], world["home"], start.shift(step), 30.0 + step, 30 + step, 100)
        put(world["pct"], world["home"], start.shift(step), 50.0, breakdown="team", category=f"Team {step}")
    with django_assert_max_num_queries(18, info="indicator page"):
        response = client.get(f"/indicators/{PCT_CODE}/")
    assert len(response.context["page"]["points"]) == 22


@pytest.mark.django_db
def test_list_queries_do_not_grow_with_indicators(client_for, world, django_assert_max_num_queries):
    client = client_for(SCRUTINY)
    with django_assert_max_num_queries(18, info="indicator list"):
        response = client.get("/indicators/")
    assert len(response.context["table"].rows) == len(read_definitions())


@pytest.mark.django_db
def test_list_falls_back_to_the_previous_quarter(client_for, world):
    received = Indicator.objects.get(code="sg-concerns-received")
    put(received, world["home"], Period.quarter(2025, 1), 250.0, 250)
    rows = client_for(SCRUTINY).get("/indicators/?statement=safeguarding").context["table"].data.data
    row = next(r for r in rows if r["title"] == "Safeguarding concerns received")
    assert (row["value"], row["period"], row["target"].words, row["england"]) == ("250", "2025-26 Q1", "No target", None)


@pytest.mark.django_db
def test_small_counts_an_officer_saw_are_not_served_to_scrutiny(client_for, world):
    assert "<td>3</td>" in client_for(OFFICER).get(f"/indicators/{COUNT_CODE}/").content.decode()
    text = client_for(SCRUTINY).get(f"/indicators/{COUNT_CODE}/").content.decode()
    assert "<td>3</td>" not in text and "<td>7</td>" not in text and "<td>12</td>" in text


@pytest.mark.django_db
def test_recalculated_figure_replaces_the_cached_page(client_for, world):
    client = client_for(SCRUTINY)
    assert '<p class="tile__value">45.0%</p>' in client.get(f"/indicators/{PCT_CODE}/").content.decode()
    store([Figure(PCT_CODE, world["q2"], 51.0, 51, 100)], [world["pct"]], world["home"], [world["q2"]],
          IndicatorValue.CALCULATED)
    text = client.get(f"/indicators/{PCT_CODE}/").content.decode()
    assert '<p class="tile__value">51.0%</p>' in text
    assert "Green: target met" in text  # 51 against a target of 50


@pytest.mark.django_db
def test_quarter_not_yet_ended_is_marked_so_far(client_for, world):
    current = Period.containing("quarter", timezone.localdate())
    put(world["count"], world["home"], current, 25.0, 25)
    text = client_for(SCRUTINY).get(f"/indicators/{COUNT_CODE}/").content.decode()
    assert f"{world['home'].name}, {current.long_label}, so far</h2>" in text
    assert "This quarter has not ended: the figure covers the months so far and may change." in text
    assert f'<th scope="row">{current.label} (so far)</th>' in text
    assert f'<th scope="row">{world["q2"].label}</th>' in text  # an ended quarter is not marked


@pytest.mark.django_db
def test_ended_quarter_is_not_marked_so_far(client_for, world):
    text = client_for(SCRUTINY).get(f"/indicators/{COUNT_CODE}/").content.decode()
    assert "so far" not in text


@pytest.mark.django_db
def test_benchmarks_in_full_agree_between_page_table_and_download(client_for, world):
    client = client_for(SCRUTINY)
    text = client.get(f"/indicators/{PCT_CODE}/").content.decode()
    # councils 20, 30, 45 (home), 50, 70: median 45, quartiles 30 and 50, home 3rd of 5
    for shown in [
        "<dt>England (as published)</dt>\n    <dd>60.0% <span class=\"tag tag--bad\">Significantly worse than England</span>",
        "<dt>East Midlands</dt>\n    <dd>42.5%</dd>",  # the other councils of the region: (50 + 30 + 70 + 20) / 4
        "<dt>Similar councils: CIPFA</dt>\n    <dd>40.0%, the average of 2 councils</dd>",
        "<dt>Median of councils</dt>\n    <dd>45.0%</dd>",
        "<dt>Middle half of councils</dt>\n    <dd>30.0% to 50.0%</dd>",
        "<dt>Rank among councils</dt>\n    <dd>3 of 5 (1 = best)</dd>",
        "Quartile 3 of 4 (third quarter)</span></dd>",
        "<td>60.0%</td>\n        <td>40.0%</td>\n        <td>45.0%</td>\n        <td>30.0% to 50.0%</td>\n"
        "        <td>3 of 5</td>",
    ]:
        assert shown in text
    rows = list(csv.reader(io.StringIO(client.get(f"/indicators/{PCT_CODE}/download.csv").content.decode())))
    assert rows[0][6:] == ["Margin of error (±)", "England", "Similar councils (average)", "Median of councils",
                           "Lower quartile of councils", "Upper quartile of councils", "Rank among councils (1 = best)",
                           "Councils ranked", "Quartile (1 = best)"]
    assert rows[1] == ["2025-26 Q1", "Total", "", "40.0", "40.0", "100.0"] + [""] * 9  # only our own figure
    assert rows[2] == ["2025-26 Q2", "Total", "", "45.0", "45.0", "100.0", "", "60.0", "40.0", "45.0", "30.0",
                       "50.0", "3", "5", "3"]


@pytest.mark.django_db
def test_definition_shows_its_ids_sources_and_review(client_for, world):
    text = client_for(SCRUTINY).get("/indicators/ascof-2c-care-home-admissions-65-plus-per-100k/").content.decode()
    assert "<dt>ASCOF id since 2023-24</dt><dd>2C</dd>" in text
    assert "<dt>ASCOF id 2014-15 to 2022-23</dt><dd>2A(2)</dd>" in text
    assert ("<a href=\"https://digital.nhs.uk/data-and-information/data-collections-and-data-sets/data-collections/"
            "social-care-collection-materials-2024/salt-sources-for-ascof/ascof-measure-2c\">") in text
    assert "<dt>Date reviewed</dt><dd>1 December 2026</dd>" in text
    assert "<dt>Next review</dt><dd>1 December 2027</dd>" in text
    unconfirmed = client_for(SCRUTINY).get("/indicators/ascof-4a-feel-safe-pct/").content.decode()
    assert "<dt>ASCOF id since 2023-24</dt><dd>Not confirmed, or not in the framework</dd>" in unconfirmed
    assert "could not be confirmed" in unconfirmed


@pytest.mark.django_db
@pytest.mark.parametrize("code, statement", [
    ("sg-conversion-rate-pct", "concerns are counted by the date received and enquiries by the date they started"),
    ("sg-concluded-3-months-pct", "an enquiry started on 30 November is within three months if concluded by 28 "
                                  "February (29 February in a leap year)"),
    ("reviews-in-12-months-pct", "29 February 2028 plus twelve months is 28 February 2029"),
    ("carers-median-wait-days", "The median of an even number of waits is the mean of the middle two"),
    ("waiting-median-days-care-act-assessment", "the mean of the middle two"),
])
def test_date_arithmetic_and_medians_are_stated_on_the_page(client_for, world, code, statement):
    assert statement in client_for(SCRUTINY).get(f"/indicators/{code}/").content.decode()


@pytest.mark.django_db
def test_before_national_figures_are_published_the_latest_published_period_is_compared(client_for, world):
    put(world["pct"], world["home"], Period.quarter(2025, 3), 47.0, 47, 100)  # no England or councils yet
    text = client_for(SCRUTINY).get(f"/indicators/{PCT_CODE}/").content.decode()
    assert "<p class=\"tile__value\">47.0%</p>" in text  # the headline is the latest figure
    assert ("National figures for 2025-26 Q3 (Oct to Dec 2025) are not published yet. These comparisons are for "
            "2025-26 Q2 (Jul to Sep 2025), the latest quarter with national figures, when Northmoor City "
            "Council's figure was 45.0%.") in text
    assert "<dt>Median of councils</dt>\n    <dd>45.0%</dd>" in text
