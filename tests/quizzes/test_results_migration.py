"""The data migration that writes the report rows for attempts submitted
before attempt_submit stored them (quizzes 0008): each attempt is regraded
from its own snapshot, the rows add up to the stored score, and attempts
still open get none."""

from fractions import Fraction

import pytest

from quizzes import grading
from tests.migrations import migrate, migrate_to_latest

pytestmark = pytest.mark.django_db(transaction=True)

BEFORE = [("quizzes", "0007_question_results_and_chosen_options")]
AFTER = [("quizzes", "0008_backfill_question_results")]


def choice(id_, text, correct):
    return {"id": id_, "key": f"k{id_}", "text": text, "correct": correct, "feedback": "", "match": ""}


SINGLE = {
    "id": 1,
    "type": "single",
    "text": "Hva er helsekompetanse?",
    "explanation": "",
    "partial_credit": False,
    "accepted": [],
    "choices": [
        choice(10, "Å forstå og bruke helseinformasjon", True),
        choice(11, "Å ha helsefaglig utdanning", False),
    ],
}
MULTIPLE = {
    **SINGLE,
    "id": 2,
    "type": "multiple",
    "text": "Hva hører til salutogenese?",
    "partial_credit": True,
    "choices": [
        choice(20, "Mestring", True),
        choice(21, "Opplevelse av sammenheng", True),
        choice(22, "Diagnose", False),
    ],
}
LIKERT = {
    **SINGLE,
    "id": 3,
    "type": "likert",
    "text": "Hvor trygg er du?",
    "choices": [choice(30, "Usikker", False), choice(31, "Trygg", False)],
}
QUESTIONS = {"1": SINGLE, "2": MULTIPLE, "3": LIKERT}


@pytest.fixture(autouse=True)
def back_to_the_latest_migrations():
    yield
    migrate_to_latest()


def test_old_attempts_get_their_rows_by_regrading_their_snapshot():
    old = migrate(BEFORE)
    User = old.get_model("accounts", "User")
    Quiz = old.get_model("quizzes", "Quiz")
    QuizSnapshot = old.get_model("quizzes", "QuizSnapshot")
    Attempt = old.get_model("quizzes", "Attempt")
    Answer = old.get_model("quizzes", "Answer")
    quiz = Quiz.objects.create(title="Kunnskapstest", slug="kunnskapstest-resultater", kind="test", pass_mark=50)
    snapshot = QuizSnapshot.objects.create(digest="a" * 64, questions=QUESTIONS)
    given = [{1: 10, 2: [20, 22], 3: 31}, {1: 11}, {2: [20, 21]}]
    made = []
    for n, values in enumerate([*given, None]):
        specs = [SINGLE, MULTIPLE, LIKERT]
        score = grading.grade_attempt(specs, values) if values is not None else None
        attempt = Attempt.objects.create(
            user=User.objects.create(email=f"deltaker-{n}@example.invalid"),
            quiz=quiz,
            number=1,
            question_ids=[1, 2, 3],
            snapshot=snapshot,
            pass_mark=50,
            feedback_mode="after_submit",
            submitted_at=None if values is None else "2026-11-02T10:00:00Z",
            score=score,
            passed=None if score is None else score >= 50,
        )
        for qid, value in (values or {1: 10}).items():
            Answer.objects.create(attempt=attempt, question_id=qid, value=value)
        made.append(attempt.pk)

    new = migrate(AFTER)
    QuestionResult = new.get_model("quizzes", "QuestionResult")
    ChosenOption = new.get_model("quizzes", "ChosenOption")
    Attempt = new.get_model("quizzes", "Attempt")
    for pk, values in zip(made, given, strict=False):
        rows = {r.question_id: r for r in QuestionResult.objects.filter(attempt_id=pk)}
        assert sorted(rows) == [1, 2, 3]
        graded = [grading.Grade(Fraction(r.earned, r.out_of), 1, True) for r in rows.values() if r.graded]
        assert grading.score_from_grades(graded) == Attempt.objects.get(pk=pk).score
        assert [rows[q].answered for q in (1, 2, 3)] == [q in values for q in (1, 2, 3)]
    first = {r.question_id: r for r in QuestionResult.objects.filter(attempt_id=made[0])}
    assert (first[2].earned, first[2].out_of) == (0, 1)  # one right, one wrong of two right: 0 with partial credit
    assert sorted(ChosenOption.objects.filter(attempt_id=made[0]).values_list("choice_id", "correct")) == [
        (10, True),
        (20, True),
        (22, False),
        (31, False),
    ]
    assert not QuestionResult.objects.filter(attempt_id=made[3]).exists()  # still open
