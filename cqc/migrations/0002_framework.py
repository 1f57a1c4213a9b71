"""Load the CQC framework (themes and quality statements) from cqc/framework.py."""
from django.db import migrations


def load_framework(apps, schema_editor):
    from cqc.services import sync_framework

    sync_framework(apps.get_model("cqc", "Theme"), apps.get_model("cqc", "QualityStatement"))


class Migration(migrations.Migration):
    dependencies = [("cqc", "0001_initial")]

    operations = [migrations.RunPython(load_framework, migrations.RunPython.noop)]
