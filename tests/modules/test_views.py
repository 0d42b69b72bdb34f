"""Learner views through the test client: pages, enrolment, completion,
reflection answers, bad input."""

import pytest
from django.urls import reverse

from elearning.errors import UserError
from modules import services
from modules.models import Enrolment, LessonCompletion, ReflectionAnswer
from tests.factories.accounts import UserFactory
from tests.factories.modules import LessonPageFactory, build_course, publish
from tests.i18n import nb

pytestmark = pytest.mark.django_db

HTMX = {"HTTP_HX_REQUEST": "true"}


@pytest.fixture
def reflection_lesson(course_and_lessons):
    module = course_and_lessons[1][0][0]
    lesson = LessonPageFactory(
        parent=module,
        completion_rule="reflection",
        body=[
            ("paragraph", "<p>Tenk over egen praksis.</p>"),
            ("reflection", {"key": "helsekompetanse-egen-praksis", "prompt": "Hva gjør du for å sjekke forståelse?"}),
        ],
    )
    return publish(lesson)


def test_pages_render_for_anonymous(client, course_index, course, lessons):
    assert client.get(course_index.url).status_code == 200
    response = client.get(course.url)
    assert response.status_code == 200
    assert nb("Log in to enrol") in response.content.decode()
    module = lessons[0].get_parent()
    assert client.get(module.url).status_code == 200
    # Lessons need an account.
    response = client.get(lessons[0].url)
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


def test_enrol_is_post_only_and_idempotent(client, course, learner):
    client.force_login(learner)
    url = reverse("modules:enrol", args=[course.pk])
    assert client.get(url).status_code == 405
    assert client.post(url).status_code == 302
    response = client.post(url, follow=True)
    assert nb("You are already enrolled in this course.") in response.content.decode()
    assert Enrolment.objects.filter(user=learner, course=course).count() == 1


def test_closed_course_refuses_self_enrolment(client, course_index, learner):
    course, _ = build_course(course_index, modules=1, lessons=1, enrolment_mode="closed")
    client.force_login(learner)
    response = client.post(reverse("modules:enrol", args=[course.pk]), follow=True)
    assert (
        nb("This course is closed. You need an invitation link from the course organiser.") in response.content.decode()
    )
    assert not Enrolment.objects.exists()


def test_enrol_forged_course_id_is_404(client, learner, lessons):
    client.force_login(learner)
    assert client.post(reverse("modules:enrol", args=[999999])).status_code == 404
    # A lesson id is not a course id.
    assert client.post(reverse("modules:enrol", args=[lessons[0].pk])).status_code == 404


def test_unenrol_keeps_completions(client, course, lessons, learner):
    services.course_enrol(user=learner, course=course)
    services.lesson_mark_complete(user=learner, lesson_id=lessons[0].pk)
    client.force_login(learner)
    assert client.post(reverse("modules:unenrol", args=[course.pk])).status_code == 302
    assert not Enrolment.objects.filter(user=learner).exists()
    assert LessonCompletion.objects.filter(user=learner).count() == 1
    services.course_enrol(user=learner, course=course)
    response = client.get(course.url)
    assert "1 av 6" in response.content.decode() or nb("Continue where you left off") in response.content.decode()


def test_a_course_run_in_cohorts_is_not_left_from_its_course_page(client, course_index, learner):
    """A cohort participant leaves through the cohort: the course page offers no
    way back in, so it offers no way out either."""
    course, _built = build_course(course_index, modules=1, lessons=1, course_format="cohort")
    services.course_enrol(user=learner, course=course)
    client.force_login(learner)
    unenrol = reverse("modules:unenrol", args=[course.pk])
    assert f'action="{unenrol}"' not in client.get(course.url).content.decode()
    response = client.post(unenrol, follow=True)
    assert nb("This course runs in cohorts: you leave it by leaving your cohort, on the cohort's page.") in (
        response.content.decode()
    )
    assert Enrolment.objects.filter(user=learner, course=course).exists()


def test_enrolled_learner_reads_lesson_and_marks_it_complete(client, course, lessons, learner):
    services.course_enrol(user=learner, course=course)
    client.force_login(learner)
    response = client.get(lessons[0].url)
    assert response.status_code == 200
    content = response.content.decode()
    assert "Hva er helsekompetanse?" in content and nb("Mark as completed") in content
    assert '<progress class="progress-bar__bar" max="100" value="0"' in content
    url = reverse("modules:mark_complete", args=[lessons[0].pk])
    assert client.get(url).status_code == 405
    response = client.post(url)
    assert response.status_code == 302 and response["Location"] == lessons[0].url
    completion = LessonCompletion.objects.get(user=learner, lesson=lessons[0])
    client.post(url)  # a double submit changes nothing
    assert LessonCompletion.objects.get(user=learner, lesson=lessons[0]).completed_at == completion.completed_at
    content = client.get(lessons[0].url).content.decode()
    assert nb("You have completed this lesson.") in content
    assert 'value="16"' in content  # 1 of 6 in the course bar


def test_mark_complete_htmx_returns_the_partial(client, course, lessons, learner):
    services.course_enrol(user=learner, course=course)
    client.force_login(learner)
    response = client.post(reverse("modules:mark_complete", args=[lessons[0].pk]), **HTMX)
    content = response.content.decode()
    assert response.status_code == 200
    assert content.lstrip().startswith('<section id="lesson-completion"')
    assert "<html" not in content
    assert nb("You have completed this lesson.") in content
    assert 'value="33"' in content  # 1 of 3 in the module bar
    # The module's lessons beside the lesson are swapped out of band, the first one done.
    sidenav = content.split('<nav id="lesson-sidenav"', 1)[1].split("</nav>", 1)[0]
    assert 'hx-swap-oob="outerHTML"' in sidenav
    assert "1 av 3" in sidenav and sidenav.count("✓") == 1


def test_completing_without_enrolment_is_refused(client, course, lessons, learner):
    client.force_login(learner)
    response = client.post(reverse("modules:mark_complete", args=[lessons[0].pk]), follow=True)
    assert response.status_code == 200
    assert nb("Enrol in the course before you complete its lessons.") in response.content.decode()
    response = client.post(reverse("modules:mark_complete", args=[lessons[0].pk]), **HTMX)
    assert nb("Enrol in the course before you complete its lessons.") in response.content.decode()
    assert not LessonCompletion.objects.exists()


def test_completing_a_locked_lesson_is_refused(client, course_index, learner):
    course, built = build_course(course_index, modules=2, lessons=1, lock_modules_in_order=True)
    services.course_enrol(user=learner, course=course)
    locked = built[1][1][0]
    client.force_login(learner)
    response = client.post(reverse("modules:mark_complete", args=[locked.pk]), follow=True)
    assert nb("This lesson is locked. Complete the previous module first, or wait until it opens.") in (
        response.content.decode()
    )
    assert client.get(locked.url).status_code == 403
    assert not LessonCompletion.objects.exists()


def test_forged_lesson_ids_are_404(client, learner, course):
    client.force_login(learner)
    assert client.post(reverse("modules:mark_complete", args=[424242])).status_code == 404
    assert client.post(reverse("modules:mark_complete", args=[course.pk])).status_code == 404
    assert client.post(reverse("modules:reflection", args=[424242, "x"]), {"text": "a"}).status_code == 404


def test_reflection_answer_is_stored_as_text_and_escaped(client, course, reflection_lesson, learner):
    services.course_enrol(user=learner, course=course)
    client.force_login(learner)
    url = reverse("modules:reflection", args=[reflection_lesson.pk, "helsekompetanse-egen-praksis"])
    evil = '<script>alert("x")</script> <b>fet</b>'
    response = client.post(url, {"text": evil})
    assert response.status_code == 302
    assert ReflectionAnswer.objects.get(user=learner).text == evil
    content = client.get(reflection_lesson.url).content.decode()
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in content
    assert '<script>alert("x")</script>' not in content
    # The reflection rule completed the lesson.
    assert LessonCompletion.objects.filter(user=learner, lesson=reflection_lesson, source="reflection").exists()


def test_reflection_answer_is_editable_and_private(client, course, reflection_lesson, learner):
    services.course_enrol(user=learner, course=course)
    url = reverse("modules:reflection", args=[reflection_lesson.pk, "helsekompetanse-egen-praksis"])
    client.force_login(learner)
    client.post(url, {"text": "Første tanke."})
    client.post(url, {"text": "Andre tanke."})
    assert list(ReflectionAnswer.objects.values_list("text", flat=True)) == ["Andre tanke."]
    other = UserFactory()
    services.course_enrol(user=other, course=course)
    client.force_login(other)
    assert "Andre tanke." not in client.get(reflection_lesson.url).content.decode()


def test_oversized_reflection_is_refused_and_the_text_kept(client, course, reflection_lesson, learner):
    services.course_enrol(user=learner, course=course)
    client.force_login(learner)
    url = reverse("modules:reflection", args=[reflection_lesson.pk, "helsekompetanse-egen-praksis"])
    text = "Mestring " * 2500  # 22,500 characters
    response = client.post(url, {"text": text})
    assert response.status_code == 422
    content = response.content.decode()
    assert text.strip() in content  # the typed text is back in the form
    assert "22\xa0500" in content and "20\xa0000" in content  # grouped as Norwegian writes numbers
    assert not ReflectionAnswer.objects.exists()
    # htmx: the partial with the error and the text.
    response = client.post(url, {"text": text}, **HTMX)
    assert response.status_code == 422 and "<html" not in response.content.decode()
    assert text.strip() in response.content.decode() and 'role="alert"' in response.content.decode()


def test_an_empty_reflection_is_refused_as_a_user_error(client, course, reflection_lesson, learner):
    services.course_enrol(user=learner, course=course)
    key = "helsekompetanse-egen-praksis"
    with pytest.raises(UserError) as refused:
        services.reflection_save(user=learner, lesson_id=reflection_lesson.pk, key=key, text=" \n ")
    assert (refused.value.code, refused.value.field, refused.value.status) == ("empty", "text", 422)
    client.force_login(learner)
    response = client.post(reverse("modules:reflection", args=[reflection_lesson.pk, key]), {"text": " \n "})
    assert response.status_code == 422
    assert nb("Write an answer before you save.") in response.content.decode()
    assert not ReflectionAnswer.objects.exists()


def test_reflection_htmx_saves_and_returns_partial(client, course, reflection_lesson, learner):
    services.course_enrol(user=learner, course=course)
    client.force_login(learner)
    url = reverse("modules:reflection", args=[reflection_lesson.pk, "helsekompetanse-egen-praksis"])
    response = client.post(url, {"text": "Jeg spør deltakerne hva de har forstått."}, **HTMX)
    content = response.content.decode()
    assert content.lstrip().startswith('<section class="reflection')
    assert nb("Your answer is saved. Only you can see it.") in content
    # The answer completed the lesson: the progress box comes along, swapped out of band.
    assert 'id="lesson-completion"' in content and 'hx-swap-oob="outerHTML"' in content
    assert nb("You have completed this lesson.") in content


def test_reflection_unknown_key_or_not_enrolled_is_refused(client, course, reflection_lesson, learner):
    client.force_login(learner)
    url = reverse("modules:reflection", args=[reflection_lesson.pk, "helsekompetanse-egen-praksis"])
    assert client.post(url, {"text": "Hei"}).status_code == 403
    services.course_enrol(user=learner, course=course)
    bad = reverse("modules:reflection", args=[reflection_lesson.pk, "finnes-ikke"])
    assert client.post(bad, {"text": "Hei"}).status_code == 403
    assert not ReflectionAnswer.objects.exists()


def test_resume_goes_to_last_unfinished_lesson(client, course, lessons, learner):
    services.course_enrol(user=learner, course=course)
    client.force_login(learner)
    resume = reverse("modules:resume", args=[course.pk])
    assert client.get(resume)["Location"] == lessons[0].url
    client.get(lessons[2].url)
    assert client.get(resume)["Location"] == lessons[2].url
    services.lesson_mark_complete(user=learner, lesson_id=lessons[2].pk)
    assert client.get(resume)["Location"] == lessons[0].url


def test_dashboard_shows_percentage_and_next_step(client, course, lessons, learner):
    services.course_enrol(user=learner, course=course)
    services.lesson_mark_complete(user=learner, lesson_id=lessons[0].pk)
    client.force_login(learner)
    content = client.get(reverse("modules:dashboard")).content.decode()
    assert course.title in content and 'value="16"' in content
    assert lessons[1].title in content
    assert client.get(reverse("modules:dashboard")).status_code == 200


def test_dashboard_needs_login(client):
    assert client.get(reverse("modules:dashboard")).status_code == 302
