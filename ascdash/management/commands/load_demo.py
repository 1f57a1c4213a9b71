from django.core.management.base import BaseCommand

from ascdash.demo import DEMO_PASSWORD, load_demo


class Command(BaseCommand):
    help = "Load the synthetic demo council and demo users (safe to run repeatedly)."

    def handle(self, *args, **options):
        users = load_demo(stdout=self.stdout)
        self.stdout.write(self.style.SUCCESS("Demo council loaded."))
        self.stdout.write("Demo users (password for all: %s):" % DEMO_PASSWORD)
        for username, role in users:
            self.stdout.write(f"  {username:<10} {role}")
