"""Course evaluations from most of the learners who completed a course."""

from __future__ import annotations

from modules.models import CourseEvaluation, Enrolment

COMMENTS = [
    "Nyttig å høre brukerrepresentantens erfaringer. Behold kursdagene med samarbeid.",
    "Praksisoppgaven var krevende, men lærerik. Gjerne flere eksempler fra kommunen.",
    "Godt strukturert. Ettersamtalen etter kursdagen burde få mer tid.",
    "",
]


def generate(*, size, learners, stdout) -> dict:
    from demo.loadgen import BATCH, spread

    completed = Enrolment.objects.filter(user__in=learners, completed_at__isnull=False).values_list(
        "user_id", "course_id"
    )
    rows = [
        CourseEvaluation(
            user_id=user_id,
            course_id=course_id,
            rating=3 + int(3 * spread(user_id, 5)) % 3,
            comment=COMMENTS[user_id % len(COMMENTS)],
        )
        for user_id, course_id in completed
        if spread(user_id, 6) < 0.8
    ]
    CourseEvaluation.objects.bulk_create(rows, batch_size=BATCH, ignore_conflicts=True)
    stdout.write(f"Load data: {len(rows)} course evaluations.")
    return {"evaluations": len(rows)}
