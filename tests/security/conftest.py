import pytest

from tests.factories.modules import build_course


@pytest.fixture(autouse=True)
def _media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture
def course_and_lessons(course_index):
    return build_course(course_index, modules=1, lessons=2)


@pytest.fixture
def dataset(home, course, lessons, learner):
    """One of everything a person can own, all owned by ``learner`` (the
    owner): an enrolment and a certificate, a quiz attempt, a theme-session
    registration, a co-teaching plan with its schedule, comment, invitation
    and membership, a story with a share and a comment, a cohort place."""
    import datetime

    from django.core.files.base import ContentFile
    from django.utils import timezone

    from accounts.models import Role
    from assignments.models import SubmissionFile
    from coteaching import services as coteaching
    from modules import services as modules
    from modules.models import Certificate, CertificateStatus
    from quizzes import services as quizzes
    from stories import services as stories
    from tests.factories.assignments import PDF_BYTES, AssignmentFactory, SubmissionFactory
    from tests.factories.cohorts import ParticipantFactory, build_cohort
    from tests.factories.quizzes import build_quiz
    from tests.factories.stories import StoryFactory
    from tests.factories.theme_sessions import SeriesPageFactory, SessionPageFactory, ThemeSessionIndexPageFactory
    from theme_sessions import services as theme_sessions

    owner = learner
    modules.course_enrol(user=owner, course=course)
    certificate = Certificate.objects.create(
        user=owner,
        course=course,
        full_name="Kari Nordmann",
        course_title=course.title,
        hours=7,
        issuer="NK LMH",
        completed_on=timezone.localdate(),
        status=CertificateStatus.PENDING,
    )
    quiz = build_quiz()
    attempt, _created = quizzes.attempt_start(user=owner, quiz_id=quiz.pk, lesson_id=None)
    session = SessionPageFactory(parent=SeriesPageFactory(parent=ThemeSessionIndexPageFactory(parent=home)))
    registration = theme_sessions.registration_create_for_user(session_id=session.pk, user=owner)
    plan = coteaching.team_create(user=owner, name="Diabetesgruppa", plan_title="Å leve med diabetes")
    plan_session = coteaching.session_create(
        user=owner,
        plan=plan,
        data={"title": "Dag 1", "date": timezone.localdate() + datetime.timedelta(days=30), "duration_minutes": 120},
    )
    part = coteaching.part_create(
        user=owner, session=plan_session, data={"title": "Velkommen", "minutes": 15, "lead": "all"}
    )
    plan_comment = coteaching.comment_add(user=owner, plan=plan, text="Bra start")
    invitation = coteaching.invitation_create(
        team=plan.team, invited_by=owner, email="per@example.no", role=Role.USER_REPRESENTATIVE
    )
    membership = plan.team.memberships.get(user=owner)
    story = StoryFactory(owner=owner)
    share, _created = stories.story_share(user=owner, story_id=story.pk, email="medunderviser@example.no")
    story_comment, _created = stories.comment_add(user=owner, story_id=story.pk, text="Husk pausen")
    cohort = build_cohort(course, days=2, groups=1)
    participant = ParticipantFactory(cohort=cohort, user=owner, group=cohort.groups.first())
    assignment = AssignmentFactory(cohort=cohort)
    submission = SubmissionFactory(assignment=assignment, participant=participant)
    upload = SubmissionFile.objects.create(
        submission=submission,
        file=ContentFile(PDF_BYTES, name="refleksjon.pdf"),
        original_name="refleksjon.pdf",
        content_type="application/pdf",
        size=len(PDF_BYTES),
        uploaded_by=owner,
    )
    ids = {
        "course_id": course.pk,
        "lesson_id": lessons[0].pk,
        "document_id": 1,
        "certificate_id": certificate.pk,
        "quiz_id": quiz.pk,
        "attempt_id": attempt.pk,
        "number": 1,
        "registration_id": registration.pk,
        "plan_id": plan.pk,
        "comment_id": plan_comment[0].pk if isinstance(plan_comment, tuple) else plan_comment.pk,
        "invitation_id": invitation.pk,
        "membership_id": membership.pk,
        "part_id": part.pk,
        "story_id": story.pk,
        "share_id": share.pk,
        "cohort_id": cohort.pk,
        "group_id": cohort.groups.first().pk,
        "participant_id": participant.pk,
        "day_id": cohort.days.first().pk,
        "session_id": session.pk,
        "assignment_id": assignment.pk,
        "submission_id": submission.pk,
        "file_id": upload.pk,
    }
    # An id named like one in another app means that app's object.
    by_namespace = {
        ("theme_sessions", "session_id"): session.pk,
        ("coteaching", "session_id"): plan_session.pk,
        ("stories", "comment_id"): story_comment.pk,
    }
    return owner, ids, by_namespace
