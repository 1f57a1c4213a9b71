"""The framework as data: 4 themes, 9 quality statements, evidence categories, and every alias resolves."""
import pytest

from cqc.framework import EVIDENCE_CATEGORIES, QUALITY_STATEMENTS, THEMES, resolve_statement
from cqc.models import QualityStatement, Theme


def test_exactly_four_themes_and_nine_statements():
    assert [theme["name"] for theme in THEMES] == [
        "Working with people", "Providing support",
        "How the local authority ensures safety within the system", "Leadership",
    ]
    assert len(QUALITY_STATEMENTS) == 9
    assert [len([s for s in QUALITY_STATEMENTS if s["theme"] == n]) for n in (1, 2, 3, 4)] == [3, 2, 2, 2]


def test_evidence_categories():
    assert [label for _, label in EVIDENCE_CATEGORIES] == [
        "People's experience", "Feedback from staff and leaders", "Feedback from partners", "Processes",
    ]


@pytest.mark.parametrize(
    "text, slug",
    [(alias, statement["slug"]) for statement in QUALITY_STATEMENTS
     for alias in [statement["name"], statement["slug"], *statement["aliases"]]],
)
def test_every_name_slug_and_alias_resolves(text, slug):
    assert resolve_statement(text) == slug


@pytest.mark.parametrize(
    "text, slug",
    [("Safe systems, pathways and transitions", "safe-pathways"),
     ("  SAFEGUARDING  ", "safeguarding"),
     ("Learning, improvement & innovation", "learning-improvement"),
     ("Partnerships and Communities", "partnerships")],
)
def test_variants_resolve(text, slug):
    assert resolve_statement(text) == slug


@pytest.mark.parametrize("text", ["", None, "Wellbeing", "Safe"])
def test_unknown_names_do_not_resolve(text):
    assert resolve_statement(text) is None


@pytest.mark.django_db
def test_migration_loaded_the_framework():
    assert Theme.objects.count() == 4
    assert list(QualityStatement.objects.values_list("slug", flat=True)) == [s["slug"] for s in QUALITY_STATEMENTS]
    assert QualityStatement.objects.get(slug="safe-pathways").theme.number == 3
