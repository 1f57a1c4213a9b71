from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from core.files import FileRefused
from improvement_plan.services import import_plan
from improvement_plan.importing import open_workbook, parse_plan_workbook


class Command(BaseCommand):
    help = "Import an improvement plan from an xlsx workbook in the layout councils publish (checks first)."

    def add_arguments(self, parser):
        parser.add_argument("path", type=Path)
        parser.add_argument("--title", required=True, help="Title of the new plan")
        parser.add_argument("--check", action="store_true", help="Only report problems; import nothing")

    def handle(self, path, title, check, **options):
        try:
            parsed = parse_plan_workbook(open_workbook(path))
        except (FileRefused, FileNotFoundError) as error:
            raise CommandError(str(error)) from None
        for message in parsed.messages:
            self.stdout.write(f"{message['severity']}: row {message['row']} {message['column']}: {message['message']}")
        if parsed.errors:
            raise CommandError(f"{len(parsed.errors)} error(s): nothing imported.")
        if check:
            self.stdout.write(
                f"{parsed.action_count} actions in {len(parsed.areas)} areas; nothing imported (--check)."
            )
            return
        plan = import_plan(parsed, title, user=None, source=(path.name, path.read_bytes()))
        self.stdout.write(self.style.SUCCESS(
            f"Imported '{plan.title}': {parsed.action_count} actions in {len(parsed.areas)} areas."
        ))
