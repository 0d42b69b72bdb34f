"""The lesson page: the module's lessons beside it with the learner's
progress, and "Neste leksjon" once."""

import pytest

from modules import services
from tests.factories.accounts import UserFactory
from tests.factories.modules import CourseIndexPageFactory, build_course
from tests.i18n import nb

pytestmark = pytest.mark.django_db


def test_side_navigation_and_one_next_lesson(client, home):
    course, built = build_course(CourseIndexPageFactory(parent=home), modules=1, lessons=3)
    first, second, third = built[0][1]
    learner = UserFactory()
    services.course_enrol(user=learner, course=course)
    services.lesson_mark_complete(user=learner, lesson_id=first.pk)
    client.force_login(learner)

    html = client.get(second.url).content.decode()
    nav = html[html.index('<nav id="lesson-sidenav"') :]
    nav = nav[: nav.index("</nav>")]
    assert nav.count("<li") == 3
    assert f'href="{second.url}" aria-current="page"' in nav
    assert nb("completed") in nav  # the first lesson, for screen readers
    assert html.count(nb("Next lesson")) == 1
    assert f'href="{third.url}" rel="next"' in html
