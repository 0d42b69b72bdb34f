from django.contrib.auth.models import Group, Permission

from modules.models import LessonCompletion
from tests.factories.accounts import AdminUserFactory, UserFactory
from tests.factories.modules import CourseIndexPageFactory, build_course


def exporter(*codenames):
    """Staff who may open the admin and export lesson progress (and
    ``codenames``, as (app_label, codename) pairs)."""
    user = AdminUserFactory()
    group, _created = Group.objects.get_or_create(name="Eksport")
    for app_label, codename in [("modules", "view_lessoncompletion"), *codenames]:
        group.permissions.add(Permission.objects.get(content_type__app_label=app_label, codename=codename))
    user.groups.add(group)
    return user


def build_progress(home, *, learners=3):
    """A course with 2 × 2 lessons that ``learners`` learners completed (4 rows each)."""
    course, modules = build_course(CourseIndexPageFactory(parent=home), modules=2, lessons=2)
    lessons = [lesson for _module, module_lessons in modules for lesson in module_lessons]
    people = [UserFactory() for _ in range(learners)]
    LessonCompletion.objects.bulk_create(
        [LessonCompletion(user=u, lesson=lesson, course=course, source="marked") for u in people for lesson in lessons]
    )
    return course, lessons, people
