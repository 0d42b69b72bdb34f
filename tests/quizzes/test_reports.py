"""Quiz statistics from attempts made through the services, the admin
pages, the CSV exports and who may see them (the pure computations on a
hand-made data set are in test_report_statistics.py)."""

import csv
import io
from decimal import Decimal
from fractions import Fraction

import pytest
from django.contrib.auth.models import Group, Permission
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation

from quizzes import admin_views, privacy, reports
from quizzes import services as quiz_services
from quizzes.models import Question
from tests.factories.accounts import StaffFactory, UserFactory
from tests.factories.quizzes import build_quiz
from tests.i18n import nb

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
    with django_assert_max_num_queries(8):  # see quizzes.reports.queries.quiz_report
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
    assert len(few) == len(many) == 8  # see quizzes.reports.queries.quiz_report


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
    client.force_login(learners[0])  # signed in without admin access: the no-access page
    assert client.get(url).status_code == 403


def test_index_lists_quizzes_with_a_link_to_their_statistics(client, four_learners, django_assert_max_num_queries):
    quiz, _learners = four_learners
    viewer = viewer_with_permission()
    viewer.user_permissions.add(Permission.objects.get(content_type__app_label="quizzes", codename="view_quiz"))
    client.force_login(viewer)
    response = client.get(reverse("quizzes_admin:index"))  # the list is a report on the insights base now
    assert response.status_code == 302 and response.url == reverse("insights_quizzes")
    with django_assert_max_num_queries(16):
        response = client.get(response.url)
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
    body = b"".join(response.streaming_content if response.streaming else [response.content]).decode("utf-8")
    assert body.startswith("\ufeff")
    return list(csv.reader(io.StringIO(body[1:])))


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
    assert [r[6] for r in rows] == ["100.00", "33.33", "66.66", "33.33"]
    assert [r[7] for r in rows] == [nb("Yes"), nb("No"), nb("Yes"), nb("No")]
    assert rows[1][8:] == ["1.00", "0.00", "0.00"]
    assert response.streaming  # the rows stream from the database
    body = "".join(";".join(row) for row in [header, *rows])
    for learner in learners:
        assert learner.email not in body and learner.last_name not in body


def test_attempts_csv_marks_deleted_accounts(client, four_learners):
    quiz, learners = four_learners
    privacy.erase_user_data(learners[0])
    client.force_login(viewer_with_permission())
    _header, *rows = read_csv(client.get(reverse("quizzes_admin:attempts_csv", args=[quiz.pk])))
    assert [r[1] for r in rows] == [nb("deleted account"), "1", "2", "3"]


def test_items_csv_has_the_item_analysis(client, four_learners, settings):
    # Four learners are a small group: the report would hide them (tests/insights tests that);
    # here the method's numbers are the point.
    settings.REPORTS_MIN_GROUP_SIZE = 1
    quiz, _learners = four_learners
    client.force_login(viewer_with_permission())
    response = client.get(reverse("quizzes_admin:items_csv", args=[quiz.pk]), follow=True)
    assert response["Content-Disposition"] == f'attachment; filename="{quiz.slug}-items.csv"'
    body = b"".join(response.streaming_content).decode("utf-8")
    assert body.startswith("\ufeff")
    header, *rows = list(csv.reader(io.StringIO(body[1:])))
    assert header[7] == nb("Facility index")
    assert [r[0] for r in rows] == ["1", "2", "3", "4"]
    single, tf, multiple, likert = rows
    assert single[5:8] == ["4", "4", "0.5"]
    assert single[10] == ""  # no discrimination index from 4 attempts
    assert single[11:13] == ["Feil A", "2"]
    assert multiple[7] == "0.75"
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


@pytest.mark.postgres
def test_attempts_csv_from_postgres_copy_is_the_same_bytes_as_from_python(four_learners):
    """COPY numbers the learners, rounds the points and writes the cells as
    Python does: a deleted account, a learner's second attempt, a title that
    needs quoting and the formula rule, in two languages."""
    quiz, learners = four_learners
    quiz.title = '=Quiz, "1"'
    quiz.save(update_fields=["title"])
    single, tf, multiple, likert = Question.objects.filter(quiz=quiz).order_by("sort_order")
    take(quiz, learners[2], {single.pk: "Riktig B", tf.pk: "Usant", multiple.pk: ["Feil C"], likert.pk: None})
    privacy.erase_user_data(learners[1])
    columns = reports.quiz_columns(quiz_id=quiz.pk)
    for language in ("nb", "en"):
        with translation.override(language):
            copied = b"".join(admin_views.attempt_lines(quiz, columns, by_database=True))
            python = b"".join(admin_views.attempt_lines(quiz, columns, by_database=False))
        assert copied == python, language
    rows = list(csv.reader(io.StringIO(copied.decode("utf-8-sig"))))
    assert len(rows) == 6 and [row[1] for row in rows[1:]] == ["1", "deleted account", "2", "3", "2"]
    assert rows[1][2] == '\'=Quiz, "1"' and rows[5][8:] == ["1.00", "0.00", "0.00"]
