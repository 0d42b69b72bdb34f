"""The report rows (QuestionResult, ChosenOption) for the attempts submitted
before attempt_submit wrote them: each attempt is regraded from its own
snapshot and stored answers with quizzes.results, the pure functions that
attempt_submit uses (grading is pure and must give today what it gave then:
the stored score equals a regrade). Batched by attempt id, so it runs in
bounded memory; attempts that already have rows are skipped."""

from django.db import migrations

from quizzes import results

BATCH = 2000


def forwards(apps, schema_editor):
    Attempt = apps.get_model("quizzes", "Attempt")
    Answer = apps.get_model("quizzes", "Answer")
    QuizSnapshot = apps.get_model("quizzes", "QuizSnapshot")
    QuestionResult = apps.get_model("quizzes", "QuestionResult")
    ChosenOption = apps.get_model("quizzes", "ChosenOption")
    snapshots: dict[int, dict] = {}
    last = 0
    while True:
        batch = list(
            Attempt.objects.filter(pk__gt=last, submitted_at__isnull=False, results__isnull=True)
            .order_by("pk")
            .values_list("pk", "quiz_id", "snapshot_id", "question_ids", "score")[:BATCH]
        )
        if not batch:
            break
        last = batch[-1][0]
        missing = {row[2] for row in batch} - snapshots.keys()
        snapshots.update(QuizSnapshot.objects.filter(pk__in=missing).values_list("pk", "questions"))
        answers: dict[int, dict] = {}
        for attempt_id, question_id, value in Answer.objects.filter(attempt_id__in=[row[0] for row in batch]).values_list(
            "attempt_id", "question_id", "value"
        ):
            answers.setdefault(attempt_id, {})[question_id] = value
        rows, options = [], []
        for attempt_id, quiz_id, snapshot_id, question_ids, score in batch:
            questions = snapshots[snapshot_id]
            specs = [questions[str(qid)] for qid in question_ids if str(qid) in questions]
            per_question, _regraded = results.attempt_results(specs, answers.get(attempt_id, {}))
            for result in per_question:
                rows.append(
                    QuestionResult(
                        attempt_id=attempt_id,
                        quiz_id=quiz_id,
                        question_id=result.question_id,
                        type=result.type,
                        graded=result.graded,
                        answered=result.answered,
                        earned=result.earned,
                        out_of=result.out_of,
                        score=score,
                    )
                )
                options.extend(
                    ChosenOption(
                        attempt_id=attempt_id,
                        quiz_id=quiz_id,
                        question_id=result.question_id,
                        choice_id=choice_id,
                        correct=correct,
                    )
                    for choice_id, correct in result.chosen
                )
        QuestionResult.objects.bulk_create(rows, batch_size=5000, ignore_conflicts=True)
        ChosenOption.objects.bulk_create(options, batch_size=5000, ignore_conflicts=True)


class Migration(migrations.Migration):
    dependencies = [
        ("quizzes", "0007_question_results_and_chosen_options"),
    ]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
