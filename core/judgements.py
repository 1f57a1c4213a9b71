"""How every layer shows a judgement: a stable key, the words people read and a tag token.

The tokens are the five tag styles the stylesheet draws (static/css/ascdash.css, `.tag--<token>`). Colour
never stands alone: a tag always carries its words. The words themselves belong to each domain (metrics'
comparison words in metrics.judgements, the plan's RAG in improvement_plan.rules, CQC's rating bands in
cqc.rating), each defined once.
"""
from dataclasses import dataclass

GOOD, WARNING, BAD, INFO, NEUTRAL = "good", "warning", "bad", "info", "neutral"
TOKENS = (GOOD, WARNING, BAD, INFO, NEUTRAL)


@dataclass(frozen=True)
class Judgement:
    key: str
    words: str
    token: str
