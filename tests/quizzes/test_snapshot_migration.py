"""The data migration that stores each distinct attempt snapshot once
(quizzes 0005): attempts with the same questions end up pointing to one
QuizSnapshot, with their questions, grades and answers unchanged."""

import pytest

from quizzes import grading
from tests.migrations import migrate, migrate_to_latest

pytestmark = pytest.mark.django_db(transaction=True)

BEFORE = [("quizzes", "0004_quizsnapshot_attempt_snapshot")]
AFTER = [("quizzes", "0006_remove_attempt_questions")]

SPEC = {
    "id": 1,
    "type": "single",
    "text": "Hva er helsekompetanse?",
    "explanation": "",
    "partial_credit": False,
    "accepted": [],
    "choices": [
        {
            "id": 10,
            "key": "a",
            "text": "Å forstå og bruke helseinformasjon",
            "correct": True,
            "feedback": "",
            "match": "",
        },
        {"id": 11, "key": "b", "text": "Å ha en helsefaglig utdanning", "correct": False, "feedback": "", "match": ""},
    ],
}


@pytest.fixture(autouse=True)
def back_to_the_latest_migrations():
    yield
    migrate_to_latest()


def test_equal_snapshots_are_stored_once_and_scores_still_regrade():
    old = migrate(BEFORE)
    try:
        User = old.get_model("accounts", "User")
        Quiz = old.get_model("quizzes", "Quiz")
        Attempt = old.get_model("quizzes", "Attempt")
        Answer = old.get_model("quizzes", "Answer")
        quiz = Quiz.objects.create(title="Kunnskapstest", slug="kunnskapstest-migrering", kind="test", pass_mark=50)
        other = {"1": {**SPEC, "text": "Hva er mestring?"}}
        made = []
        for n, questions in enumerate([{"1": SPEC}, {"1": SPEC}, other]):
            user = User.objects.create(email=f"laerer-{n}@example.invalid")
            value = 10 if n != 1 else 11
            score = grading.grade_attempt([questions["1"]], {1: value})
            attempt = Attempt.objects.create(
                user=user,
                quiz=quiz,
                number=1,
                question_ids=[1],
                questions=questions,
                pass_mark=50,
                feedback_mode="after_submit",
                score=score,
                passed=score >= 50,
            )
            Answer.objects.create(attempt=attempt, question_id=1, value=value)
            made.append(attempt.pk)
    finally:
        new = migrate(AFTER)
    Attempt = new.get_model("quizzes", "Attempt")
    QuizSnapshot = new.get_model("quizzes", "QuizSnapshot")
    attempts = {a.pk: a for a in Attempt.objects.filter(pk__in=made).select_related("snapshot")}
    assert QuizSnapshot.objects.count() == 2
    assert attempts[made[0]].snapshot_id == attempts[made[1]].snapshot_id != attempts[made[2]].snapshot_id
    assert attempts[made[2]].snapshot.questions["1"]["text"] == "Hva er mestring?"
    for attempt in attempts.values():
        values = dict(attempt.answers.values_list("question_id", "value"))
        assert attempt.score == grading.grade_attempt([attempt.snapshot.questions["1"]], values)
