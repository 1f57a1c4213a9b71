"""The text of a section as HTML: citations link to the register at the end of the document, figure references
show the figure as at the version's date with its period named. Everything else is escaped."""
from dataclasses import dataclass, field

from django.utils.html import escape, format_html
from django.utils.safestring import mark_safe

from .citations import lines, paragraphs, pieces


@dataclass
class Lookup:
    as_at: object
    refs: set = field(default_factory=set)  # ids in the registers
    figures: dict = field(default_factory=dict)  # {code: figures.Figure}


def anchor(ref):
    return f"ref-{ref}"


def render_refs(refs, lookup):
    shown = [
        format_html('<a href="#{}">{}</a>', anchor(ref), ref) if ref in lookup.refs
        else format_html('<span class="citation-missing">{} (not in the register)</span>', ref)
        for ref in refs
    ]
    return mark_safe("[" + ", ".join(shown) + "]")


def render_figure(code, lookup):
    figure = lookup.figures.get(code)
    if figure is None:
        return format_html('<span class="citation-missing">{{{}}} (not an indicator code)</span>', code)
    if not figure.period:
        return format_html('<a href="{}">no figure<span class="visually-hidden"> for {}</span></a> for a period '
                           'ending by {}', figure.url, figure.title, lookup.as_at.strftime("%-d %B %Y"))
    return format_html('<a href="{}" class="figure">{}<span class="visually-hidden">: {}</span></a> ({})',
                       figure.url, figure.words, figure.title, figure.period)


def render_inline(text, lookup):
    rendered = []
    for kind, value in pieces(text):
        if kind == "refs":
            rendered.append(render_refs(value, lookup))
        elif kind == "indicator":
            rendered.append(render_figure(value, lookup))
        else:
            rendered.append(escape(value).replace("\n", "<br>"))
    return mark_safe("".join(rendered))


def render_paragraphs(text, lookup):
    return [render_inline(paragraph, lookup) for paragraph in paragraphs(text)]


def render_lines(text, lookup):
    return [render_inline(line, lookup) for line in lines(text)]


def figure_words(code, lookup):
    figure = lookup.figures.get(code)
    if figure is None:
        return f"{{{code}}}"
    if not figure.period:
        return f"no figure for a period ending by {lookup.as_at:%-d %B %Y}"
    return f"{figure.words} ({figure.period})"
