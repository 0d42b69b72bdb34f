"""Quiz statistics: the pure computations on a hand-made data set, the same
numbers from attempts made through the services, the admin pages, the CSV
exports and who may see them."""

import csv
import datetime
import io
from decimal import Decimal
from fractions import Fraction

import pytest
from django.contrib.auth.models import Group, Permission
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from quizzes import reports
from quizzes import services as quiz_services
from quizzes.models import Question
from tests.factories.accounts import StaffFactory, UserFactory
from tests.factories.quizzes import build_quiz
from tests.i18n import nb

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
    from quizzes import grading

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


# --- The query half: attempts made through the services -------------------------------


def take(quiz, user, choices: dict[int, str | list[str] | None]):
    """Start, answer ({question id: choice text(s)}) and submit an attempt."""
    attempt, _new = quiz_services.attempt_start(user=user, quiz_id=quiz.pk, lesson_id=None)
    keys = {(q.pk, c.text): c.key for q in Question.objects.filter(quiz=quiz) for c in q.choices.all()}
    for question_id, picked in choices.items():
        if picked is None:
            continue
        texts = picked if isinstance(picked, list) else [picked]
        data = {"choice": [keys[(question_id, text)] for text in texts]}
        quiz_services.answer_save(user=user, attempt_id=attempt.pk, question_id=question_id, data=data)
    return quiz_services.attempt_submit(user=user, attempt_id=attempt.pk).attempt


@pytest.fixture
def four_learners(db):
    """Four learners, one attempt each, on single / true-false / multiple (no
    partial credit) / likert; pass mark 60.

        learner  single    true/false  multiple            likert        score
        1        right     right       right               Svært usikker 100
        2        right     Usant       Feil C              Svært usikker 33.33
        3        Feil A    right       right               Usikker       66.66
        4        Feil A    Usant       right               -             33.33
    """
    quiz = build_quiz(["single", "true_false", "multiple", "likert"], pass_mark=60)
    single, tf, multiple, likert = Question.objects.filter(quiz=quiz).order_by("sort_order")
    right_multi = ["Riktig A", "Riktig B"]
    learners = [UserFactory() for _ in range(4)]
    rows = [
        ("Riktig B", "Sant", right_multi, "Svært usikker"),
        ("Riktig B", "Usant", ["Feil C"], "Svært usikker"),
        ("Feil A", "Sant", right_multi, "Usikker"),
        ("Feil A", "Usant", right_multi, None),
    ]
    for user, (a, b, c, d) in zip(learners, rows, strict=True):
        take(quiz, user, {single.pk: a, tf.pk: b, multiple.pk: c, likert.pk: d})
    return quiz, learners


def test_report_from_attempts_made_through_the_services(four_learners, django_assert_max_num_queries):
    quiz, _learners = four_learners
    with django_assert_max_num_queries(4):
        report = reports.quiz_report(quiz=quiz)
    summary = report.summary
    assert (summary.attempts, summary.learners, summary.passed, summary.pass_rate) == (4, 4, 2, Decimal(50))
    assert summary.mean_score == Decimal("58.33")  # (100 + 33.33 + 66.66 + 33.33) / 4
    assert summary.median_score == Decimal("50.00")  # (33.33 + 66.66) / 2 = 49.995, half up
    assert [b.count for b in summary.bands] == [0, 0, 0, 2, 0, 0, 1, 0, 0, 1]
    single, tf, multiple, likert = report.items
    assert [i.facility for i in (single, tf, multiple)] == [Fraction(1, 2), Fraction(1, 2), Fraction(3, 4)]
    assert all(i.discrimination is None for i in report.items)  # 4 < 10 attempts
    assert (single.wrong_option.text, single.wrong_option.count, single.wrong_option.percent) == ("Feil A", 2, 50)
    assert (tf.wrong_option.text, tf.wrong_option.count) == ("Usant", 2)
    assert (multiple.wrong_option.text, multiple.wrong_option.count) == ("Feil C", 1)
    assert [(p.text, p.count) for p in likert.scale] == [("Svært usikker", 2), ("Usikker", 1), ("Trygg", 0)]

    # With the minimum lowered to 4, the groups have one attempt each: ranked
    # 2 (33.33, lower id), 4 (33.33), 3 (66.66), 1 (100) -> lower 2, upper 1.
    report = reports.quiz_report(quiz=quiz, min_attempts=4)
    single, tf, multiple, _likert = report.items
    assert [i.discrimination for i in (single, tf, multiple)] == [0, 1, 1]


def test_unfinished_attempts_are_left_out_but_counted(four_learners):
    quiz, _learners = four_learners
    quiz_services.attempt_start(user=UserFactory(), quiz_id=quiz.pk, lesson_id=None)
    report = reports.quiz_report(quiz=quiz)
    assert report.summary.attempts == 4 and report.open_attempts == 1


def test_report_queries_do_not_grow_with_the_number_of_attempts(db):
    quiz = build_quiz(["single", "multiple", "likert"])
    questions = list(Question.objects.filter(quiz=quiz).order_by("sort_order"))

    def add_learners(count):
        for _ in range(count):
            take(quiz, UserFactory(), {questions[0].pk: "Feil C", questions[1].pk: ["Riktig A"]})

    add_learners(2)
    with CaptureQueriesContext(connection) as few:
        reports.quiz_report(quiz=quiz)
    add_learners(10)
    with CaptureQueriesContext(connection) as many:
        report = reports.quiz_report(quiz=quiz)
    assert report.summary.attempts == 12
    assert len(few) == len(many) == 4


# --- The admin pages ------------------------------------------------------------------


def viewer_with_permission():
    """A staff member who may use the admin and view attempts, no superuser."""
    group = Group.objects.create(name="Fagansvarlige")
    group.permissions.add(
        Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin"),
        Permission.objects.get(content_type__app_label="quizzes", codename="view_attempt"),
    )
    user = UserFactory()
    user.groups.add(group)
    return user


def editor_without_permission():
    group = Group.objects.create(name="Redaktører uten statistikk")
    group.permissions.add(Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin"))
    user = UserFactory()
    user.groups.add(group)
    return user


URL_NAMES = ["report", "attempts_csv", "items_csv"]


@pytest.mark.parametrize("name", URL_NAMES)
def test_staff_without_the_permission_get_403(client, four_learners, name):
    quiz, _learners = four_learners
    client.force_login(editor_without_permission())
    response = client.get(reverse(f"quizzes_admin:{name}", args=[quiz.pk]))
    assert response.status_code == 403
    assert "Feil A" not in response.content.decode()
    assert client.get(reverse("quizzes_admin:index")).status_code == 403


def test_learners_and_anonymous_users_never_reach_the_statistics(client, four_learners):
    quiz, learners = four_learners
    url = reverse("quizzes_admin:report", args=[quiz.pk])
    response = client.get(url)
    assert response.status_code == 302 and response.url.startswith(reverse("account_login"))
    client.force_login(learners[0])  # no access to the admin at all: Wagtail sends them to log in
    response = client.get(url)
    assert response.status_code == 302 and response.url.startswith(reverse("account_login"))


def test_index_lists_quizzes_with_a_link_to_their_statistics(client, four_learners, django_assert_max_num_queries):
    quiz, _learners = four_learners
    viewer = viewer_with_permission()
    viewer.user_permissions.add(Permission.objects.get(content_type__app_label="quizzes", codename="view_quiz"))
    client.force_login(viewer)
    with django_assert_max_num_queries(12):
        response = client.get(reverse("quizzes_admin:index"))
    assert response.status_code == 200
    html = response.content.decode()
    assert reverse("quizzes_admin:report", args=[quiz.pk]) in html
    assert quiz.title in html
    listing = client.get(reverse("wagtailsnippets_quizzes_quiz:list"))
    assert reverse("quizzes_admin:report", args=[quiz.pk]) in listing.content.decode()
    home = client.get(reverse("wagtailadmin_home"))
    assert reverse("quizzes_admin:index") in home.content.decode()


def test_the_menu_item_and_listing_link_are_hidden_without_the_permission(client, four_learners):
    quiz, _learners = four_learners
    user = editor_without_permission()
    user.user_permissions.add(
        *Permission.objects.filter(content_type__app_label="quizzes", codename__in=["view_quiz", "change_quiz"])
    )
    client.force_login(user)
    home = client.get(reverse("wagtailadmin_home"))
    assert home.status_code == 200 and reverse("quizzes_admin:index") not in home.content.decode()
    listing = client.get(reverse("wagtailsnippets_quizzes_quiz:list"))
    assert listing.status_code == 200
    assert reverse("quizzes_admin:report", args=[quiz.pk]) not in listing.content.decode()


def test_report_page_shows_the_numbers(client, four_learners):
    quiz, _learners = four_learners
    client.force_login(viewer_with_permission())
    response = client.get(reverse("quizzes_admin:report", args=[quiz.pk]))
    assert response.status_code == 200
    report = response.context["report"]
    assert report.summary.attempts == 4
    html = response.content.decode()
    assert nb("Item analysis") in html and nb("Score distribution") in html
    assert nb("Attempts by attempt number") in html and nb("Self-assessment") in html
    assert 'data-figure="discrimination">–<' in html  # 4 attempts: too few
    assert 'data-figure="facility">0,75<' in html  # the multiple choice question, decimal comma
    assert "Feil A (2" in html
    assert 'style="inline-size: 50%"' in html  # two of four attempts in the 30-40 band
    for learner in _learners:
        assert learner.email not in html and learner.last_name not in html


def test_report_page_queries_do_not_grow_with_the_number_of_attempts(client, four_learners):
    quiz, _learners = four_learners
    client.force_login(viewer_with_permission())
    url = reverse("quizzes_admin:report", args=[quiz.pk])
    client.get(url)  # warm caches (site, locale)
    with CaptureQueriesContext(connection) as few:
        assert client.get(url).status_code == 200
    single, tf, multiple, likert = Question.objects.filter(quiz=quiz).order_by("sort_order")
    for _ in range(6):
        take(quiz, UserFactory(), {single.pk: "Feil C", tf.pk: "Sant", likert.pk: "Trygg"})
    with CaptureQueriesContext(connection) as many:
        response = client.get(url)
    assert response.context["report"].summary.attempts == 10
    assert len(many) == len(few)


def test_report_of_a_quiz_without_attempts_and_of_a_missing_quiz(client, db):
    quiz = build_quiz(["single"])
    client.force_login(viewer_with_permission())
    response = client.get(reverse("quizzes_admin:report", args=[quiz.pk]))
    assert response.status_code == 200
    assert nb("No attempts have been submitted yet.") in response.content.decode()
    assert client.get(reverse("quizzes_admin:report", args=[quiz.pk + 999])).status_code == 404
    response = client.get(reverse("quizzes_admin:attempts_csv", args=[quiz.pk]))
    assert response.status_code == 200 and len(read_csv(response)) == 1  # the header only


# --- CSV --------------------------------------------------------------------------------


def read_csv(response):
    body = response.content.decode("utf-8")
    assert body.startswith("\ufeff")
    return list(csv.reader(io.StringIO(body[1:]), delimiter=";"))


def test_attempts_csv_has_one_pseudonymous_row_per_attempt(client, four_learners):
    quiz, learners = four_learners
    client.force_login(viewer_with_permission())
    response = client.get(reverse("quizzes_admin:attempts_csv", args=[quiz.pk]))
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    assert response["Content-Disposition"] == f'attachment; filename="{quiz.slug}-attempts.csv"'
    header, *rows = read_csv(response)
    assert len(header) == 8 + 3  # three graded questions; the likert one has no points
    assert header[6] == nb("Score (%)")
    assert len(rows) == 4
    assert [r[1] for r in rows] == ["1", "2", "3", "4"]
    assert {r[2] for r in rows} == {quiz.title}
    assert [r[6] for r in rows] == ["100,00", "33,33", "66,66", "33,33"]
    assert [r[7] for r in rows] == [nb("Yes"), nb("No"), nb("Yes"), nb("No")]
    assert rows[1][8:] == ["1,00", "0,00", "0,00"]
    body = response.content.decode()
    for learner in learners:
        assert learner.email not in body and learner.last_name not in body


def test_attempts_csv_marks_deleted_accounts(client, four_learners):
    from quizzes import privacy

    quiz, learners = four_learners
    privacy.erase_user_data(learners[0])
    client.force_login(viewer_with_permission())
    _header, *rows = read_csv(client.get(reverse("quizzes_admin:attempts_csv", args=[quiz.pk])))
    assert [r[1] for r in rows] == [nb("deleted account"), "1", "2", "3"]


def test_items_csv_has_the_item_analysis(client, four_learners):
    quiz, _learners = four_learners
    client.force_login(viewer_with_permission())
    response = client.get(reverse("quizzes_admin:items_csv", args=[quiz.pk]))
    assert response["Content-Disposition"] == f'attachment; filename="{quiz.slug}-items.csv"'
    header, *rows = read_csv(response)
    assert header[7] == nb("Facility index")
    assert [r[0] for r in rows] == ["1", "2", "3", "4"]
    single, tf, multiple, likert = rows
    assert single[5:8] == ["4", "4", "0,50"]
    assert single[10] == ""  # no discrimination index from 4 attempts
    assert single[11:13] == ["Feil A", "2"]
    assert multiple[7] == "0,75"
    assert likert[7] == "" and likert[13] == "Svært usikker: 2 | Usikker: 1 | Trygg: 0"


def test_csv_text_cannot_start_a_formula(client, db):
    quiz = build_quiz(["single"], title='=HYPERLINK("http://x")')
    client.force_login(viewer_with_permission())
    take(quiz, UserFactory(), {Question.objects.get(quiz=quiz).pk: "Feil A"})
    _header, row = read_csv(client.get(reverse("quizzes_admin:attempts_csv", args=[quiz.pk])))
    assert row[2].startswith("'=")


def test_administrators_can_grant_the_permission_to_a_group(client, db):
    client.force_login(StaffFactory())
    response = client.get(reverse("wagtailusers_groups:add"))
    assert response.status_code == 200
    permission = Permission.objects.get(content_type__app_label="quizzes", codename="view_attempt")
    assert f'value="{permission.pk}"' in response.content.decode()
