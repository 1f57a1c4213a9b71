"""The plan pages: summary with filters, action detail with history and the update form, changes, outcomes."""
from datetime import date

import pytest
from django.utils import timezone

from ascdash.roles import SCRUTINY, STEERING
from cqc.models import QualityStatement
from improvement_plan import rules
from improvement_plan.models import StatusUpdate
from metrics.models import Indicator, IndicatorValue

from .conftest import add_update


def test_no_plan_yet(client_for, db):
    response = client_for(STEERING).get("/plan/")
    assert "No improvement plan has been loaded yet." in response.content.decode()
    assert '<a class="button" href="/plan/import/">' in response.content.decode()


def test_summary_shows_counts_and_words(client_for, make_action):
    late = make_action("W1", target=date(2020, 1, 1))
    add_update(late, date(2019, 12, 12), rules.ON_TRACK)
    make_action("S1", area_title="Safeguarding")
    response = client_for(SCRUTINY).get("/plan/")
    html = response.content.decode()
    overall = response.context["page"]["overall"]
    assert (overall.total, overall.overdue, overall.count_list()) == (2, 1, [1, 0, 0, 0, 0, 1])
    assert '<strong class="tag tag--bad">Overdue</strong>' in html
    assert '<strong class="tag tag--neutral">Not started</strong>' in html


@pytest.mark.parametrize("query, expected", [
    ("", ["W1", "W2", "S1"]),
    ("rag=at_risk", ["W2"]),
    ("overdue=yes", ["W1"]),
    ("overdue=no", ["W2", "S1"]),
    ("quality_statement={statement}", ["S1"]),
    ("lead=Timeliness+Group", ["W1", "W2"]),
    ("lead=Jo+Lead", ["S1"]),
    ("area={area}", ["S1"]),
])
def test_filters(client_for, make_action, query, expected):
    w1 = make_action("W1", target=date(2020, 1, 1), group="Timeliness Group")
    w2 = make_action("W2", target=date(2099, 1, 1), group="Timeliness Group")
    add_update(w2, date(2020, 1, 1), rules.AT_RISK)
    s1 = make_action("S1", area_title="Safeguarding", lead="Jo Lead", statements=["safeguarding"])
    query = query.format(statement=s1.quality_statements.get().pk, area=s1.area_id)
    response = client_for(SCRUTINY).get(f"/plan/?plan={w1.area.plan_id}&{query}")
    assert [action.reference for action, _ in response.context["page"]["rows"]] == expected


def test_summary_query_count_does_not_grow_with_actions(client_for, make_action, make_outcome,
                                                        django_assert_max_num_queries):
    client = client_for(SCRUTINY)

    def add_actions(start, count):
        for number in range(start, start + count):
            action = make_action(f"A{number}", area_title=f"Area {number % 3}", target=date(2026, 1, 1),
                                 statements=["safeguarding", "governance"])
            add_update(action, date(2025, 12, 1), rules.ON_TRACK)
            add_update(action, date(2026, 1, 1), rules.AT_RISK)
            make_outcome(description=f"Outcome {number}")

    add_actions(0, 3)
    with django_assert_max_num_queries(16):
        client.get("/plan/?rag=at_risk")
    add_actions(3, 30)
    with django_assert_max_num_queries(16):
        response = client.get("/plan/?rag=at_risk")
    assert len(response.context["page"]["rows"]) == 33


def test_steering_member_adds_an_update(client_for, make_action, role_users):
    action = make_action("W1")
    today = timezone.localdate()
    response = client_for(STEERING).post(f"/plan/actions/{action.pk}/", {
        "date": today.isoformat(), "rag": "off_track", "percent_complete": "20", "note": "Blocked by recruitment",
        "evidence_link": "https://intranet.example.org/w1",
    })
    assert (response.status_code, response["Location"]) == (302, f"/plan/actions/{action.pk}/")
    update = StatusUpdate.objects.get()
    assert (update.date, update.rag, update.percent_complete, update.note, update.evidence_link, update.author) == (
        today, "off_track", 20, "Blocked by recruitment", "https://intranet.example.org/w1", role_users[STEERING]
    )


def test_invalid_update_shows_error_summary_and_stores_nothing(client_for, make_action):
    action = make_action("W1")
    tomorrow = timezone.localdate().toordinal() + 1
    response = client_for(STEERING).post(f"/plan/actions/{action.pk}/", {
        "date": date.fromordinal(tomorrow).isoformat(), "rag": "purple", "percent_complete": "101", "note": "",
        "evidence_link": "not a link",
    })
    html = response.content.decode()
    assert response.status_code == 200
    assert StatusUpdate.objects.count() == 0
    assert sorted(response.context["form"].errors) == ["date", "evidence_link", "note", "percent_complete", "rag"]
    assert '<a href="#id_date">The date of the update cannot be in the future.</a>' in html
    assert '<a href="#id_percent_complete">Ensure this value is less than or equal to 100.</a>' in html
    # each invalid input names its hint and its error, and the error carries that id
    assert 'aria-invalid="true" aria-describedby="id_percent_complete_helptext id_percent_complete_error"' in html
    assert ('<p class="field-error" id="id_percent_complete_error"><span class="visually-hidden">Error:</span> '
            "Ensure this value is less than or equal to 100.</p>") in html


def test_action_page_shows_rag_history_and_who_changed_what(client_for, make_action, role_users):
    action = make_action("W1", target=date(2026, 4, 1))
    steering = role_users[STEERING]
    add_update(action, date(2026, 1, 12), rules.ON_TRACK, note="Started", author=steering)
    add_update(action, date(2026, 2, 12), rules.AT_RISK, note="Slipping", author=steering)
    action.lead_officer = "New Lead"
    action._history_user = steering
    action.save()
    response = client_for(SCRUTINY).get(f"/plan/actions/{action.pk}/")
    assert [(u.date, judgement.words) for u, judgement in response.context["updates"]] == [
        (date(2026, 2, 12), "At risk"), (date(2026, 1, 12), "On track"),
    ]
    latest_change = response.context["changes"][0]
    assert (latest_change.who, latest_change.changes) == ("steering", [("Lead officer", "None", "New Lead")])
    assert "Lead officer: “None” to “New Lead”" in response.content.decode()


def test_outcome_page_has_chart_and_table(client_for, home_area, make_outcome):
    indicator = Indicator.objects.create(
        code="dp", title="Direct payments", description="d", family="dp", unit="percent",
        polarity=Indicator.HIGH_IS_GOOD, frequency="quarterly", source="local_kpi",
    )
    for start, value in [(date(2025, 4, 1), 45.5), (date(2025, 7, 1), 46.0)]:
        IndicatorValue.objects.create(indicator=indicator, area=home_area, period_kind="quarter",
                                      period_start=start, value=value)
    outcome = make_outcome(indicator=indicator, direction="increase", baseline_value=45,
                           baseline_date=date(2025, 3, 31), target_value=50, target_date=date(2026, 11, 30))
    response = client_for(SCRUTINY).get(f"/plan/outcomes/{outcome.pk}/")
    html = response.content.decode()
    figure = response.context["figure"]
    assert [trace["name"] for trace in figure["data"]] == [
        "Direct payments", "Trajectory from baseline to target", "Expected today",
    ]
    assert figure["data"][0]["y"] == [45.5, 46.0]
    assert figure["data"][1]["x"] == ["2025-03-31", "2026-11-30"]
    assert 'id="chart-outcome"' in html and 'data-figure="chart-outcome"' in html
    assert "vendor/plotly.min.js" in html
    # table, newest first: the 2025-26 Q2 value against the line on 30 Sep 2025 (183 of 609 days: 45 + 5*183/609)
    assert [(p.period.label, p.value, round(e, 3)) for p, e in response.context["rows"]] == [
        ("2025-26 Q2", 46.0, 46.502), ("2025-26 Q1", 45.5, 45.747),
    ]


def test_changes_page_defaults_to_start_of_last_month(client_for, make_action):
    make_action("W1")
    response = client_for(SCRUTINY).get("/plan/changes/")
    first_of_month = timezone.localdate().replace(day=1)
    expected = (first_of_month.replace(year=first_of_month.year - 1, month=12) if first_of_month.month == 1
                else first_of_month.replace(month=first_of_month.month - 1))
    assert response.context["report"].since == expected


def test_changes_page_reads_the_chosen_date(client_for, make_action):
    action = make_action("W1")
    add_update(action, date(2026, 3, 12), rules.ON_TRACK, note="March")
    add_update(action, date(2026, 4, 12), rules.AT_RISK, note="April")
    response = client_for(SCRUTINY).get("/plan/changes/?since=2026-04-01")
    html = response.content.decode()
    assert [u.note for u, _ in response.context["updates"]] == ["April"]
    assert "Changes since 1 April 2026" in html


def test_changes_page_with_bad_date_shows_error(client_for, make_action):
    make_action("W1")
    response = client_for(SCRUTINY).get("/plan/changes/?since=yesterday")
    assert response.status_code == 200
    assert '<a href="#id_since">Enter a valid date.</a>' in response.content.decode()


def test_editing_an_action_is_recorded_with_who_and_what(client_for, make_action, role_users):
    action = make_action("W1", lead="Old Lead", statements=["assessing-needs"], target=date(2026, 4, 1))
    client = client_for(STEERING)
    response = client.post(f"/plan/actions/{action.pk}/edit/", {
        "title": "Action W1", "lead_officer": "New Lead", "commencement_date": "2025-04-01",
        "target_date": "2026-06-17", "target_month_only": "on", "target_text": "",
        "quality_statements": [str(pk) for pk in
                               QualityStatement.objects.filter(slug__in=["assessing-needs", "equity"])
                               .values_list("pk", flat=True)],
    })
    assert (response.status_code, response["Location"]) == (302, f"/plan/actions/{action.pk}/")
    action.refresh_from_db()
    assert (action.lead_officer, action.target_date, action.target_display) == (
        "New Lead", date(2026, 6, 1), "June 2026"
    )
    changes = client.get(f"/plan/actions/{action.pk}/").context["changes"]
    assert [(c.who, c.changes) for c in changes[:2]] == [
        ("steering", [("Quality statements", "Assessing needs", "Assessing needs, Equity in experience and outcomes")]),
        ("steering", [("Lead officer", "Old Lead", "New Lead"), ("Target date", "2026-04-01", "2026-06-01"),
                      ("Target month only", "False", "True")]),
    ]


def test_target_before_commencement_is_refused(client_for, make_action):
    action = make_action("W1")
    response = client_for(STEERING).post(f"/plan/actions/{action.pk}/edit/", {
        "title": "Action W1", "commencement_date": "2026-05-01", "target_date": "2026-04-30",
    })
    assert response.status_code == 200
    assert ('<a href="#id_target_date">The target date must be on or after the commencement date.</a>'
            in response.content.decode())


def test_update_form_starts_from_the_latest_update(client_for, make_action):
    action = make_action("W1")
    add_update(action, date(2026, 2, 12), rules.AT_RISK, percent=35)
    form = client_for(STEERING).get(f"/plan/actions/{action.pk}/").context["form"]
    assert (form["rag"].value(), form["percent_complete"].value(), form["date"].value()) == (
        "at_risk", 35, timezone.localdate()
    )


def test_invalid_filter_is_ignored_and_explained(client_for, make_action):
    make_action("W1")
    response = client_for(SCRUTINY).get("/plan/?rag=purple")
    assert [action.reference for action, _ in response.context["page"]["rows"]] == ["W1"]
    assert "Select a valid choice. purple is not one of the available choices. (ignored)" in response.content.decode()


def test_status_update_replaces_the_cached_summary(client_for, make_action):
    action = make_action("W1", target=date(2035, 3, 31))
    client = client_for(SCRUTINY)

    def actions_table():
        return client.get("/plan/").content.decode().split('<h2 id="actions">')[1]

    assert '<strong class="tag tag--neutral">Not started</strong>' in actions_table()
    add_update(action, date(2025, 10, 1), rules.ON_TRACK)
    after = actions_table()
    assert '<strong class="tag tag--good">On track</strong>' in after
    assert '<strong class="tag tag--neutral">Not started</strong>' not in after
