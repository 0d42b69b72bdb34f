"""Every cohort e-mail goes out in the recipient's language, links included:
a seat, a moved course day and a group message to someone who chose English
or nynorsk are written in it and link to the site in it."""

import pytest
from django.utils import translation
from django.utils.translation import gettext

from cohorts import services
from tests.factories.accounts import UserFactory
from tests.factories.cohorts import ParticipantFactory

pytestmark = pytest.mark.django_db

LANGUAGES = ["en", "nn", "nb"]


def _speaking(language):
    user = UserFactory()
    user.profile.preferred_language = language
    user.profile.save()
    return user


def _in(language, text, **values):
    with translation.override(language):
        return gettext(text) % values


def _link(language, cohort):
    with translation.override(language):
        return f"https://kurs.example.no{cohort.get_absolute_url()}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_seat_email(cohort, mailoutbox, django_capture_on_commit_callbacks, settings, language):
    settings.SITE_URL = "https://kurs.example.no"
    with django_capture_on_commit_callbacks(execute=True):
        services.participant_enrol(user=_speaking(language), cohort_id=cohort.pk)

    [message] = mailoutbox
    title = f"{cohort.course.title}, {cohort.title}"
    assert message.subject.endswith(_in(language, "You have a seat: %(title)s", title=title))
    assert _link(language, cohort) in message.body


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_moved_day_and_a_group_message(cohort, mailoutbox, django_capture_on_commit_callbacks, settings, language):
    settings.SITE_URL = "https://kurs.example.no"
    group = cohort.groups.first()
    ParticipantFactory(cohort=cohort, group=group, user=_speaking(language))
    with django_capture_on_commit_callbacks(execute=True):
        services.day_record_change(day_id=cohort.days.get(number=2).pk)
        services.group_message_send(group_id=group.pk, author=group.leader, subject="Til neste samling", body="Hei")

    moved, message = mailoutbox
    day = _in(language, "Day %(number)s", number=2)
    assert moved.subject.endswith(_in(language, "Changed: %(title)s", title=f"{cohort.course.title}, {day}"))
    assert _link(language, cohort) in moved.body and _link(language, cohort) in message.body
