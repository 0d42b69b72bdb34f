"""A reflection answer is private unless the learner ticks "Share with my
group leader", which only a cohort course offers (there are leaders to share
with). The choice is part of "Mine data"."""

import pytest
from django.urls import reverse

from modules import privacy, services
from modules.models import ReflectionAnswer
from tests.factories.modules import LessonPageFactory
from tests.i18n import nb

pytestmark = pytest.mark.django_db

HTMX = {"HTTP_HX_REQUEST": "true"}
KEY = "gruppearbeid"


def reflection_lesson(course):
    module = course.get_children().first()
    return LessonPageFactory(
        parent=module,
        completion_rule="reflection",
        body=[("reflection", {"key": KEY, "prompt": "Hva tar du med deg fra gruppearbeidet?"})],
    )


def test_sharing_is_off_by_default_and_the_learners_own_choice(client, course, learner):
    course.course_format = "cohort"
    course.save()
    lesson = reflection_lesson(course)
    services.course_enrol(user=learner, course=course)
    client.force_login(learner)
    page = client.get(lesson.url).content.decode()
    assert nb("Share with my group leader") in page and 'name="shared"' in page and "checked" not in page
    url = reverse("modules:reflection", args=[lesson.pk, KEY])
    client.post(url, {"text": "At alle får snakke."})
    assert ReflectionAnswer.objects.get(user=learner).shared_with_leaders is False
    response = client.post(url, {"text": "At alle får snakke.", "shared": "1"}, **HTMX)
    assert nb("Your answer is saved. Your group leader and course leaders can read it.") in response.content.decode()
    assert ReflectionAnswer.objects.get(user=learner).shared_with_leaders is True
    assert "checked" in client.get(lesson.url).content.decode()
    # Saving without the box ticked makes it private again.
    client.post(url, {"text": "At alle får snakke."})
    assert ReflectionAnswer.objects.get(user=learner).shared_with_leaders is False
    services.reflection_save(user=learner, lesson_id=lesson.pk, key=KEY, text="Svar", shared=True)
    exported = privacy.export_user_data(learner)[1]["reflection_answers"]
    assert [a["shared_with_group_leader"] for a in exported] == [True]
    privacy.erase_user_data(learner)
    assert not ReflectionAnswer.objects.exists()


def test_a_self_paced_course_offers_no_sharing(client, course, learner):
    lesson = reflection_lesson(course)
    services.course_enrol(user=learner, course=course)
    client.force_login(learner)
    assert 'name="shared"' not in client.get(lesson.url).content.decode()
    answer = services.reflection_save(user=learner, lesson_id=lesson.pk, key=KEY, text="Svar", shared=True)
    assert answer.shared_with_leaders is False
