"""Load the demo content and the demo accounts. Idempotent: running it again
updates what it made before and never duplicates anything."""

from django.core.management.base import BaseCommand
from django.db import transaction

from demo.loaders import (
    accounts,
    assignments,
    cohorts,
    coteaching,
    elearning,
    evaluations,
    modules,
    quizzes,
    stories,
    theme_sessions,
)

# Order matters: pages need the site, quizzes must exist before lessons place
# them, progress and plans refer to users and pages; the cohorts follow the
# course; assignments go into the living cohort (after the cohorts loader)
# and the demo pair's teaching plan; evaluations answer the living cohort's
# past days.
LOADERS = [
    accounts,
    elearning,
    quizzes,
    modules,
    cohorts,
    theme_sessions,
    coteaching,
    stories,
    assignments,
    evaluations,
]


class Command(BaseCommand):
    help = "Load the Norwegian demo content and demo accounts (idempotent)."

    def handle(self, *args, **options):
        for loader in LOADERS:
            with transaction.atomic():
                loader.load(stdout=self.stdout)
            label = loader.__name__.rsplit(".", 1)[-1]
            self.stdout.write(self.style.SUCCESS(f"Demo content loaded: {label}"))
