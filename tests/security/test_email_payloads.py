"""Text a person typed (names, titles) in the site's e-mails: a line break
never becomes a header, markup and "&" come out as the literal characters
in the plain-text mails (no "&amp;" or "&lt;"), and the mail is sent. The
site's e-mails are plain text; none has an HTML part."""

import datetime
import email
from email import policy

import pytest

from assignments import emails as assignment_emails
from assignments.models import Reminder, ReminderKind
from coteaching import services as coteaching
from evaluations import services as evaluations
from evaluations.models import FollowUpInvitation
from modules.certificates import build_email as certificate_email
from modules.models import Certificate
from tests.assignments.conftest import make_world
from tests.factories.accounts import UserFactory
from tests.factories.assignments import AssignmentFactory
from tests.factories.cohorts import build_cohort
from tests.factories.modules import CourseIndexPageFactory, build_course

pytestmark = pytest.mark.django_db

PAYLOAD = "Kari & Ola <script>alert(1)</script>\r\nBcc: evil@example.com"
LITERAL = "Kari & Ola <script>alert(1)</script>"


def assert_safe(message, *, in_subject: bool = True, in_body: bool = True) -> None:
    parsed = email.message_from_bytes(message.message().as_bytes(), policy=policy.default)
    assert "Bcc" not in parsed and parsed.get_all("To") == [", ".join(message.to)]
    subject = str(parsed["Subject"])
    assert "\n" not in subject and "\r" not in subject
    assert not parsed.is_multipart()  # plain text, no HTML part
    body = parsed.get_content()
    for text in (subject, body):
        assert "&amp;" not in text and "&lt;" not in text, text
    if in_subject:
        assert LITERAL in subject, subject
    if in_body:
        assert LITERAL in body, body


def test_the_certificate_mail(home):
    """Defect: the subject was HTML-escaped ("Kari &amp; Ola")."""
    course, _built = build_course(CourseIndexPageFactory(parent=home), modules=1, lessons=1)
    user = UserFactory(first_name=PAYLOAD, last_name="")
    certificate = Certificate.objects.create(
        user=user, course=course, full_name=PAYLOAD, course_title=PAYLOAD, hours=6, issuer="NK LMH",
        completed_on=datetime.date(2026, 12, 3),
    )  # fmt: skip
    assert_safe(certificate_email(certificate))


def test_the_follow_up_mail(home, mailoutbox):
    """Defect: the subject and body were HTML-escaped ("Kari &amp; Ola") and
    a line break in the course title failed the mail (BadHeaderError)."""
    course, _built = build_course(CourseIndexPageFactory(parent=home), modules=1, lessons=1, title=PAYLOAD)
    cohort = build_cohort(course, days=1)
    invitation = FollowUpInvitation.objects.create(cohort=cohort, user=UserFactory(first_name=PAYLOAD, last_name=""))
    assert evaluations.follow_up_send_email(invitation_id=invitation.pk) is True
    [message] = mailoutbox
    assert_safe(message)


def test_the_assignment_reminder(home):
    """Defect: a line break in the assignment's title failed the reminder (BadHeaderError)."""
    course, _built = build_course(home, modules=1, lessons=1)
    world = make_world(course)
    assignment = AssignmentFactory(cohort=world.cohort, title=PAYLOAD)
    reminder = Reminder.objects.create(kind=ReminderKind.DUE, user=world.learner.user, assignment=assignment)
    assert_safe(assignment_emails.due_reminder(reminder))


def test_the_co_teaching_invitation(mailoutbox, django_capture_on_commit_callbacks):
    owner = UserFactory(first_name=PAYLOAD, last_name="")
    with django_capture_on_commit_callbacks(execute=True):
        plan = coteaching.team_create(user=owner, name=PAYLOAD, plan_title=PAYLOAD)
        coteaching.invitation_create(team=plan.team, invited_by=owner, email="per@example.no", role="professional")
    [message] = mailoutbox
    # The title was made one line when it was typed (SingleLineField), so the
    # literal text is there, on one line.
    assert_safe(message, in_subject=False, in_body=False)
    assert "Kari & Ola <script>alert(1)</script> Bcc: evil@example.com" in message.body
