"""The rows of `manage.py bench`, one function per section; each returns rows of Row.

Sections after the upload run against the large synthetic council (ascdash.bench.large), generated
on the bench database when it is not there yet.
"""
import os
import time
from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.db import connection, reset_queries
from django.test import Client
from django.test.utils import CaptureQueriesContext, override_settings
from django.urls import NoReverseMatch, reverse

from ascdash.data_version import replace_token
from core.periods import QUARTER, Period
from metrics.models import Area, Upload
from metrics.returns import RETURNS
from metrics.services.recalculation import recalculate_everything, recalculate_returns

from .http import first_load_bytes, gunicorn_server, run_wrk, session_cookie
from .large import COUNCILS, LAST_MONTH, MONTHS, DatabaseNotEmpty, generate_large_council, holds_data
from .upload import UPLOAD_RATIO_GOAL, bench_upload

P95_GOAL_MS = 150
GATE_P95_MS = 1500
USERS = 25
WORKERS = 4
BUSY_INDICATOR = "waiting-median-days-care-act-assessment"
PAGES = [
    ("Indicator page", f"/indicators/{BUSY_INDICATOR}/"),
    ("Plan page", "/plan/"),
]


@dataclass
class Row:
    name: str
    measure: str
    value: str
    goal: str = ""
    met: bool | None = None

    @property
    def result(self):
        return "" if self.met is None else ("met" if self.met else "NOT MET")


def load_seconds():
    return int(os.environ.get("BENCH_SECONDS", "60"))


def upload_section():
    result = bench_upload()
    name = f"Upload {result.rows:,}-row waiting list"
    return [
        Row(name, "pandas + calamine read (s)", f"{result.read_seconds:.2f}"),
        Row(name, "our parse + validate + store (s)", f"{result.ours_seconds:.2f}"),
        Row(name, "ratio ours / read", f"{result.ratio:.2f}", f"<= {UPLOAD_RATIO_GOAL:g}", result.met),
    ]


def has_large_council():
    councils = Area.objects.filter(kind=Area.COUNCIL).count()
    months = Upload.objects.filter(return_type="reviews", status=Upload.CONFIRMED).count()
    return councils >= COUNCILS and months >= MONTHS


def large_council_section():
    """Generate the large council unless the bench database already holds it (a previous run)."""
    if has_large_council():
        return [Row("Large council generation", "already in the bench database (s)", "reused")]
    if holds_data():
        raise DatabaseNotEmpty("The bench database holds other data; point DATABASE_URL at a scratch database.")
    started = time.perf_counter()
    generate_large_council()
    seconds = time.perf_counter() - started
    return [Row("Large council generation", "5 years of returns, 153 councils x 10 years (s)", f"{seconds:.1f}")]


def recalculation_section():
    months = Period.containing(QUARTER, LAST_MONTH).previous().months_within()  # the latest complete quarter
    started = time.perf_counter()
    recalculate_returns(list(RETURNS), months)
    quarter_seconds = time.perf_counter() - started
    started = time.perf_counter()
    recalculate_everything()
    all_seconds = time.perf_counter() - started
    return [
        Row("Recalculate every indicator", f"one quarter, {months[0].label} to {months[-1].label} (s)",
            f"{quarter_seconds:.1f}"),
        Row("Recalculate every indicator", "all five years (s)", f"{all_seconds:.1f}"),
    ]


def scrutiny_user():
    return get_user_model().objects.get(username="scrutiny")


def pages():
    """The pages loaded: the quarterly dashboard (once it exists), an indicator page and the plan."""
    try:
        return [("Dashboard", reverse("dashboard:latest"))] + PAGES
    except NoReverseMatch:
        return PAGES


def queries_for(client, path):
    reset_queries()  # the query log holds 9,000 at most: once full (after generating), counts would read 0
    with CaptureQueriesContext(connection) as queries:
        response = client.get(path)
    if response.status_code != 200:
        raise RuntimeError(f"{path} answered {response.status_code}")
    return len(queries)


def query_counts(paths):
    """{path: (queries with its cached part fresh, queries just after a data change)}, in-process, signed in
    as a scrutiny member."""
    client = Client()
    client.force_login(scrutiny_user())
    counts = {}
    with override_settings(ALLOWED_HOSTS=["testserver"]):
        for path in paths:
            queries_for(client, path)  # the scrutiny member's permissions, read once, are then kept in the cache
            replace_token()
            after_change = queries_for(client, path)
            counts[path] = (queries_for(client, path), after_change)
    return counts


def kilobytes(size):
    return f"{size / 1024:,.0f} kB"


def http_section():
    seconds = load_seconds()
    targets = pages()
    counts = query_counts([path for _, path in targets])
    rows = []
    with gunicorn_server(workers=WORKERS) as (base_url, env):
        cookie = session_cookie(scrutiny_user(), env["SECRET_KEY"])
        for name, path in targets:
            sizes = first_load_bytes(base_url, path, cookie)
            load = run_wrk(base_url + path, cookie, seconds, connections=USERS)
            rows += load_rows(f"{name} {path}", load, seconds)
            rows.append(Row(f"{name} {path}", "first load, compressed (HTML + CSS + JS)",
                            f"{kilobytes(sum(sizes.values()))} ({kilobytes(sizes['html'])} + "
                            f"{kilobytes(sizes['css'])} + {kilobytes(sizes['js'])})"))
            rows.append(Row(f"{name} {path}", "database queries per request (cached part fresh / after a change)",
                            "{} / {}".format(*counts[path])))
        static = run_wrk(base_url + "/static/css/ascdash.css", None, seconds, connections=USERS)
        rows += load_rows("Static file /static/css/ascdash.css", static, seconds, judged=False)
    return rows


def load_rows(name, load, seconds, judged=True):
    users = f"{USERS} users, {seconds} s"
    return [
        Row(name, f"requests/s ({users}, gunicorn {WORKERS} workers)", f"{load['rps']:.1f}"),
        Row(name, "median latency (ms)", f"{load['median_ms']:.0f}"),
        Row(name, "p95 latency (ms)", f"{load['p95_ms']:.0f}",
            f"<= {P95_GOAL_MS} (gate <= {GATE_P95_MS})" if judged else "",
            load["p95_ms"] <= P95_GOAL_MS if judged else None),
        Row(name, "errors", str(load["errors"]), "0" if judged else "", load["errors"] == 0 if judged else None),
    ]


SECTIONS = [upload_section, large_council_section, recalculation_section, http_section]
