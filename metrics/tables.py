"""Tables for the indicator pages (django-tables2)."""
import django_tables2 as tables
from django.utils.html import format_html


def tag(judgement):
    if judgement is None:
        return "–"
    return format_html('<span class="tag tag--{}">{}</span>', judgement.token, judgement.words)


class IndicatorTable(tables.Table):
    title = tables.Column(verbose_name="Indicator", linkify=lambda record: record["url"],
                          attrs={"th": {"scope": "col"}})
    value = tables.Column(verbose_name="Latest figure", order_by=("sort_value",))
    period = tables.Column(verbose_name="Period", order_by=("period_start",))
    target = tables.Column(verbose_name="Against target", order_by=("target_key",))
    england = tables.Column(verbose_name="Against England", order_by=("england_key",))
    trend = tables.Column(verbose_name="Direction of travel", order_by=("trend_key",))
    source = tables.Column(verbose_name="Source")

    class Meta:
        template_name = "metrics/indicators/_table.html"
        attrs = {"class": "table"}
        orderable = True
        empty_text = "No indicators match these filters."

    def __init__(self, *args, caption="", **kwargs):
        super().__init__(*args, **kwargs)
        self.caption = caption

    def render_target(self, value):
        return tag(value)

    def render_england(self, value):
        return tag(value)

    def render_trend(self, value):
        return tag(value)
