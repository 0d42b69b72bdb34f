"""The functions other apps call: quizzes, theme_sessions, coteaching."""

import pytest
from django.utils import timezone

from elearning.models import OutboxMessage
from modules import selectors, services
from modules.models import Certificate, Enrolment, LessonCompletion
from quizzes.models import Quiz
from tests.factories.modules import LessonPageFactory, build_course, publish

pytestmark = pytest.mark.django_db


@pytest.fixture
def quiz(db):
    return Quiz.objects.create(title="Øvingsspørsmål: helsekompetanse", slug="ovingssporsmal-helsekompetanse")


@pytest.fixture
def quiz_lesson(course_and_lessons, quiz):
    module = course_and_lessons[1][0][0]
    lesson = LessonPageFactory(
        parent=module, completion_rule="quiz", body=[("paragraph", "<p>Test deg selv.</p>"), ("quiz", quiz)]
    )
    return publish(lesson)


def test_lesson_is_accessible_needs_enrolment(course, lessons, learner):
    assert not selectors.lesson_is_accessible(user=learner, lesson_id=lessons[0].pk)
    services.course_enrol(user=learner, course=course)
    assert selectors.lesson_is_accessible(user=learner, lesson_id=lessons[0].pk)


def test_lesson_is_accessible_false_for_unknown_ids_and_anonymous(course, lessons, learner):
    from django.contrib.auth.models import AnonymousUser

    services.course_enrol(user=learner, course=course)
    assert not selectors.lesson_is_accessible(user=learner, lesson_id=999_999)
    assert not selectors.lesson_is_accessible(user=learner, lesson_id=course.pk)  # not a lesson
    assert not selectors.lesson_is_accessible(user=AnonymousUser(), lesson_id=lessons[0].pk)


def test_lesson_is_accessible_false_when_locked(course_index, learner):
    course, built = build_course(course_index, modules=2, lessons=1, lock_modules_in_order=True)
    services.course_enrol(user=learner, course=course)
    first, second = built[0][1][0], built[1][1][0]
    assert selectors.lesson_is_accessible(user=learner, lesson_id=first.pk)
    assert not selectors.lesson_is_accessible(user=learner, lesson_id=second.pk)
    services.lesson_mark_complete(user=learner, lesson_id=first.pk)
    assert selectors.lesson_is_accessible(user=learner, lesson_id=second.pk)


def test_quiz_pass_completes_quiz_lesson_once(course, quiz_lesson, quiz, learner):
    services.course_enrol(user=learner, course=course)
    assert services.progress_record_quiz_pass(user=learner, lesson_id=quiz_lesson.pk, quiz_id=quiz.pk)
    first = LessonCompletion.objects.get(user=learner, lesson=quiz_lesson)
    assert services.progress_record_quiz_pass(user=learner, lesson_id=quiz_lesson.pk, quiz_id=quiz.pk)
    again = LessonCompletion.objects.get(user=learner, lesson=quiz_lesson)
    assert again.completed_at == first.completed_at and again.source == "quiz"


def test_quiz_pass_before_the_last_lesson_leaves_the_course_open_and_repeats_add_nothing(
    course, lessons, quiz_lesson, quiz, learner
):
    services.course_enrol(user=learner, course=course)
    for lesson in lessons[:-1]:
        services.lesson_mark_complete(user=learner, lesson_id=lesson.pk)
    assert services.progress_record_quiz_pass(user=learner, lesson_id=quiz_lesson.pk, quiz_id=quiz.pk)
    assert Enrolment.objects.get(user=learner, course=course).completed_at is None  # one lesson is left
    assert not Certificate.objects.filter(user=learner).exists()
    services.lesson_mark_complete(user=learner, lesson_id=lessons[-1].pk)
    completed_at = Enrolment.objects.get(user=learner, course=course).completed_at
    assert completed_at is not None
    for _ in range(2):
        assert services.progress_record_quiz_pass(user=learner, lesson_id=quiz_lesson.pk, quiz_id=quiz.pk)
    assert Enrolment.objects.get(user=learner, course=course).completed_at == completed_at
    assert Certificate.objects.filter(user=learner, course=course).count() == 1
    assert OutboxMessage.objects.filter(handler="modules.tasks.certificate_render").count() == 1


def test_quiz_pass_as_the_last_lesson_completes_the_course_and_claims_one_certificate(
    course, lessons, quiz_lesson, quiz, learner
):
    services.course_enrol(user=learner, course=course)
    for lesson in lessons:
        services.lesson_mark_complete(user=learner, lesson_id=lesson.pk)
    assert Enrolment.objects.get(user=learner, course=course).completed_at is None  # the quiz lesson is left
    selectors.course_progress(course=course, user=learner)  # the progress the hook reads is cached
    assert services.progress_record_quiz_pass(user=learner, lesson_id=quiz_lesson.pk, quiz_id=quiz.pk)
    assert Enrolment.objects.get(user=learner, course=course).completed_at is not None
    assert Certificate.objects.filter(user=learner, course=course).count() == 1
    assert selectors.course_progress(course=course, user=learner).completed  # the per-user cache was bumped


def test_quiz_pass_refused_cases(course, lessons, quiz_lesson, quiz, learner):
    other = Quiz.objects.create(title="Annen quiz", slug="annen")
    # Not enrolled.
    assert services.progress_record_quiz_pass(user=learner, lesson_id=quiz_lesson.pk, quiz_id=quiz.pk) is False
    services.course_enrol(user=learner, course=course)
    # The quiz is not in the lesson, the rule is not "quiz", the id is forged.
    assert services.progress_record_quiz_pass(user=learner, lesson_id=quiz_lesson.pk, quiz_id=other.pk) is False
    assert services.progress_record_quiz_pass(user=learner, lesson_id=lessons[0].pk, quiz_id=quiz.pk) is False
    assert services.progress_record_quiz_pass(user=learner, lesson_id=123456, quiz_id=quiz.pk) is False
    assert not LessonCompletion.objects.filter(user=learner).exists()


def test_quiz_pass_refused_when_locked(course_index, quiz, learner):
    course, built = build_course(course_index, modules=2, lessons=1, lock_modules_in_order=True)
    lesson = publish(LessonPageFactory(parent=built[1][0], completion_rule="quiz", body=[("quiz", quiz)]))
    services.course_enrol(user=learner, course=course)
    assert services.progress_record_quiz_pass(user=learner, lesson_id=lesson.pk, quiz_id=quiz.pk) is False


def test_lessons_credit_enrols_and_completes_only_the_lessons_given(course_index, learner, quiz):
    course, built = build_course(course_index, modules=2, lessons=3, enrolment_mode="closed")
    locked_module, lessons = built[1]
    quiz_lesson = publish(LessonPageFactory(parent=locked_module, completion_rule="quiz", body=[("quiz", quiz)]))
    given = [lessons[0].pk, lessons[2].pk, quiz_lesson.pk, 999_999]
    assert services.lessons_credit(user=learner, lesson_ids=given, source="theme_session") == 2
    assert services.lessons_credit(user=learner, lesson_ids=given, source="theme_session") == 0
    assert Enrolment.objects.get(user=learner, course=course).source == "theme_session"
    done = set(LessonCompletion.objects.filter(user=learner).values_list("lesson_id", flat=True))
    assert done == {lessons[0].pk, lessons[2].pk}  # never the quiz lesson, never the rest of the module
    progress = selectors.course_progress(course=course, user=learner)
    assert progress.completed_count == 2 and progress.total == 7


def test_lessons_credit_can_finish_the_course(course_index, learner):
    course, built = build_course(course_index, modules=1, lessons=2)
    services.lessons_credit(user=learner, lesson_ids=[lesson.pk for lesson in built[0][1]], source="theme_session")
    enrolment = Enrolment.objects.get(user=learner, course=course)
    assert enrolment.completed_at is not None and enrolment.completed_at <= timezone.now()


def test_dashboard_hook_sections_are_rendered(client, learner, course):
    from wagtail import hooks

    def section(request):
        return {"template": "tests/hook_section.html", "text": "Brukerrepresentantens vei"}

    with hooks.register_temporarily("learner_dashboard_sections", section):
        client.force_login(learner)
        response = client.get("/kurs-handling/mine-kurs/")
    assert response.status_code == 200
    assert "Brukerrepresentantens vei" in response.content.decode()
