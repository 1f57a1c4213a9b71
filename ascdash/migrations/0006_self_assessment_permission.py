"""The permission to work on the CQC self-assessment, given to officers, the steering group and administrators."""
from django.db import migrations

from ascdash.roles import sync_role_groups


def grant(apps, schema_editor):
    sync_role_groups(
        apps.get_model("auth", "Group"), apps.get_model("auth", "Permission"), apps.get_model("contenttypes", "ContentType")
    )


def revoke(apps, schema_editor):
    apps.get_model("auth", "Permission").objects.filter(
        content_type__app_label="ascdash", codename="edit_self_assessment").delete()


class Migration(migrations.Migration):

    dependencies = [
        ('ascdash', '0005_publication_history'),
    ]

    operations = [
        migrations.AlterModelOptions(
            name='access',
            options={'default_permissions': (), 'managed': False, 'permissions': [('view_dashboards', 'View dashboards, indicators, CQC and the improvement plan'), ('upload_returns', 'Download templates and upload monthly returns'), ('write_commentary', 'Write officer commentary on indicators'), ('view_data_quality', 'View data-quality reports and unsuppressed breakdowns'), ('edit_plan', 'Edit the improvement plan and add RAG updates'), ('edit_self_assessment', 'Work on the CQC self-assessment: drafts, registers, comments and the statements you lead'), ('administer', 'Manage targets, benchmarks, comparator groups, assessments and publication')]},
        ),
        migrations.RunPython(grant, revoke),
    ]
