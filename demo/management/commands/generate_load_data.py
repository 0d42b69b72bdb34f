"""Fill the database with load data for benchmarks and report tests (see
demo.loadgen): S, M or L, on top of the demo. Idempotent: run again, it
makes only what is missing."""

import time

from django.core.management.base import BaseCommand
from django.db import transaction

from demo import loadgen
from elearning import user_cache


class Command(BaseCommand):
    help = "Generate load data (learners, progress, quiz attempts, registrations) with bulk inserts."

    def add_arguments(self, parser):
        parser.add_argument("--size", choices=sorted(loadgen.SIZES), default="S")

    def handle(self, *args, size, **options):
        started = time.monotonic()
        with transaction.atomic():
            counts = loadgen.generate(size=loadgen.SIZES[size], stdout=self.stdout)
            # bulk_create sends no signal: the cohorts' seats and the leaders' waiting submissions changed.
            user_cache.bump_all_shared()
        summary = ", ".join(f"{count} {kind}" for kind, count in counts.items())
        self.stdout.write(self.style.SUCCESS(f"Load data {size}: {summary} in {time.monotonic() - started:.0f} s."))
