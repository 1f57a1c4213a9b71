"""Citations, figure references, rendering and word differences: pure functions over text."""
from datetime import date

from ascdash.selfassessment.citations import cited_refs, indicator_codes, lines, paragraphs, pieces
from ascdash.selfassessment.compare import merge_runs, word_diff
from ascdash.selfassessment.figures import Figure
from ascdash.selfassessment.rendering import Lookup, figure_words, render_inline

WAIT = Figure("care-act-wait", "Median wait", "134 days", "2024-25 Q1", "120 days", "/indicators/care-act-wait/")
NONE_YET = Figure("new-measure", "New measure", "No figure", "", "", "/indicators/new-measure/")
LOOKUP = Lookup(date(2024, 9, 20), {"E1", "E2", "Q1"}, {"care-act-wait": WAIT, "new-measure": NONE_YET})


def test_pieces_split_ids_and_codes_and_leave_other_brackets_as_text():
    assert list(pieces("Waits [E1, e 2; Q1] fell to {care-act-wait} [see annex] [2024].")) == [
        ("text", "Waits "), ("refs", ["E1", "E2", "Q1"]), ("text", " fell to "), ("indicator", "care-act-wait"),
        ("text", " [see annex] [2024]."),
    ]


def test_cited_refs_in_order_of_first_citation_and_codes():
    text = "[E12] and [E3 and E12]; {b-code} then {a-code} and {b-code}; [E12 draft]"
    assert cited_refs(text) == ["E12", "E3"]
    assert indicator_codes(text) == ["b-code", "a-code"]


def test_lines_and_paragraphs():
    assert lines("• One\n\n- Two \n* Three") == ["One", "Two", "Three"]
    assert paragraphs("One\nstill one\n\n\nTwo") == ["One\nstill one", "Two"]


def test_rendering_links_ids_marks_missing_ones_and_shows_figures_with_their_period():
    html = render_inline('<b>Wait</b> {care-act-wait} [E1, E9] {nope}', LOOKUP)
    assert html == (
        '&lt;b&gt;Wait&lt;/b&gt; <a href="/indicators/care-act-wait/" class="figure">134 days'
        '<span class="visually-hidden">: Median wait</span></a> (2024-25 Q1) '
        '[<a href="#ref-E1">E1</a>, <span class="citation-missing">E9 (not in the register)</span>] '
        '<span class="citation-missing">{nope} (not an indicator code)</span>'
    )


def test_a_figure_with_no_period_by_the_date_says_so():
    assert render_inline("{new-measure}", LOOKUP) == (
        '<a href="/indicators/new-measure/">no figure<span class="visually-hidden"> for New measure</span></a> '
        'for a period ending by 20 September 2024')
    assert figure_words("new-measure", LOOKUP) == "no figure for a period ending by 20 September 2024"
    assert figure_words("care-act-wait", LOOKUP) == "134 days (2024-25 Q1)"


def test_word_diff_marks_removed_and_added_words_as_runs():
    old, new = word_diff("Waits are too long for carers.", "Waits have fallen for most carers.")
    assert old == [(False, "Waits "), (True, "are too long"), (False, " for carers.")]
    assert new == [(False, "Waits "), (True, "have fallen"), (False, " for "), (True, "most"), (False, " carers.")]


def test_merge_runs_joins_changes_separated_only_by_spaces():
    assert merge_runs([(False, "a "), (True, "b"), (False, " "), (True, "c "), (False, "d")]) == [
        (False, "a "), (True, "b c"), (False, " d")]
