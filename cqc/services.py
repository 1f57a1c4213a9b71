"""Writes for CQC assessments."""
from django.db import transaction

from .models import Assessment, QualityStatement, StatementScore


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
