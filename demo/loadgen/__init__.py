"""Load data for benchmarks and report tests: `manage.py generate_load_data
--size S|M|L` fills the database with realistic learners and what they do,
with bulk inserts, on top of the demo (which it needs: its course, quizzes
and theme sessions).

Everything is derived from the learner's number, so the data is the same on
every run, and a run is idempotent: learners that exist are left alone and
only the missing ones are made, with their data (a larger size tops a
smaller one up). Each generator is one module with
``generate(*, size, learners, stdout)``, run in the order of GENERATORS for
the learners just made; a new kind of data is a new module added to that
list."""

from __future__ import annotations

from dataclasses import dataclass

from django.db import connection

from demo.loadgen import attempts, cohorts, learners, progress, registrations


@dataclass(frozen=True)
class Size:
    name: str
    learners: int
    completions: int
    attempts: int
    registrations: int
    participants: int  # in past cohorts, with attendance, submissions and evaluations

    def per_learner(self, total: int) -> float:
        return total / self.learners if self.learners else 0.0


SIZES = {
    "S": Size("S", learners=200, completions=3_000, attempts=500, registrations=50, participants=50),
    "M": Size("M", learners=2_000, completions=30_000, attempts=5_000, registrations=500, participants=500),
    "L": Size("L", learners=20_000, completions=300_000, attempts=50_000, registrations=5_000, participants=5_000),
}

# Run in this order, each for the learners just made.
GENERATORS = [progress, attempts, registrations, cohorts]


def generate(*, size: Size, stdout) -> dict:
    """Makes the missing learners of ``size`` and their data; returns counts per kind."""
    made = learners.generate(size=size, stdout=stdout)
    counts = {"learners": len(made)}
    if made:
        for generator in GENERATORS:
            counts.update(generator.generate(size=size, learners=made, stdout=stdout))
        if connection.vendor == "postgresql":
            # Fresh statistics, as autovacuum would leave them, so the planner sees the new rows.
            with connection.cursor() as cursor:
                cursor.execute("ANALYZE")
    return counts
