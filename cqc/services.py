"""Writes for CQC assessments."""
from django.db import transaction

from .framework import QUALITY_STATEMENTS, THEMES
from .models import Assessment, QualityStatement, StatementScore


def sync_framework(Theme, QualityStatement):
    """Create or update the themes and statements from cqc/framework.py; takes model classes so a
    migration can pass its historical ones."""
    themes = {}
    for theme in THEMES:
        themes[theme["number"]], _ = Theme.objects.update_or_create(
            number=theme["number"],
            defaults={"slug": theme["slug"], "name": theme["name"], "description": theme["description"]},
        )
    for statement in QUALITY_STATEMENTS:
        QualityStatement.objects.update_or_create(
            number=statement["number"],
            defaults={"theme": themes[statement["theme"]], "slug": statement["slug"], "name": statement["name"],
                      "description": statement["description"], "aliases": statement["aliases"]},
        )


@transaction.atomic
def create_assessment(details, rows):
    """Create an assessment from its details (model field values) and imported rows (slug, score, findings)."""
    assessment = Assessment.objects.create(**details)
    statements = QualityStatement.objects.in_bulk([row.slug for row in rows], field_name="slug")
    StatementScore.objects.bulk_create(
        StatementScore(assessment=assessment, statement=statements[row.slug], score=row.score,
                       key_findings=row.findings)
        for row in rows
    )
    return assessment
