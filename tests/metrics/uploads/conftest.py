"""Helpers for upload tests: real xlsx workbooks made with openpyxl, uploaded files kept in a temporary MEDIA_ROOT."""
from datetime import date
from io import BytesIO

import pytest
from django.db import connection
from openpyxl import Workbook

from core.periods import Period
from metrics.returns.validation import Context

# Fixed dates so that "in the future" is exact: the return is for August 2025, checked on 10 September 2025.
AUGUST_2025 = Period.month(2025, 8)
TODAY = date(2025, 9, 10)
WAITING_HEADERS = ["Person ID", "Team", "Waiting for", "Date requested", "Priority", "Age", "Gender", "Ethnicity",
                   "Primary support reason"]
POSTGRES_ONLY_MODULES = {"test_concurrency_postgres.py"}


def pytest_collection_modifyitems(config, items):
    """Modules in POSTGRES_ONLY_MODULES need two real database connections with row locks: collected on PostgreSQL only."""
    if connection.vendor == "postgresql":
        return
    deselected = [item for item in items if item.fspath.basename in POSTGRES_ONLY_MODULES]
    if deselected:
        config.hook.pytest_deselected(items=deselected)
        items[:] = [item for item in items if item.fspath.basename not in POSTGRES_ONLY_MODULES]


def xlsx_bytes(rows, sheet_name="Waiting list", extra_sheets=()):
    """A real workbook: `rows` (header first) on `sheet_name`, plus empty extra sheets."""
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = sheet_name
    for row in rows:
        sheet.append(row)
    for name in extra_sheets:
        workbook.create_sheet(name)
    buffer = BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def waiting_row(person="P001", team="North Locality", wait="Care Act assessment", requested=date(2025, 6, 2),
                priority="High", age=82, gender="Female", ethnicity="White", reason="Physical support"):
    return [person, team, wait, requested, priority, age, gender, ethnicity, reason]


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


@pytest.fixture
def context(home_area):
    """Validation context for August 2025 with the demo teams, checked on TODAY."""
    return Context.build(AUGUST_2025, today=TODAY)


def stored_files(media_root):
    return sorted(path.name for path in media_root.rglob("*") if path.is_file()) if media_root.exists() else []
