"""quizzes.grading: pure functions, no database."""

from decimal import Decimal
from fractions import Fraction

import pytest

from quizzes.grading import Grade, grade_attempt, grade_question, is_pass, question_grades


def choices(*rows):
    """rows: (id, correct) or (id, correct, match)."""
    return [
        {
            "id": row[0],
            "key": f"k{row[0]}",
            "text": f"Valg {row[0]}",
            "correct": row[1],
            "feedback": "",
            "match": row[2] if len(row) > 2 else "",
        }
        for row in rows
    ]


def spec(kind, qid=1, partial=False, accepted=(), rows=()):
    return {
        "id": qid,
        "type": kind,
        "text": "?",
        "explanation": "",
        "partial_credit": partial,
        "accepted": list(accepted),
        "choices": choices(*rows),
    }


SINGLE = spec("single", rows=[(1, False), (2, True), (3, False)])
TRUE_FALSE = spec("true_false", rows=[(1, True), (2, False)])
MULTI = spec("multiple", rows=[(1, True), (2, True), (3, False), (4, False)])
MULTI_PARTIAL = spec("multiple", partial=True, rows=[(1, True), (2, True), (3, True), (4, False)])
ORDER = spec("ordering", rows=[(1, False), (2, False), (3, False), (4, False)])
ORDER_PARTIAL = spec("ordering", partial=True, rows=[(1, False), (2, False), (3, False), (4, False)])
MATCH = spec("matching", rows=[(1, False, "a"), (2, False, "b"), (3, False, "c"), (4, False, "d")])
SHORT = spec("short_text", accepted=["Salutogenese", "salutogenetisk  perspektiv"])


@pytest.mark.parametrize(
    ("question", "value", "points", "correct"),
    [
        (SINGLE, 2, 1, True),
        (SINGLE, 1, 0, False),
        (SINGLE, None, 0, False),
        (SINGLE, 99, 0, False),  # an id from elsewhere never scores
        (SINGLE, "2", 0, False),  # malformed stored values never crash or score
        (SINGLE, True, 0, False),  # a bool is not an id
        (TRUE_FALSE, 1, 1, True),
        (TRUE_FALSE, 2, 0, False),
        (MULTI, [1, 2], 1, True),
        (MULTI, [2, 1], 1, True),
        (MULTI, [1], 0, False),  # all or nothing without partial credit
        (MULTI, [1, 2, 3], 0, False),
        (MULTI, [], 0, False),
        (MULTI, None, 0, False),
        (MULTI, "1,2", 0, False),
        (MULTI_PARTIAL, [1, 2, 3], 1, True),
        (MULTI_PARTIAL, [1, 2], Fraction(2, 3), False),
        (MULTI_PARTIAL, [1], Fraction(1, 3), False),
        (MULTI_PARTIAL, [1, 2, 4], Fraction(1, 3), False),  # two right, one wrong
        (MULTI_PARTIAL, [1, 4], 0, False),  # right minus wrong is zero
        (MULTI_PARTIAL, [4], 0, False),  # floored at zero, never negative
        (MULTI_PARTIAL, [1, 2, 3, 4], Fraction(2, 3), False),  # ticking everything is not full marks
        (ORDER, [1, 2, 3, 4], 1, True),
        (ORDER, [2, 1, 3, 4], 0, False),  # all or nothing
        (ORDER, [1, 2, 3], 0, False),
        (ORDER, None, 0, False),
        (ORDER_PARTIAL, [2, 1, 3, 4], Fraction(1, 2), False),  # items 3 and 4 in place
        (ORDER_PARTIAL, [4, 3, 2, 1], 0, False),
        (ORDER_PARTIAL, [1, 2, 3, 4], 1, True),
        (MATCH, {"1": 1, "2": 2, "3": 3, "4": 4}, 1, True),
        (MATCH, {"1": 2, "2": 1, "3": 3, "4": 4}, Fraction(1, 2), False),
        (MATCH, {"1": 1}, Fraction(1, 4), False),
        (MATCH, {}, 0, False),
        (MATCH, [1, 2], 0, False),
        (MATCH, {"1": "1"}, 0, False),
        (SHORT, "Salutogenese", 1, True),
        (SHORT, "  SALUTOGENESE ", 1, True),
        (SHORT, "salutogenetisk perspektiv", 1, True),
        (SHORT, "Salutogenetisk\tPerspektiv", 1, True),
        (SHORT, "Ｓａｌｕｔｏｇｅｎｅｓｅ", 1, True),  # full-width letters normalise (NFKC)
        (SHORT, "salutogen", 0, False),
        (SHORT, "", 0, False),
        (SHORT, None, 0, False),
        (SHORT, 5, 0, False),
    ],
)
def test_grade_question(question, value, points, correct):
    grade = grade_question(question, value)
    assert grade.points == points
    assert grade.max_points == 1
    assert grade.correct is correct


def test_ungraded_types_count_nothing():
    for kind in ("likert", "reflection"):
        grade = grade_question(spec(kind, rows=[(1, False), (2, False)]), 1)
        assert grade == Grade(Fraction(0), 0, None) and not grade.graded


def test_empty_accepted_list_never_matches_an_empty_answer():
    assert grade_question(spec("short_text", accepted=[]), "").points == 0
    assert grade_question(spec("short_text", accepted=["  "]), " ").points == 0


def test_unknown_type_is_an_error():
    with pytest.raises(ValueError):
        grade_question(spec("essay"), "x")


def test_grade_attempt_scores_in_percent_rounded_down():
    specs = [spec("single", qid=q, rows=[(q * 10, True), (q * 10 + 1, False)]) for q in range(1, 4)]
    answers = {1: 10, 2: 20, 3: 31}
    assert grade_attempt(specs, answers) == Decimal("66.66")
    assert grade_attempt(specs, {1: 10, 2: 20, 3: 30}) == Decimal("100.00")
    assert grade_attempt(specs, {}) == Decimal("0.00")


def test_grade_attempt_leaves_ungraded_questions_out_of_the_maximum():
    specs = [
        spec("single", qid=1, rows=[(1, True), (2, False)]),
        spec("likert", qid=2, rows=[(3, False), (4, False)]),
        spec("reflection", qid=3),
    ]
    assert grade_attempt(specs, {1: 1, 2: 3, 3: "Tanker"}) == Decimal("100.00")
    assert grade_attempt(specs, {1: 2}) == Decimal("0.00")


def test_grade_attempt_with_nothing_graded_is_full_marks():
    assert grade_attempt([spec("reflection")], {}) == Decimal("100.00")


def test_partial_credit_adds_up():
    specs = [MULTI_PARTIAL, {**MATCH, "id": 2}]
    grades = question_grades(specs, {1: [1, 2], 2: {"1": 1, "2": 2}})
    assert grades[1].points == Fraction(2, 3) and grades[2].points == Fraction(1, 2)
    # (2/3 + 1/2) / 2 = 58.333…
    assert grade_attempt(specs, {1: [1, 2], 2: {"1": 1, "2": 2}}) == Decimal("58.33")


def test_pass_mark_boundary():
    assert is_pass(Decimal("70.00"), 70)
    assert not is_pass(Decimal("69.99"), 70)
    assert is_pass(Decimal("0.00"), 0)
    # 7 of 10 right is exactly the pass mark, 2 of 3 is below 67 %.
    ten = [spec("single", qid=q, rows=[(q * 10, True), (q * 10 + 1, False)]) for q in range(1, 11)]
    assert is_pass(grade_attempt(ten, {q: q * 10 for q in range(1, 8)}), 70)
    assert not is_pass(grade_attempt(ten, {q: q * 10 for q in range(1, 7)}), 70)
