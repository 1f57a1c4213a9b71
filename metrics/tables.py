"""Tables for the indicator list and upload history (django-tables2), drawn by includes/table.html: a caption,
headers with scope, the first cell of each row as the row's header."""
import django_tables2 as tables
from django.template.defaultfilters import date as format_date
from django.utils.html import format_html

from core.judgements import BAD, GOOD, INFO, NEUTRAL

from .models import Upload

TABLE_TEMPLATE = "includes/table.html"
STATUS_TAGS = {
    Upload.VALIDATED: INFO,
    Upload.REJECTED: BAD,
    Upload.CONFIRMED: GOOD,
    Upload.SUPERSEDED: NEUTRAL,
    Upload.DISCARDED: NEUTRAL,
}


def tag(judgement):
    if judgement is None:
        return "–"
    return format_html('<span class="tag tag--{}">{}</span>', judgement.token, judgement.words)


class CaptionedTable(tables.Table):
    def __init__(self, *args, caption="", **kwargs):
        super().__init__(*args, **kwargs)
        self.caption = caption


class IndicatorTable(CaptionedTable):
    title = tables.Column(verbose_name="Indicator", linkify=lambda record: record["url"],
                          attrs={"th": {"scope": "col"}})
    value = tables.Column(verbose_name="Latest figure", order_by=("sort_value",))
    period = tables.Column(verbose_name="Period", order_by=("period_start",))
    target = tables.Column(verbose_name="Against target", order_by=("target_key",))
    england = tables.Column(verbose_name="Against England", order_by=("england_key",))
    trend = tables.Column(verbose_name="Direction of travel", order_by=("trend_key",))
    source = tables.Column(verbose_name="Source")

    class Meta:
        template_name = TABLE_TEMPLATE
        attrs = {"class": "table"}
        orderable = True
        empty_text = "No indicators match these filters."

    def render_target(self, value):
        return tag(value)

    def render_england(self, value):
        return tag(value)

    def render_trend(self, value):
        return tag(value)


class UploadTable(CaptionedTable):
    pk = tables.Column(verbose_name="Upload", linkify=("metrics:upload_preview", [tables.A("pk")]))
    return_type = tables.Column(verbose_name="Return")
    period_start = tables.Column(verbose_name="Month")
    original_name = tables.Column(verbose_name="File")
    uploaded_at = tables.Column(verbose_name="Uploaded")
    rows_total = tables.Column(verbose_name="Rows")
    error_count = tables.Column(verbose_name="Errors")
    warning_count = tables.Column(verbose_name="Warnings")
    status = tables.Column(verbose_name="Status")

    class Meta:
        template_name = TABLE_TEMPLATE
        orderable = False
        empty_text = "No uploads yet."

    def render_pk(self, value):
        return f"Upload {value}"

    def render_period_start(self, value):
        return format_date(value, "F Y")

    def render_uploaded_at(self, value, record):
        person = record.uploaded_by
        by = f" by {person.get_full_name() or person.username}" if person else ""
        return f"{format_date(value, 'j M Y H:i')}{by}"

    def render_status(self, record):
        return format_html('<strong class="tag tag--{}">{}</strong>', STATUS_TAGS[record.status],
                           record.get_status_display())
