"""Load the CQC framework (themes and quality statements) from cqc/framework.py."""
from django.db import migrations


def load_framework(apps, schema_editor):
    from cqc.framework import QUALITY_STATEMENTS, THEMES

    Theme = apps.get_model("cqc", "Theme")
    QualityStatement = apps.get_model("cqc", "QualityStatement")
    themes = {}
    for theme in THEMES:
        themes[theme["number"]], _ = Theme.objects.update_or_create(
            number=theme["number"],
            defaults={"slug": theme["slug"], "name": theme["name"], "description": theme["description"]},
        )
    for statement in QUALITY_STATEMENTS:
        QualityStatement.objects.update_or_create(
            number=statement["number"],
            defaults={
                "theme": themes[statement["theme"]],
                "slug": statement["slug"],
                "name": statement["name"],
                "description": statement["description"],
                "aliases": statement["aliases"],
            },
        )


class Migration(migrations.Migration):
    dependencies = [("cqc", "0001_initial")]

    operations = [migrations.RunPython(load_framework, migrations.RunPython.noop)]
