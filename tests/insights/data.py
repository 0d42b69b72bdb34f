"""A world for the report tests, built at two sizes to show that the query
counts do not grow with the data."""

import datetime

from django.utils import timezone

from accounts.models import Role
from assignments.models import SubmissionStatus
from cohorts.models import Attendance, ParticipantStatus
from elearning.models import HomePage
from evaluations.models import FormKind
from modules.models import Enrolment
from quizzes import services as quiz_services
from tests.factories.assignments import AssignmentFactory, SubmissionFactory
from tests.factories.cohorts import ParticipantFactory, build_cohort
from tests.factories.evaluations import build_form, respond
from tests.factories.modules import CourseIndexPageFactory, build_course
from tests.factories.quizzes import answer_all, build_quiz
from tests.factories.theme_sessions import SessionPageFactory, ThemeSessionIndexPageFactory
from tests.insights.conftest import learners
from theme_sessions import services as session_services
from theme_sessions.models import ThemeSessionIndexPage


def build_world_in_site(*, size: int):
    """build_world() under a new course index on the template site's home
    page, for a module's tests to share (tests.module_data.built_once)."""
    home = HomePage.objects.get(depth=2)
    return build_world(home, CourseIndexPageFactory(parent=home), size=size)


def build_world(home, course_index, *, size: int):
    """``size`` learners in each of two roles in a course of ``size`` // 5 + 1
    modules, half of them through the first module and a third done; a cohort
    under way with ``size`` participants, attendance on its days and
    submissions waiting; an upcoming theme session with ``size`` registrations."""
    course, built = build_course(course_index, modules=size // 5 + 1, lessons=2)
    first_lessons = built[0][1]
    people = learners(course, size, lessons=first_lessons[: 1 + size % 2])
    people += learners(course, size, role=Role.USER_REPRESENTATIVE, profession="", lessons=first_lessons)
    done = [person.pk for person in people[::3]]
    Enrolment.objects.filter(user_id__in=done).update(completed_at=timezone.now())

    today = timezone.localdate()
    cohort = build_cohort(course, days=3, groups=2, starts_on=today - datetime.timedelta(days=8))
    groups = list(cohort.groups.all())
    days = list(cohort.days.all())
    assignment = AssignmentFactory(cohort=cohort, after_day=days[0])
    for index, person in enumerate(people[:size]):
        participant = ParticipantFactory(cohort=cohort, user=person, group=groups[index % 2])
        for day in days[:2]:
            Attendance.objects.create(day=day, participant=participant, present=index % 3 != 0)
        SubmissionFactory(
            assignment=assignment,
            participant=participant,
            status=SubmissionStatus.SUBMITTED,
            round=1,
            submitted_at=timezone.now(),
        )
    ParticipantFactory(cohort=cohort, status=ParticipantStatus.WAITLISTED, waitlisted_at=timezone.now())

    index_page = ThemeSessionIndexPage.objects.child_of(home).first() or ThemeSessionIndexPageFactory(parent=home)
    session = SessionPageFactory(parent=index_page, capacity=size)
    for person in people[:size]:
        session_services.registration_create_for_user(session_id=session.pk, user=person)
    day_form = build_form(course, FormKind.COURSE_DAY, likert=2, text=1)
    end_form = build_form(course, FormKind.COURSE_END, likert=1, text=1)
    for index, person in enumerate(people[:size]):
        respond(day_form, user=person, cohort=cohort, day=days[0], likert=2 + index % 4, text=f"Kommentar {index}")
    for person in people[:3]:
        respond(end_form, user=person, cohort=cohort, likert=5, text="Nyttig kurs.")
    quiz = build_quiz(["single", "true_false"])
    for index, person in enumerate(people[:size]):
        attempt, _new = quiz_services.attempt_start(user=person, quiz_id=quiz.pk, lesson_id=None)
        answer_all(attempt, user=person, right=index % 3 == 0)
        quiz_services.attempt_submit(user=person, attempt_id=attempt.pk)
    return {
        "quiz": quiz,
        "course": course,
        "cohort": cohort,
        "session": session,
        "people": people,
        "day_form": day_form,
    }
