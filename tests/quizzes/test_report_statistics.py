"""Quiz statistics from the pure functions of quizzes.reports, on a data set
of ten attempts whose numbers are worked out by hand (the same numbers from
attempts made through the services are in test_reports.py)."""

import datetime
from decimal import Decimal
from fractions import Fraction

from quizzes import grading, reports

# --- The pure half: ten attempts computed by hand ------------------------------------

SINGLE = {
    "id": 1,
    "type": "single",
    "text": "Hva er helsekompetanse?",
    "explanation": "",
    "partial_credit": False,
    "accepted": [],
    "choices": [
        {"id": 101, "key": "a", "text": "Feil A", "correct": False, "feedback": "", "match": ""},
        {"id": 102, "key": "b", "text": "Riktig B", "correct": True, "feedback": "", "match": ""},
        {"id": 103, "key": "c", "text": "Feil C", "correct": False, "feedback": "", "match": ""},
    ],
}
MULTIPLE = {
    "id": 2,
    "type": "multiple",
    "text": "Hvilke to hører til brukermedvirkning?",
    "explanation": "",
    "partial_credit": True,
    "accepted": [],
    "choices": [
        {"id": 110, "key": "d", "text": "Riktig 1", "correct": True, "feedback": "", "match": ""},
        {"id": 111, "key": "e", "text": "Riktig 2", "correct": True, "feedback": "", "match": ""},
        {"id": 112, "key": "f", "text": "Feil 3", "correct": False, "feedback": "", "match": ""},
        {"id": 113, "key": "g", "text": "Feil 4", "correct": False, "feedback": "", "match": ""},
    ],
}
LIKERT = {
    "id": 3,
    "type": "likert",
    "text": "Hvor trygg er du?",
    "explanation": "",
    "partial_credit": False,
    "accepted": [],
    "choices": [
        {"id": 120, "key": "h", "text": "Usikker", "correct": False, "feedback": "", "match": ""},
        {"id": 121, "key": "i", "text": "Nokså trygg", "correct": False, "feedback": "", "match": ""},
        {"id": 122, "key": "j", "text": "Trygg", "correct": False, "feedback": "", "match": ""},
    ],
}
SNAPSHOT = {"1": SINGLE, "2": MULTIPLE, "3": LIKERT}
T0 = datetime.datetime(2026, 3, 2, 9, 0, tzinfo=datetime.UTC)

# (attempt id, user id, attempt number, single, multiple, likert); pass mark 60.
# Points: single 1 for 102; multiple (right - wrong) / 2, at least 0.
# Score = mean of the two graded questions.
DATA = [
    (1, 11, 1, 101, [112, 113], 120),  # 0 + 0       -> 0
    (2, 12, 1, 103, [110], 120),  # 0 + 1/2          -> 25
    (3, 11, 2, 101, [110, 111], 120),  # 0 + 1       -> 50
    (4, 13, 1, 102, None, 121),  # 1 + 0             -> 50
    (5, 14, 1, 102, [110, 112], 121),  # 1 + 0       -> 50
    (6, 12, 2, 101, [110, 111], 122),  # 0 + 1       -> 50
    (7, 15, 1, 102, [111], 122),  # 1 + 1/2          -> 75
    (8, 11, 3, 102, [110], 122),  # 1 + 1/2          -> 75
    (9, 16, 1, 102, [110, 111], 122),  # 1 + 1       -> 100
    (10, None, 1, 102, [110, 111], None),  # deleted account -> 100
]
SCORES = {1: 0, 2: 25, 3: 50, 4: 50, 5: 50, 6: 50, 7: 75, 8: 75, 9: 100, 10: 100}


def hand_made():
    attempts, answers = [], {}
    for attempt_id, user_id, number, single, multiple, likert in DATA:
        score = Decimal(SCORES[attempt_id])
        attempts.append(
            reports.AttemptRecord(
                id=attempt_id,
                user_id=user_id,
                number=number,
                started_at=T0 + datetime.timedelta(minutes=attempt_id),
                submitted_at=T0 + datetime.timedelta(minutes=attempt_id + 5),
                score=score,
                passed=score >= 60,
                question_ids=(1, 2, 3),
                questions=SNAPSHOT,
            )
        )
        answers[attempt_id] = {q: v for q, v in ((1, single), (2, multiple), (3, likert)) if v is not None}
    return attempts, answers


def test_the_stored_scores_of_the_hand_made_data_are_what_grading_gives():
    attempts, answers = hand_made()
    for attempt in attempts:
        assert grading.grade_attempt([SINGLE, MULTIPLE, LIKERT], answers[attempt.id]) == attempt.score


def test_summary_counts_pass_rate_mean_median_bands_and_attempt_numbers():
    attempts, _answers = hand_made()
    summary = reports.summarise(attempts)
    assert summary.attempts == 10
    assert summary.learners == 6  # users 11-16; attempt 10 has no account any more
    assert summary.anonymous_attempts == 1
    assert summary.passed == 4
    assert summary.pass_rate == Decimal(40)
    assert summary.mean_score == Decimal("57.50")  # 575 / 10
    assert summary.median_score == Decimal("50.00")
    assert [band.count for band in summary.bands] == [1, 0, 1, 0, 0, 4, 0, 2, 0, 2]  # 100 in the last band
    assert summary.bands[5].share == Fraction(4, 10)
    assert summary.bands[5].percent == Decimal(40)
    assert [(n.number, n.attempts, n.passed, n.mean_score) for n in summary.by_number] == [
        (1, 7, 3, Decimal("57.14")),  # (0 + 25 + 50 + 50 + 75 + 100 + 100) / 7
        (2, 2, 0, Decimal("50.00")),
        (3, 1, 1, Decimal("75.00")),
    ]


def test_summary_of_no_attempts():
    summary = reports.summarise([])
    assert (summary.attempts, summary.learners, summary.passed) == (0, 0, 0)
    assert summary.pass_rate is None and summary.mean_score is None and summary.median_score is None
    assert all(band.count == 0 for band in summary.bands) and summary.by_number == []


def test_bands_include_their_lower_limit_and_the_last_includes_100():
    assert reports.band_index(Decimal("0")) == 0
    assert reports.band_index(Decimal("9.99")) == 0
    assert reports.band_index(Decimal("10")) == 1
    assert reports.band_index(Decimal("59.99")) == 5
    assert reports.band_index(Decimal("100")) == 9


def test_the_groups_are_27_per_cent_rounded():
    assert [reports.group_size(n) for n in (2, 4, 10, 20, 50, 100)] == [1, 1, 3, 5, 14, 27]


def test_item_analysis_facility_discrimination_and_most_chosen_wrong_option():
    attempts, answers = hand_made()
    single, multiple, likert = reports.item_analysis(attempts, answers, order=[1, 2, 3])

    # Ranked by score (ties by id): lower group 1, 2, 3; upper group 8, 9, 10.
    assert single.group_size == multiple.group_size == 3
    assert single.drawn == 10 and single.answered == 10
    assert single.facility == Fraction(6, 10)  # right in 4, 5, 7, 8, 9, 10
    assert (single.lower_facility, single.upper_facility) == (0, 1)
    assert single.discrimination == 1
    assert single.wrong_option.text == "Feil A"  # 1, 3, 6 chose A; only 2 chose C
    assert (single.wrong_option.count, single.wrong_option.share) == (3, Fraction(3, 10))

    assert multiple.drawn == 10 and multiple.answered == 9  # attempt 4 left it empty
    assert multiple.facility == Fraction(55, 100)  # 0 + .5 + 1 + 0 + 0 + 1 + .5 + .5 + 1 + 1
    assert multiple.lower_facility == Fraction(1, 2)  # 0, .5, 1
    assert multiple.upper_facility == Fraction(5, 6)  # .5, 1, 1
    assert multiple.discrimination == Fraction(1, 3)
    assert multiple.discrimination_value == Decimal("0.33")
    assert multiple.facility_value == Decimal("0.55")
    assert multiple.wrong_option.text == "Feil 3"  # attempts 1 and 5; "Feil 4" only 1
    assert (multiple.wrong_option.count, multiple.wrong_option.share) == (2, Fraction(2, 9))

    assert not likert.graded and likert.facility is None and likert.discrimination is None
    assert likert.wrong_option is None
    assert likert.answered == 9
    assert [(p.text, p.count) for p in likert.scale] == [("Usikker", 3), ("Nokså trygg", 2), ("Trygg", 4)]


def test_no_discrimination_index_below_the_minimum_number_of_attempts():
    attempts, answers = hand_made()
    items = reports.item_analysis(attempts, answers, order=[1, 2, 3], min_attempts=11)
    assert all(item.discrimination is None and item.discrimination_value is None for item in items)
    assert items[0].facility == Fraction(6, 10)  # facility is still given
    items = reports.item_analysis(attempts, answers, order=[1, 2, 3])  # default: 10
    assert items[0].discrimination == 1


def test_removed_questions_come_last_and_order_follows_the_quiz():
    attempts, answers = hand_made()
    items = reports.item_analysis(attempts, answers, order=[3, 1])
    assert [(i.position, i.question_id, i.current) for i in items] == [(1, 3, True), (2, 1, True), (3, 2, False)]


def test_each_attempt_is_graded_from_its_own_snapshot():
    """An editor fixing the answer key later changes no past statistic: the
    first attempt's snapshot says 101 was right."""
    fixed_then = {**SINGLE, "choices": [{**c, "correct": c["id"] == 101} for c in SINGLE["choices"]]}
    old = reports.AttemptRecord(1, 1, 1, T0, T0, Decimal(100), True, (1,), {"1": fixed_then})
    new = reports.AttemptRecord(2, 2, 1, T0, T0, Decimal(0), False, (1,), {"1": SINGLE})
    (item,) = reports.item_analysis([old, new], {1: {1: 101}, 2: {1: 101}}, order=[1])
    assert item.facility == Fraction(1, 2)
    assert item.wrong_option.count == 1  # only the second attempt's 101 was wrong


def test_attempt_rows_use_learner_numbers_and_points_per_graded_question():
    attempts, answers = hand_made()
    grades = reports.grade_attempts(attempts, answers)
    items = reports.item_analysis(attempts, answers, order=[1, 2, 3], grades=grades)
    rows = reports.attempt_rows(attempts, grades, items)
    assert [r.attempt_id for r in rows] == list(range(1, 11))
    assert [r.learner for r in rows] == [1, 2, 1, 3, 4, 2, 5, 1, 6, None]
    assert rows[1].points == [Decimal("0.00"), Decimal("0.50")]  # single, multiple; likert left out
    assert rows[8].points == [Decimal("1.00"), Decimal("1.00")]
