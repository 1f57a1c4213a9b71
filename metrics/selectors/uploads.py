"""Reads for uploads: history, previews, error reports, current data and data quality (query-bounded)."""
from dataclasses import dataclass

import pandas as pd
from django.db.models import Count

from ..models import Upload, UploadMessage
from ..returns import RETURNS, get_return
from ..returns.base import CODE, PERIOD, TEAM, normalise

PREVIEW_MESSAGES = 50
HISTORY_LIMIT = 200
DATA_QUALITY_TARGET = 0.05  # the steering group's target: under 5% missing or invalid


def upload_history(return_code=None, limit=HISTORY_LIMIT):
    uploads = Upload.objects.select_related("uploaded_by", "confirmed_by")
    if return_code:
        uploads = uploads.filter(return_type=return_code)
    return list(uploads.order_by("-uploaded_at", "-id")[:limit])


def upload_preview(upload_id):
    """(upload, first messages) for the preview page: two queries."""
    upload = Upload.objects.select_related("uploaded_by", "confirmed_by").get(pk=upload_id)
    messages = list(upload.messages.order_by("row", "id")[:PREVIEW_MESSAGES])
    return upload, messages


def upload_events(upload):
    return list(upload.events.select_related("user"))


def error_report_rows(upload):
    """Dicts for core.xlsx.error_report_workbook, streamed from the database."""
    return (
        UploadMessage.objects.filter(upload=upload)
        .order_by("row", "id")
        .values("sheet", "row", "column", "value", "message", "severity")
        .iterator(chunk_size=5000)
    )


def current_upload(return_code, period_start):
    return Upload.objects.filter(return_type=return_code, period_start=period_start, status=Upload.CONFIRMED).first()


def current_records(return_code):
    """Records of every confirmed (current) upload of a return: what calculators should read."""
    return get_return(return_code).model.objects.filter(upload__status=Upload.CONFIRMED)


def confirmed_uploads(return_code):
    return list(Upload.objects.filter(return_type=return_code, status=Upload.CONFIRMED).order_by("-period_start"))


def percent(share, decimals=1):
    return f"{share * 100:.{decimals}f}%"


# -- data quality -------------------------------------------------------------------------------------------------


@dataclass
class ColumnQuality:
    label: str
    required: bool
    expected: bool
    filled: int
    missing: int
    invalid: int
    rows: int

    @property
    def completeness(self):
        return self.filled / self.rows if self.rows else 0.0

    @property
    def completeness_percent(self):
        return percent(self.completeness)


@dataclass
class KeyDateCheck:
    description: str
    records: int
    rows: int

    @property
    def share(self):
        return self.records / self.rows if self.rows else 0.0

    @property
    def share_percent(self):
        return percent(self.share)


@dataclass
class DataQuality:
    upload: Upload
    rows: int
    columns: list
    key_dates: list
    missing_cells: int
    checked_cells: int

    @property
    def missing_share(self):
        return self.missing_cells / self.checked_cells if self.checked_cells else 0.0

    @property
    def within_target(self):
        return self.missing_share < DATA_QUALITY_TARGET

    @property
    def summary(self):
        comparison = "under" if self.within_target else "at or above"
        return (
            f"{percent(self.missing_share)} of the values that should be filled are missing or invalid, "
            f"{comparison} the steering group's target of under {percent(DATA_QUALITY_TARGET, 0)}."
        )


def stored_frame(spec, upload):
    """The upload's records, one column per return field; blank text is missing (NaN)."""
    fields = []
    for column in spec.columns:
        fields.append("team_id" if column.kind == TEAM else "period_start" if column.kind == PERIOD else column.field)
    rows = spec.model.objects.filter(upload=upload).values_list(*fields)
    frame = pd.DataFrame.from_records(list(rows), columns=[column.field for column in spec.columns])
    for name in frame.columns:
        if frame[name].dtype == object or pd.api.types.is_string_dtype(frame[name]):
            frame[name] = frame[name].mask(frame[name] == "")
    return frame


def invalid_code_counts(spec, upload):
    """Field -> number of values that were not allowed codes (stored blank), from the upload's warnings."""
    header_to_field = {normalise(name): column.field for column in spec.columns for name in column.header_names}
    counts = {}
    found = (
        UploadMessage.objects.filter(upload=upload, rule="allowed_codes")
        .values_list("column")
        .order_by()
        .annotate(n=Count("id"))
    )
    for header, number in found:
        field_name = header_to_field.get(normalise(header))
        if field_name:
            counts[field_name] = counts.get(field_name, 0) + number
    return counts


def data_quality(upload):
    """Completeness of each column, invalid codes, records missing key dates and the missing share vs 5%.

    The missing share counts blank cells in the columns that should normally be filled ("expected")
    over all such cells. Invalid codes are stored blank, so they are counted there once.
    """
    spec = get_return(upload.return_type)
    frame = stored_frame(spec, upload)
    rows = len(frame)
    invalid = invalid_code_counts(spec, upload)
    columns = []
    for column in spec.columns:
        filled = int(frame[column.field].notna().sum())
        columns.append(ColumnQuality(
            label=column.label, required=column.required, expected=column.expected, filled=filled,
            missing=rows - filled, invalid=invalid.get(column.field, 0) if column.kind == CODE else 0, rows=rows,
        ))
    key_dates = [
        KeyDateCheck(description, int(check(frame).sum()), rows) for description, check in spec.key_date_checks
    ]
    expected = [quality for quality in columns if quality.expected]
    return DataQuality(
        upload=upload, rows=rows, columns=columns, key_dates=key_dates,
        missing_cells=sum(quality.missing for quality in expected), checked_cells=rows * len(expected),
    )


def return_choices():
    return [(spec.code, spec.title) for spec in RETURNS.values()]
