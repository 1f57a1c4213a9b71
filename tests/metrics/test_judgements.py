"""The one judgement vocabulary: its words and tag tokens are pinned here, and every tag on every page uses
one of the five tokens the stylesheet draws."""
import re
from pathlib import Path

from core.judgements import TOKENS, Judgement
from cqc.rating import BAND_LIST
from improvement_plan import rules
from metrics import judgements
from metrics.filters import RAG_CHOICES

ROOT = Path(__file__).resolve().parents[2]


def test_target_rag_words_and_tokens():
    assert judgements.TARGET_STATUSES == [
        Judgement("green", "Green: target met", "good"),
        Judgement("amber", "Amber: just short of target", "warning"),
        Judgement("red", "Red: target missed", "bad"),
        Judgement("no_target", "No target", "neutral"),
        Judgement("no_data", "No data", "neutral"),
    ]
    assert RAG_CHOICES == [("green", "Green: target met"), ("amber", "Amber: just short of target"),
                           ("red", "Red: target missed"), ("no_target", "No target"), ("no_data", "No data")]
    assert judgements.NOT_JUDGED == Judgement("not_judged", "Context only: not judged", "neutral")


def test_headline_and_quartile_words():
    assert (judgements.IMPROVED, judgements.WORSENED) == (
        Judgement("improving", "Improving", "good"), Judgement("worsening", "Worsening", "bad"))
    assert judgements.quartile(3, 90, 152) == Judgement(
        "quartile_3", "Quartile 3 of 4 (third quarter), ranked 90 of 152", "warning")


def test_plan_and_rating_words_and_tokens():
    assert [rules.rag_judgement(code) for code in rules.STATUS_ORDER] == [
        Judgement("not_started", "Not started", "neutral"), Judgement("on_track", "On track", "good"),
        Judgement("at_risk", "At risk", "warning"), Judgement("off_track", "Off track", "bad"),
        Judgement("complete", "Complete", "info"), Judgement("overdue", "Overdue", "bad"),
    ]
    assert [(band.name, band.token) for band in BAND_LIST] == [
        ("Inadequate", "bad"), ("Requires improvement", "warning"), ("Good", "good"), ("Outstanding", "info")]


def test_the_stylesheet_draws_exactly_the_five_tokens():
    css = (ROOT / "static/css/ascdash.css").read_text()
    assert sorted(set(re.findall(r"\.tag--([a-z-]+)", css))) == sorted(TOKENS)


def test_every_tag_written_in_a_template_uses_a_token():
    written = {
        token for path in (ROOT / "templates").rglob("*.html")
        for token in re.findall(r"tag--([a-z-]+)", path.read_text())
    }
    assert written <= set(TOKENS), written - set(TOKENS)
