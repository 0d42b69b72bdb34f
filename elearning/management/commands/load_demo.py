"""Load the demo content and the demo accounts. Idempotent: running it again
updates what it made before and never duplicates anything."""

from importlib import import_module

from django.core.management.base import BaseCommand
from django.db import transaction

# Order matters: pages need the site, quizzes must exist before lessons place
# them, progress and plans refer to users and pages.
DEMO_APPS = ["accounts", "elearning", "quizzes", "modules", "theme_sessions", "coteaching", "stories"]


class Command(BaseCommand):
    help = "Load the Norwegian demo content and demo accounts (idempotent)."

    def handle(self, *args, **options):
        for label in DEMO_APPS:
            try:
                demo = import_module(f"{label}.demo")
            except ModuleNotFoundError as exc:
                if exc.name != f"{label}.demo":
                    raise
                continue
            with transaction.atomic():
                demo.load(stdout=self.stdout)
            self.stdout.write(self.style.SUCCESS(f"Demo content loaded: {label}"))
