"""Each attempt's own copy of its questions moves into a QuizSnapshot stored
once per distinct content (keyed by the SHA-256 of its canonical JSON), and
the attempt points to it. Batched, so it runs in bounded memory."""

import hashlib
import json

from django.db import migrations

BATCH = 2000


def digest_of(questions: dict) -> str:
    # As QuizSnapshot.digest_of (a migration must not import the model's code).
    canonical = json.dumps(questions, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(canonical.encode()).hexdigest()


def forwards(apps, schema_editor):
    Attempt = apps.get_model("quizzes", "Attempt")
    QuizSnapshot = apps.get_model("quizzes", "QuizSnapshot")
    known: dict[str, int] = {}
    last = 0
    while True:
        batch = list(
            Attempt.objects.filter(pk__gt=last, snapshot__isnull=True).order_by("pk").only("pk", "questions")[:BATCH]
        )
        if not batch:
            break
        for attempt in batch:
            digest = digest_of(attempt.questions or {})
            if digest not in known:
                snapshot, _created = QuizSnapshot.objects.get_or_create(
                    digest=digest, defaults={"questions": attempt.questions or {}}
                )
                known[digest] = snapshot.pk
            attempt.snapshot_id = known[digest]
        Attempt.objects.bulk_update(batch, ["snapshot"])
        last = batch[-1].pk


def backwards(apps, schema_editor):
    Attempt = apps.get_model("quizzes", "Attempt")
    QuizSnapshot = apps.get_model("quizzes", "QuizSnapshot")
    for snapshot in QuizSnapshot.objects.all():
        Attempt.objects.filter(snapshot=snapshot).update(questions=snapshot.questions)


class Migration(migrations.Migration):
    dependencies = [
        ("quizzes", "0004_quizsnapshot_attempt_snapshot"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
