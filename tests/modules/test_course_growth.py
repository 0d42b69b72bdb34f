"""When a course grows (README, "When a course grows"): a learner who has
completed it keeps the certificate, which records the course as it was on
that date; the new lesson counts in the percentage and shows as not yet
read; completing it later makes no second certificate."""

import pytest

from modules import selectors, services
from modules.models import Certificate
from tests.factories.accounts import UserFactory
from tests.factories.modules import CourseIndexPageFactory, LessonPageFactory, build_course
from tests.i18n import nb

pytestmark = pytest.mark.django_db


def test_a_completed_learner_keeps_the_certificate_when_a_lesson_is_added(client, home):
    course, built = build_course(CourseIndexPageFactory(parent=home), modules=1, lessons=2)
    module, lessons = built[0]
    learner = UserFactory()
    services.course_enrol(user=learner, course=course)
    for lesson in lessons:
        services.lesson_mark_complete(user=learner, lesson_id=lesson.pk)
    certificate = Certificate.objects.get(user=learner, course=course)

    added = LessonPageFactory(parent=module, title="Ny leksjon om samvalg")
    progress = selectors.course_progress(course=course, user=learner)
    assert (progress.completed_count, progress.total, progress.percent) == (
        2,
        3,
        66,
    )  # rounded down: 100 % only when all is done
    assert not progress.completed
    assert Certificate.objects.get(user=learner, course=course) == certificate  # kept as it was

    client.force_login(learner)
    html = client.get(course.url).content.decode()
    assert nb("Read what is new") in html and added.title in html
    assert certificate.completed_on.strftime("%Y") in html

    services.lesson_mark_complete(user=learner, lesson_id=added.pk)
    assert Certificate.objects.filter(user=learner, course=course).count() == 1
    assert selectors.course_progress(course=course, user=learner).completed
