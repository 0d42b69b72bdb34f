"""The course page's evaluation box is cached per learner with the rest of
the course page (modules.learner_html.course_body, @user_cache.reads):
completing the course, answering, a question staff edit and erasing the
learner's data show on the next request, and a warm course page asks the
database nothing."""

import pytest

from evaluations import privacy, services
from evaluations.models import EvaluationQuestion, FormKind
from modules import services as course_services
from modules.models import LessonPage
from tests.factories.accounts import UserFactory
from tests.factories.evaluations import answers, build_form
from tests.i18n import nb

pytestmark = pytest.mark.django_db

ANSWERED = "You have already answered this evaluation. Thank you!"


@pytest.fixture
def course_end(course):
    return build_form(course, FormKind.COURSE_END, likert=1, text=1)


def _signed_in(client, course):
    user = UserFactory()
    course_services.course_enrol(user=user, course=course)
    client.force_login(user)
    return user


def _complete(user, course):
    for lesson in LessonPage.objects.live().descendant_of(course):
        course_services.lesson_mark_complete(user=user, lesson_id=lesson.pk)


def test_completing_and_answering_show_on_the_next_request(client, course, course_end):
    user = _signed_in(client, course)
    box = f'action="/evaluering/kurs/{course.pk}/"'
    assert box not in client.get(course.url).content.decode()
    assert box not in client.get(course.url).content.decode()  # from the cache
    _complete(user, course)
    assert box in client.get(course.url).content.decode()
    services.response_submit(user=user, form=course_end, answers=answers(course_end))
    assert nb(ANSWERED) in client.get(course.url).content.decode()
    privacy.erase_user_data(user)  # the response is kept without the person: the form again
    html = client.get(course.url).content.decode()
    assert nb(ANSWERED) not in html and box in html


def test_a_question_staff_edit_shows_on_the_next_request(client, course, course_end):
    user = _signed_in(client, course)
    _complete(user, course)
    question = EvaluationQuestion.objects.filter(form=course_end).order_by("sort_order", "pk").first()
    assert question.text in client.get(course.url).content.decode()
    question.text = "Hvor nyttig var kurset for arbeidet ditt?"
    question.save()
    assert "Hvor nyttig var kurset for arbeidet ditt?" in client.get(course.url).content.decode()


def test_a_warm_course_page_with_the_box_asks_the_database_nothing(
    client, course, course_end, django_assert_num_queries
):
    user = _signed_in(client, course)
    _complete(user, course)
    client.get(course.url)
    with django_assert_num_queries(0):
        assert f'action="/evaluering/kurs/{course.pk}/"' in client.get(course.url).content.decode()
