"""Taking a quiz through the views: the lesson block, one question per page,
htmx autosave, immediate feedback, submitting once, the review, and bad input."""

import datetime
import re

import pytest
from django.db import connection
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from modules.models import LessonCompletion
from modules.services import course_enrol
from quizzes import services
from quizzes.grading import UNGRADED
from quizzes.models import Answer, Attempt, Choice, Question
from quizzes.types import QuestionType
from tests.factories.accounts import UserFactory
from tests.factories.quizzes import build_quiz, right_form, right_matching_form, wrong_form
from tests.i18n import nb
from tests.quizzes.conftest import make_quiz_course

pytestmark = pytest.mark.django_db


@pytest.fixture
def client_learner(client, learner):
    client.force_login(learner)
    return client


def start_url(qc):
    return reverse("quizzes:start", args=[qc.quiz.pk, qc.lesson.pk])


def question_url(attempt, number):
    return reverse("quizzes:question", args=[attempt.pk, number])


def started(client, qc):
    response = client.post(start_url(qc))
    attempt = Attempt.objects.latest("pk")
    assert response.status_code == 302 and response.url == question_url(attempt, 1)
    return attempt


def question_at(attempt, number):
    return Question.objects.prefetch_related("choices").get(pk=attempt.question_ids[number - 1])


def secret_texts(quiz):
    """Text that tells what is right: explanations and per-option feedback."""
    texts = list(Question.objects.filter(quiz=quiz).exclude(explanation="").values_list("explanation", flat=True))
    texts += list(Choice.objects.filter(question__quiz=quiz).exclude(feedback="").values_list("feedback", flat=True))
    return texts


def test_lesson_shows_the_quiz_block_with_a_start_button(client_learner, quiz_course, django_assert_max_num_queries):
    client_learner.get(quiz_course.lesson.url)  # warm the course structure cache
    with django_assert_max_num_queries(6):
        response = client_learner.get(quiz_course.lesson.url)
    html = response.content.decode()
    assert quiz_course.quiz.title in html
    assert f'action="{start_url(quiz_course)}"' in html
    assert nb("Start") in html


def test_the_block_asks_others_to_enrol(client, quiz_course):
    client.force_login(UserFactory())
    response = client.get(quiz_course.lesson.url, follow=True)
    assert f'action="{start_url(quiz_course)}"' not in response.content.decode()


def test_question_pages_never_contain_what_is_right(client_learner, course_index, learner):
    quiz = build_quiz(kind="test")  # feedback after submitting
    qc = make_quiz_course(course_index, quiz)
    course_enrol(user=learner, course=qc.course)
    attempt = started(client_learner, qc)
    secrets = secret_texts(quiz)
    pages = [question_url(attempt, n) for n in range(1, len(attempt.question_ids) + 1)]
    pages.append(reverse("quizzes:submit", args=[attempt.pk]))
    # Answer everything first: a saved answer must not reveal anything either.
    for number in range(1, len(attempt.question_ids) + 1):
        question = question_at(attempt, number)
        data = right_matching_form(attempt, question) if question.type == "matching" else right_form(question)
        client_learner.post(question_url(attempt, number), {**data, "action": "check"})
    for url in pages:
        html = client_learner.get(url).content.decode()
        assert not [text for text in secrets if text in html], url
        assert nb("right answer") not in html and "correct" not in html.lower()
        assert not re.search(r'value="\d+"[^>]*name="choice"', html)  # options by key, not database id
    assert not Answer.objects.filter(attempt=attempt, checked=True).exists()
    # After submitting, the review explains everything.
    client_learner.post(reverse("quizzes:submit", args=[attempt.pk]))
    review = client_learner.get(reverse("quizzes:review", args=[attempt.pk])).content.decode()
    assert all(text in review for text in Question.objects.filter(quiz=quiz).values_list("explanation", flat=True))


def test_autosave_with_htmx_returns_the_saved_status(client_learner, quiz_course, learner):
    attempt = started(client_learner, quiz_course)
    question = question_at(attempt, 1)
    response = client_learner.post(question_url(attempt, 1), right_form(question), headers={"HX-Request": "true"})
    assert response.status_code == 200
    saved = nb("Saved %(time)s").split("%")[0].strip()
    # To the second: a second save in the same minute reads differently, so the live region announces it.
    assert re.search(saved + r" \d\d:\d\d:\d\d<", response.content.decode())
    assert "<html" not in response.content.decode()
    assert Answer.objects.get(attempt=attempt).value == question.choices.get(correct=True).pk


def test_the_question_page_is_an_htmx_form_that_works_without_javascript(client_learner, quiz_course):
    attempt = started(client_learner, quiz_course)
    html = client_learner.get(question_url(attempt, 1)).content.decode()
    assert f'method="post" action="{question_url(attempt, 1)}"' in html
    assert 'hx-trigger="change"' in html and "data-autosave" in html
    assert "<script>" not in html  # no inline script (CSP)
    question = question_at(attempt, 1)
    response = client_learner.post(question_url(attempt, 1), {**right_form(question), "action": "next"})
    assert response.status_code == 302 and response.url == question_url(attempt, 2)
    response = client_learner.post(question_url(attempt, 2), {"action": "previous"})
    assert response.url == question_url(attempt, 1)
    last = len(attempt.question_ids)
    response = client_learner.post(question_url(attempt, last), {"action": "next"})
    assert response.url == reverse("quizzes:submit", args=[attempt.pk])


def test_immediate_feedback_in_practice_mode(client_learner, quiz_course):
    attempt = started(client_learner, quiz_course)
    question = question_at(attempt, 1)  # single choice
    html = client_learner.get(question_url(attempt, 1)).content.decode()
    assert nb("Check answer") in html and question.explanation not in html
    response = client_learner.post(question_url(attempt, 1), {**wrong_form(question), "action": "check"})
    assert response.url == question_url(attempt, 1) + "#feedback"
    html = client_learner.get(question_url(attempt, 1)).content.decode()
    assert nb("Not right") in html
    assert question.explanation in html
    assert question.choices.get(text="Feil A").feedback in html  # feedback on the chosen option
    assert 'id="feedback"' in html and "disabled" in html  # the checked answer is final
    # The next question still shows nothing.
    assert question_at(attempt, 2).explanation not in client_learner.get(question_url(attempt, 2)).content.decode()


def test_tests_have_no_check_button(client_learner, course_index, learner):
    qc = make_quiz_course(course_index, build_quiz(["single"], kind="test"))
    course_enrol(user=learner, course=qc.course)
    attempt = started(client_learner, qc)
    assert nb("Check answer") not in client_learner.get(question_url(attempt, 1)).content.decode()


def test_take_pass_and_complete_the_lesson(client_learner, quiz_course, learner):
    attempt = started(client_learner, quiz_course)
    for number in range(1, len(attempt.question_ids) + 1):
        question = question_at(attempt, number)
        data = right_matching_form(attempt, question) if question.type == "matching" else right_form(question)
        assert client_learner.post(question_url(attempt, number), {**data, "action": "next"}).status_code == 302
    overview = client_learner.get(reverse("quizzes:submit", args=[attempt.pk]))
    assert nb("Submit answers") in overview.content.decode()
    response = client_learner.post(reverse("quizzes:submit", args=[attempt.pk]))
    assert response.url == reverse("quizzes:review", args=[attempt.pk])
    review = client_learner.get(response.url).content.decode()
    assert nb("Passed") in review and "100 %" in review
    assert LessonCompletion.objects.filter(user=learner, lesson=quiz_course.lesson).exists()
    lesson = client_learner.get(quiz_course.lesson.url).content.decode()
    assert nb("You have completed this lesson.") in lesson
    assert reverse("quizzes:review", args=[attempt.pk]) in lesson  # the attempt history


def test_double_submit_returns_the_same_result(client_learner, quiz_course):
    attempt = started(client_learner, quiz_course)
    submit = reverse("quizzes:submit", args=[attempt.pk])
    first = client_learner.post(submit)
    second = client_learner.post(submit)
    assert first.url == second.url == reverse("quizzes:review", args=[attempt.pk])
    stored = Attempt.objects.get(pk=attempt.pk)
    assert stored.submitted_at is not None and Attempt.objects.count() == 1
    # Opening a question of a submitted attempt shows the review instead.
    assert client_learner.get(question_url(attempt, 1)).url.startswith(reverse("quizzes:review", args=[attempt.pk]))


def test_start_twice_resumes(client_learner, quiz_course):
    attempt = started(client_learner, quiz_course)
    question = question_at(attempt, 1)
    client_learner.post(question_url(attempt, 1), right_form(question))
    response = client_learner.post(start_url(quiz_course))
    assert response.url == question_url(attempt, 2)  # the first unanswered question
    assert Attempt.objects.count() == 1
    assert nb("Continue your attempt") in client_learner.get(quiz_course.lesson.url).content.decode()


def test_start_refused_with_a_message(client, quiz_course):
    client.force_login(UserFactory())
    response = client.post(start_url(quiz_course), follow=True)
    assert nb("Enrol in the course and open the lesson before you take its quiz.") in response.content.decode()
    assert not Attempt.objects.exists()
    assert client.post(reverse("quizzes:start", args=[quiz_course.quiz.pk, 999999])).status_code == 404


def test_no_attempts_left(client_learner, quiz_course, learner):
    quiz_course.quiz.max_attempts = 1
    quiz_course.quiz.save()
    attempt = started(client_learner, quiz_course)
    client_learner.post(reverse("quizzes:submit", args=[attempt.pk]))
    response = client_learner.post(start_url(quiz_course), follow=True)
    assert nb("You have used all %(count)s attempts at this quiz.") % {"count": 1} in response.content.decode()
    lesson = client_learner.get(quiz_course.lesson.url).content.decode()
    assert f'action="{start_url(quiz_course)}"' not in lesson


def test_someone_elses_attempt_is_a_404(client_learner, quiz_course):
    attempt = started(client_learner, quiz_course)
    question = question_at(attempt, 1)
    client_learner.post(question_url(attempt, 1), right_form(question))
    intruder = Client()
    intruder.force_login(UserFactory())
    for url in (
        question_url(attempt, 1),
        reverse("quizzes:attempt", args=[attempt.pk]),
        reverse("quizzes:submit", args=[attempt.pk]),
        reverse("quizzes:review", args=[attempt.pk]),
    ):
        assert intruder.get(url).status_code == 404
    assert intruder.post(question_url(attempt, 1), wrong_form(question)).status_code == 404
    assert intruder.post(reverse("quizzes:submit", args=[attempt.pk])).status_code == 404
    stored = Attempt.objects.get(pk=attempt.pk)
    assert stored.submitted_at is None
    assert Answer.objects.get(attempt=attempt).value == question.choices.get(correct=True).pk
    assert Client().get(question_url(attempt, 1)).status_code == 302  # anonymous: to the login page


@pytest.mark.parametrize(
    "bad",
    [
        "foreign_option",
        "other_quiz_option",
        "database_id",
        "nul_byte",
        "oversized",
        "malformed_place",
    ],
)
def test_bad_input_gets_a_message_and_keeps_the_saved_answer(client_learner, quiz_course, bad):
    attempt = started(client_learner, quiz_course)
    single = question_at(attempt, 1)
    other_question = question_at(attempt, 2)
    other_quiz = build_quiz(["single"])
    client_learner.post(question_url(attempt, 1), right_form(single))
    data = {
        "foreign_option": {"choice": other_question.choices.first().key},
        "other_quiz_option": {"choice": other_quiz.questions.get().choices.first().key},
        "database_id": {"choice": str(single.choices.get(correct=True).pk)},
        "nul_byte": {"choice": "\x00abc"},
        "oversized": {"choice": "x" * 100_000},
        "malformed_place": {"choice": ["a", "b", "c", "d"]},
    }[bad]
    response = client_learner.post(question_url(attempt, 1), {**data, "action": "next"})
    assert response.status_code == 422
    html = response.content.decode()
    assert 'role="alert"' in html
    htmx = client_learner.post(question_url(attempt, 1), data, headers={"HX-Request": "true"})
    assert htmx.status_code == 422 and "autosave-status__error" in htmx.content.decode()
    assert Answer.objects.get(attempt=attempt).value == single.choices.get(correct=True).pk


def test_a_refused_ordering_keeps_the_places_chosen_and_takes_focus(client_learner, course_index, learner):
    qc = make_quiz_course(course_index, build_quiz(["ordering", "matching"]))
    course_enrol(user=learner, course=qc.course)
    attempt = started(client_learner, qc)
    keys = list(question_at(attempt, 1).choices.values_list("key", flat=True))
    places = {key: str(min(place, len(keys) - 1)) for place, key in enumerate(keys, start=1)}  # two in the last place
    response = client_learner.post(
        question_url(attempt, 1), {**{f"position-{key}": place for key, place in places.items()}, "action": "next"}
    )
    assert response.status_code == 422
    html = response.content.decode()
    assert re.search(r'role="alert" tabindex="-1" autofocus', html)
    selected = dict(re.findall(r'name="position-(\w+)">.*?<option value="(\d+)" selected>', html, re.S))
    assert selected == places
    assert not Answer.objects.filter(attempt=attempt).exists()


def test_oversized_text_is_refused_with_its_length(client_learner, course_index, learner):
    qc = make_quiz_course(course_index, build_quiz(["short_text", "reflection"]))
    course_enrol(user=learner, course=qc.course)
    attempt = started(client_learner, qc)
    client_learner.post(question_url(attempt, 1), {"text": "Salutogenese"})
    response = client_learner.post(question_url(attempt, 1), {"text": "a" * 301})
    assert response.status_code == 422 and "301" in response.content.decode()
    client_learner.post(question_url(attempt, 2), {"text": "Tanker\x00 om mestring"})
    values = dict(Answer.objects.filter(attempt=attempt).values_list("question_id", "value"))
    assert values == {attempt.question_ids[0]: "Salutogenese", attempt.question_ids[1]: "Tanker om mestring"}


def test_posting_to_a_submitted_attempt(client_learner, quiz_course):
    attempt = started(client_learner, quiz_course)
    question = question_at(attempt, 1)
    client_learner.post(question_url(attempt, 1), wrong_form(question))
    client_learner.post(reverse("quizzes:submit", args=[attempt.pk]))
    response = client_learner.post(question_url(attempt, 1), right_form(question), follow=True)
    assert (
        nb("This attempt is already submitted, so its answers can no longer be changed.") in response.content.decode()
    )
    htmx = client_learner.post(question_url(attempt, 1), right_form(question), headers={"HX-Request": "true"})
    assert htmx.status_code == 409
    assert Answer.objects.get(attempt=attempt).value == question.choices.get(text="Feil A").pk


def test_missing_csrf_token_is_refused_and_changes_nothing(quiz_course, learner):
    strict = Client(enforce_csrf_checks=True)
    strict.force_login(learner)
    assert strict.post(start_url(quiz_course)).status_code == 403
    assert not Attempt.objects.exists()
    attempt, _ = services.attempt_start(user=learner, quiz_id=quiz_course.quiz.pk, lesson_id=quiz_course.lesson.pk)
    question = question_at(attempt, 1)
    services.answer_save(user=learner, attempt_id=attempt.pk, question_id=question.pk, data=right_form(question))
    assert strict.post(question_url(attempt, 1), wrong_form(question)).status_code == 403
    assert strict.post(reverse("quizzes:submit", args=[attempt.pk])).status_code == 403
    assert Answer.objects.get(attempt=attempt).value == question.choices.get(correct=True).pk
    assert Attempt.objects.get(pk=attempt.pk).submitted_at is None


def test_unknown_question_numbers_are_404(client_learner, quiz_course):
    attempt = started(client_learner, quiz_course)
    assert client_learner.get(question_url(attempt, 0)).status_code == 404
    assert client_learner.get(question_url(attempt, 99)).status_code == 404
    assert client_learner.post(question_url(attempt, 99), {}).status_code == 404


def test_timed_quiz_shows_a_timer_and_refuses_late_answers(client_learner, course_index, learner, settings):
    settings.QUIZ_GRACE_SECONDS = 30
    qc = make_quiz_course(course_index, build_quiz(["single", "single"], kind="test", time_limit_minutes=20))
    course_enrol(user=learner, course=qc.course)
    attempt = started(client_learner, qc)
    html = client_learner.get(question_url(attempt, 1)).content.decode()
    assert 'role="timer"' in html and "data-seconds-left=" in html and 'aria-live="polite"' in html
    seconds = int(re.search(r'data-seconds-left="(\d+)"', html).group(1))
    assert 19 * 60 < seconds <= 20 * 60
    first = question_at(attempt, 1)
    client_learner.post(question_url(attempt, 1), right_form(first))
    Attempt.objects.filter(pk=attempt.pk).update(deadline=timezone.now() - datetime.timedelta(seconds=31))
    second = question_at(attempt, 2)
    response = client_learner.post(question_url(attempt, 2), right_form(second), follow=True)
    assert (
        str(services.TIME_UP_MESSAGE) in response.content.decode()
        or nb(
            "The time limit has passed, so this was not saved. The answers you saved before the time ran out are kept "
            "and have been graded."
        )
        in response.content.decode()
    )
    stored = Attempt.objects.get(pk=attempt.pk)
    assert stored.timed_out and stored.score == 50
    assert list(Answer.objects.filter(attempt=attempt).values_list("question_id", flat=True)) == [first.pk]


def test_an_expired_attempt_is_closed_when_opened(client_learner, course_index, learner):
    qc = make_quiz_course(course_index, build_quiz(["single"], kind="test", time_limit_minutes=5))
    course_enrol(user=learner, course=qc.course)
    attempt = started(client_learner, qc)
    Attempt.objects.filter(pk=attempt.pk).update(deadline=timezone.now() - datetime.timedelta(minutes=5))
    response = client_learner.get(question_url(attempt, 1))
    assert response.url == reverse("quizzes:review", args=[attempt.pk])
    assert Attempt.objects.get(pk=attempt.pk).timed_out


def _submit_queries(client, learner, qc, django_assert_num_queries, capture):
    attempt = started(client, qc)
    for qid in attempt.question_ids:
        question = Question.objects.prefetch_related("choices").get(pk=qid)
        services.answer_save(user=learner, attempt_id=attempt.pk, question_id=qid, data=right_form(question))
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as queries:
        response = client.post(reverse("quizzes:submit", args=[attempt.pk]))
    assert response.status_code == 302
    capture.append(len(queries))


def test_submit_query_count_does_not_grow_with_the_questions(client_learner, course_index, learner):
    counts = []
    for size in (5, 30):
        qc = make_quiz_course(
            course_index, build_quiz(["single", "multiple", "true_false"] * (size // 3) + ["single"] * (size % 3))
        )
        course_enrol(user=learner, course=qc.course)
        _submit_queries(client_learner, learner, qc, None, counts)
    assert counts == [SUBMIT_QUERIES, SUBMIT_QUERIES]


# In a savepoint here (a transaction in production; 2): the attempt, locked
# with its snapshot, the answers, and one statement that closes the attempt
# and writes its report rows (on PostgreSQL; an update and two inserts
# elsewhere) (3). The rest is the pass, in its own savepoint (2):
# modules' quiz_passed hook reads the lesson and the default Locale once (2),
# inserts the completion in a savepoint (3), completes the course with a
# conditional update (1) and claims the certificate in a savepoint (3) with
# its outbox job (6). The learner's progress and the course structure come
# from their caches. (The user comes from elearning.user_cache.)
SUBMIT_QUERIES = 22 if connection.vendor == "postgresql" else 24
# No transaction: one conditional insert or update of the answer, after
# the attempt with its snapshot on the first save this process sees.
AUTOSAVE_QUERIES = 1
FIRST_AUTOSAVE_QUERIES = 2


def test_question_page_query_count(
    client_learner, course_index, learner, django_assert_max_num_queries, django_assert_num_queries
):
    qc = make_quiz_course(course_index, build_quiz(["single"] * 30))
    course_enrol(user=learner, course=qc.course)
    attempt = started(client_learner, qc)
    with django_assert_max_num_queries(8):
        assert client_learner.get(question_url(attempt, 7)).status_code == 200
    with django_assert_max_num_queries(8):
        assert client_learner.get(reverse("quizzes:submit", args=[attempt.pk])).status_code == 200
    question = question_at(attempt, 7)
    for form, queries in ((right_form(question), FIRST_AUTOSAVE_QUERIES), (wrong_form(question), AUTOSAVE_QUERIES)):
        with django_assert_num_queries(queries):  # insert, update
            response = client_learner.post(question_url(attempt, 7), form, headers={"HX-Request": "true"})
        assert response.status_code == 200
    client_learner.post(reverse("quizzes:submit", args=[attempt.pk]))
    with django_assert_max_num_queries(10):
        assert client_learner.get(reverse("quizzes:review", args=[attempt.pk])).status_code == 200


def test_text_answers_autosave_while_typing(client_learner, course_index, learner):
    qc = make_quiz_course(course_index, build_quiz(["reflection"]))
    course_enrol(user=learner, course=qc.course)
    attempt = started(client_learner, qc)
    html = client_learner.get(question_url(attempt, 1)).content.decode()
    textarea = re.search(r"<textarea[^>]*>", html).group(0)
    assert 'hx-trigger="keyup changed delay:1500ms"' in textarea and question_url(attempt, 1) in textarea
    response = client_learner.post(question_url(attempt, 1), {"text": "Et utkast"}, headers={"HX-Request": "true"})
    assert response.status_code == 200
    assert Answer.objects.get(attempt=attempt).value == "Et utkast"


@pytest.mark.parametrize(
    ("kind", "field", "help_text"),
    [
        (QuestionType.SINGLE, 'type="radio"', "Choose one answer."),
        (QuestionType.TRUE_FALSE, 'type="radio"', "Choose one answer."),
        (QuestionType.LIKERT, 'type="radio"', "Choose what fits you best. There is no right or wrong answer."),
        (QuestionType.MULTIPLE, 'type="checkbox"', "Choose all that apply."),
        (QuestionType.ORDERING, 'name="position-', None),
        (QuestionType.MATCHING, 'name="match-', "Choose the match for each item."),
        (QuestionType.SHORT_TEXT, 'type="text" id="answer-text"', "Write a short answer. Upper and lower case do not matter."),
        (QuestionType.REFLECTION, '<textarea class="ds-input" id="answer-text"', "Write what you think. Your answer is saved with the attempt and is not graded."),
    ],
)  # fmt: skip
def test_each_question_type_gets_its_own_fields(client_learner, course_index, learner, kind, field, help_text):
    qc = make_quiz_course(course_index, build_quiz([kind]))  # practice: immediate feedback
    course_enrol(user=learner, course=qc.course)
    attempt = started(client_learner, qc)
    html = client_learner.get(question_url(attempt, 1)).content.decode()
    assert field in html
    if help_text is not None:
        assert nb(help_text) in html
    assert (nb("Check answer") in html) == (kind not in UNGRADED)
