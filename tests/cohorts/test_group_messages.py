"""A leader's message to the group (issue 15, item 5): one message for a
form sent twice, each member's e-mail exactly once (a delivery row claimed by
a conditional UPDATE, so a job run again or a second job sends nothing), the
wrapper in the member's language, and the history on the site for the
group's members and leaders only."""

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from cohorts import privacy, services
from cohorts.models import GroupMessage, GroupMessageRecipient
from cohorts.tasks import send_group_message
from tests.factories.accounts import UserFactory
from tests.factories.cohorts import ParticipantFactory
from tests.i18n import en, nb

pytestmark = pytest.mark.django_db


@pytest.fixture
def group(cohort):
    return cohort.groups.order_by("pk").first()


def test_the_same_form_sent_twice_is_one_message(client, cohort, group, mailoutbox, django_capture_on_commit_callbacks):
    member = ParticipantFactory(cohort=cohort, group=group)
    client.force_login(group.leader)
    page = client.get(group.get_absolute_url()).content.decode()
    key = page.split('name="submit_key" value="')[1].split('"')[0]
    url = reverse("cohorts:group_message", args=[cohort.pk, group.pk])
    data = {"subject": "Før kursdag 2\nBcc: alle", "body": "Ta med en praksisfortelling.", "submit_key": key}
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(url, data).status_code == 302
        assert client.post(url, data).status_code == 302  # a double click
    message = GroupMessage.objects.get()
    assert message.subject == "Før kursdag 2 Bcc: alle"  # one line, never a header
    assert [m.to for m in mailoutbox] == [[member.user.email]]
    assert GroupMessageRecipient.objects.get().sent_at is not None


def test_each_member_gets_it_once_even_when_the_job_runs_again(cohort, group, mailoutbox):
    members = [ParticipantFactory(cohort=cohort, group=group).user for _index in range(3)]
    message = services.group_message_send(group_id=group.pk, author=group.leader, subject="Dag 3", body="Velkommen.")
    for user in members:
        assert send_group_message(message.pk, user.pk) is True
    for user in members:  # the outbox delivers again after a lost acknowledgement
        assert send_group_message(message.pk, user.pk) is False
    assert sorted(m.to[0] for m in mailoutbox) == sorted(u.email for u in members)


def test_a_delivery_claimed_by_another_job_is_not_sent_and_a_failed_send_is_released(
    cohort, group, mailoutbox, monkeypatch
):
    user = ParticipantFactory(cohort=cohort, group=group).user
    message = services.group_message_send(group_id=group.pk, author=group.leader, subject="Dag 3", body="Velkommen.")
    delivery = GroupMessageRecipient.objects.get(message=message, user=user)
    GroupMessageRecipient.objects.filter(pk=delivery.pk).update(claimed_at=timezone.now())  # another job holds it
    assert send_group_message(message.pk, user.pk) is False and not mailoutbox
    GroupMessageRecipient.objects.filter(pk=delivery.pk).update(claimed_at=None)

    def broken(self, *args, **kwargs):
        raise ConnectionRefusedError("the mail server is down")

    monkeypatch.setattr("django.core.mail.EmailMultiAlternatives.send", broken)
    with pytest.raises(ConnectionRefusedError):
        send_group_message(message.pk, user.pk)
    delivery.refresh_from_db()
    assert delivery.claimed_at is None and delivery.sent_at is None  # free for the outbox's retry
    monkeypatch.undo()
    assert send_group_message(message.pk, user.pk) is True and len(mailoutbox) == 1


def test_the_wrapper_is_in_the_members_language(cohort, group, mailoutbox):
    english = ParticipantFactory(cohort=cohort, group=group).user
    english.profile.preferred_language = "en"
    english.profile.save()
    norwegian = ParticipantFactory(cohort=cohort, group=group).user
    message = services.group_message_send(group_id=group.pk, author=group.leader, subject="Dag 3", body="Velkommen.")
    send_group_message(message.pk, english.pk)
    send_group_message(message.pk, norwegian.pk)
    by_address = {m.to[0]: m.body for m in mailoutbox}
    assert en("The group's messages, this one too, are on the site:") in by_address[english.email]
    assert nb("The group's messages, this one too, are on the site:") in by_address[norwegian.email]
    assert nb("The group's messages, this one too, are on the site:") != en(
        "The group's messages, this one too, are on the site:"
    )
    assert reverse("cohorts:group_messages", args=[cohort.pk, group.pk]) in by_address[english.email]


def test_the_history_is_for_the_groups_members_and_leaders(client, cohort, group):
    member = ParticipantFactory(cohort=cohort, group=group).user
    services.group_message_send(group_id=group.pk, author=group.leader, subject="Dag 3", body="Husk matpakke.")
    url = reverse("cohorts:group_messages", args=[cohort.pk, group.pk])
    for reader in (member, group.leader, cohort.leaders.first().user):
        client.force_login(reader)
        content = client.get(url).content.decode()
        assert "Husk matpakke." in content
    client.force_login(member)
    assert url in client.get(cohort.get_absolute_url()).content.decode()
    other_group = cohort.groups.exclude(pk=group.pk).first()
    waiting = ParticipantFactory(cohort=cohort, group=group, status="waitlisted", waitlisted_at=timezone.now()).user
    for outsider in (
        other_group.leader,
        ParticipantFactory(cohort=cohort, group=other_group).user,
        waiting,
        UserFactory(),
    ):
        client.force_login(outsider)
        assert client.get(url).status_code == 404
    assert Client().get(url).status_code == 302  # to log in


def test_a_course_leader_writes_to_the_whole_cohort(client, cohort, mailoutbox, django_capture_on_commit_callbacks):
    first, second = cohort.groups.order_by("pk")
    members = [ParticipantFactory(cohort=cohort, group=group).user for group in (first, second, None)]
    ParticipantFactory(cohort=cohort, status="waitlisted", waitlisted_at=timezone.now())  # no seat, no e-mail
    url = reverse("cohorts:cohort_message", args=[cohort.pk])
    for outsider in (first.leader, members[0], UserFactory()):  # a group leader is not a course leader
        client.force_login(outsider)
        assert client.post(url, {"subject": "Hei", "body": "Hei"}).status_code == 404
    client.force_login(cohort.leaders.first().user)
    assert client.post(url, {"subject": "", "body": "Husk evalueringen."}).status_code == 422
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url, {"subject": "Kursdag 5", "body": "Husk evalueringen.", "submit_key": "k1"})
        client.post(url, {"subject": "Kursdag 5", "body": "Husk evalueringen.", "submit_key": "k1"})
    assert response.status_code == 302
    assert sorted(m.to[0] for m in mailoutbox) == sorted(u.email for u in members)
    assert GroupMessage.objects.get().group is None
    sent = privacy.export_user_data(cohort.leaders.first().user)[1]["group_messages_you_sent"]
    assert [(m["group"], m["cohort"], m["subject"]) for m in sent] == [(None, cohort.title, "Kursdag 5")]
    # Every group's history shows it, to its members.
    client.force_login(members[1])
    assert (
        "Husk evalueringen."
        in client.get(reverse("cohorts:group_messages", args=[cohort.pk, second.pk])).content.decode()
    )
    by_address = {m.to[0]: m.body for m in mailoutbox}
    assert reverse("cohorts:group_messages", args=[cohort.pk, first.pk]) in by_address[members[0].email]
    assert cohort.get_absolute_url() in by_address[members[2].email]  # no group: the cohort page
