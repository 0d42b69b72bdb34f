import pytest
from django.contrib.auth.models import Permission

from accounts.models import Profile, Role
from elearning.models import HomePage
from modules import services as module_services
from tests.factories.accounts import AdminUserFactory, UserFactory
from tests.factories.modules import CourseIndexPageFactory, build_course
from tests.module_data import built_once


def grant(user, *codenames):
    user.user_permissions.add(*Permission.objects.filter(content_type__app_label="insights", codename__in=codenames))
    return user


@pytest.fixture
def analyst(db):
    """Staff in the admin with "Can view statistics" and nothing else."""
    return grant(AdminUserFactory(), "view_reports")


@built_once
def _course():
    """A course of two modules of two lessons in a course index of its own."""
    course_index = CourseIndexPageFactory(parent=HomePage.objects.get(depth=2))
    course, _built = build_course(course_index, modules=2, lessons=2)
    return course_index, course


@pytest.fixture
def course(_course_for_test):
    return _course_for_test[1]


def learners(
    course,
    count,
    *,
    role=Role.PROFESSIONAL,
    profession="Sykepleier",
    organisation="Helse Bergen HF",
    municipality="4601",
    lessons=(),
):
    """``count`` learners enrolled in ``course`` who completed ``lessons``."""
    people = []
    for _index in range(count):
        person = UserFactory()
        Profile.objects.filter(user=person).update(
            role=role, profession=profession, organisation=organisation, municipality=municipality
        )
        module_services.course_enrol(user=person, course=course)
        for lesson in lessons:
            module_services.lesson_mark_complete(user=person, lesson_id=lesson.pk)
        people.append(person)
    return people
