"""Writes: autosave with optimistic locking, sharing, comments and the e-mail
to the owner."""

import pytest

from elearning.errors import UserError
from stories import selectors, services, tasks
from stories.models import PART_MAX_LENGTH, Story, StoryComment, StoryShare
from stories.services import StoryNotFound
from tests.factories.accounts import UserFactory, UserRepresentativeFactory
from tests.factories.stories import StoryFactory, StoryShareFactory
from tests.i18n import nb

pytestmark = pytest.mark.django_db


def test_create_needs_a_title():
    owner = UserRepresentativeFactory()
    story = services.story_create(user=owner, title="  Min første tid  ")
    assert story.owner == owner and story.title == "Min første tid" and story.version == 1
    with pytest.raises(UserError) as error:
        services.story_create(user=owner, title="   ")
    assert error.value.field == "title"
    assert Story.objects.filter(owner=owner).count() == 1


def test_a_double_submit_creates_one_story():
    owner = UserRepresentativeFactory()
    first = services.story_create(user=owner, title="Min første tid", submit_key="form-1")
    again = services.story_create(user=owner, title="Min første tid", submit_key="form-1")
    assert again.pk == first.pk and Story.objects.filter(owner=owner).count() == 1
    # The same title in a new form is a new story; the key is the owner's own.
    services.story_create(user=owner, title="Min første tid", submit_key="form-2")
    services.story_create(user=UserRepresentativeFactory(), title="Min første tid", submit_key="form-1")
    assert Story.objects.filter(owner=owner).count() == 2 and Story.objects.count() == 3


def test_save_step_bumps_the_version_only_when_something_changes():
    story = StoryFactory()
    texts = {"what_helped": "Turene med naboen.\r\nOg kurset.\x00"}
    result = services.story_save_step(
        user=story.owner, story_id=story.pk, step="what_helped", texts=texts, base_version=1
    )
    assert result.saved and result.changed and result.story.version == 2
    story.refresh_from_db()
    assert story.what_helped == "Turene med naboen.\nOg kurset."
    # The same request again (a retry) changes nothing.
    again = services.story_save_step(
        user=story.owner, story_id=story.pk, step="what_helped", texts=texts, base_version=1
    )
    assert again.saved and not again.changed and again.story.version == 2


def test_a_stale_tab_never_overwrites_and_both_texts_are_kept():
    story = StoryFactory(message="Utgangspunkt")
    # Tab A and tab B both opened the step at version 1. A saves first.
    services.story_save_step(
        user=story.owner, story_id=story.pk, step="message", texts={"message": "Tekst fra fane A"}, base_version=1
    )
    result = services.story_save_step(
        user=story.owner, story_id=story.pk, step="message", texts={"message": "Tekst fra fane B"}, base_version=1
    )
    assert not result.saved
    [conflict] = result.conflicts
    assert conflict.name == "message"
    assert conflict.your_text == "Tekst fra fane B" and conflict.saved_text == "Tekst fra fane A"
    story.refresh_from_db()
    assert story.message == "Tekst fra fane A" and story.version == 2
    # Choosing to keep B's text: save again from the current version.
    kept = services.story_save_step(
        user=story.owner, story_id=story.pk, step="message", texts={"message": "Tekst fra fane B"}, base_version=2
    )
    assert kept.saved and kept.story.message == "Tekst fra fane B" and kept.story.version == 3


def test_a_stale_tab_gets_both_texts_of_each_part_it_changed_and_saves_nothing():
    story = StoryFactory()
    services.story_save_step(
        user=story.owner, story_id=story.pk, step="purpose", texts={"purpose": "Nytt formål"}, base_version=1
    )
    # The other tab, still at version 1, sends the whole step 1 with a new
    # audience and the purpose as it loaded it.
    result = services.story_save_step(
        user=story.owner,
        story_id=story.pk,
        step="purpose",
        texts={"title": story.title, "purpose": "Gammelt formål fra fanen", "audience": "Ny målgruppe"},
        base_version=1,
    )
    assert [(c.name, c.your_text, c.saved_text) for c in result.conflicts] == [
        ("purpose", "Gammelt formål fra fanen", "Nytt formål"),
        ("audience", "Ny målgruppe", story.audience),
    ]
    old_audience = story.audience
    story.refresh_from_db()
    assert (story.purpose, story.audience, story.version) == ("Nytt formål", old_audience, 2)
    # Sent again on top of the version it has now seen, it is saved.
    result = services.story_save_step(
        user=story.owner, story_id=story.pk, step="purpose", texts={"audience": "Ny målgruppe"}, base_version=2
    )
    assert result.saved and result.story.audience == "Ny målgruppe" and result.story.version == 3


def test_oversized_text_is_refused_with_its_length_and_nothing_is_saved():
    story = StoryFactory()
    with pytest.raises(UserError) as error:
        services.story_save_step(
            user=story.owner,
            story_id=story.pk,
            step="purpose",
            texts={"audience": "Kort", "key_experiences": "x" * (PART_MAX_LENGTH + 5)},
            base_version=1,
        )
    assert error.value.code == "too_long" and error.value.field == "key_experiences"
    assert "10\xa0005" in error.value.message  # grouped as Norwegian writes numbers
    story.refresh_from_db()
    assert story.audience == "Deltakere på diabeteskurset, første kursdag." and story.version == 1


def test_only_the_owner_saves_and_parts_must_belong_to_the_step():
    story = StoryFactory()
    co_teacher = StoryShareFactory(story=story).user
    with pytest.raises(StoryNotFound):
        services.story_save_step(
            user=co_teacher, story_id=story.pk, step="message", texts={"message": "x"}, base_version=1
        )
    with pytest.raises(UserError):
        services.story_save_step(
            user=story.owner, story_id=story.pk, step="message", texts={"kept_private": "x"}, base_version=1
        )
    with pytest.raises(UserError):
        services.story_save_step(user=story.owner, story_id=story.pk, step="nope", texts={}, base_version=1)


def test_share_by_email_is_idempotent_and_answers_the_same_for_unknown_addresses():
    story = StoryFactory()
    co_teacher = UserFactory(email="kari@example.no")
    share, created = services.story_share(user=story.owner, story_id=story.pk, email="KARI@example.no ")
    assert created and share.user == co_teacher and share.email == "kari@example.no"
    share_again, created_again = services.story_share(user=story.owner, story_id=story.pk, email="kari@example.no")
    assert share_again == share and not created_again
    # Defect 6: no error tells the owner that an address has no account.
    unknown, created = services.story_share(user=story.owner, story_id=story.pk, email="ukjent@example.no")
    assert created and unknown.user is None
    # Someone who registers with the address later reads it once the owner shares again.
    late = UserFactory(email="ukjent@example.no")
    assert selectors.stories_shared_with(user=late) == []
    linked, created = services.story_share(user=story.owner, story_id=story.pk, email="ukjent@example.no")
    assert linked == unknown and not created and linked.user == late
    assert [s.pk for s in selectors.stories_shared_with(user=late)] == [story.pk]
    with pytest.raises(UserError) as error:
        services.story_share(user=story.owner, story_id=story.pk, email=story.owner.email)
    assert error.value.code == "self"
    with pytest.raises(StoryNotFound):
        services.story_share(user=co_teacher, story_id=story.pk, email=story.owner.email)


def test_share_is_capped():
    story = StoryFactory()
    for _ in range(services.MAX_SHARES):
        StoryShareFactory(story=story)
    with pytest.raises(UserError) as error:
        services.story_share(user=story.owner, story_id=story.pk, email=UserFactory().email)
    assert error.value.code == "too_many"


def test_unshare_is_owner_only_and_idempotent():
    share = StoryShareFactory()
    with pytest.raises(StoryNotFound):
        services.story_unshare(user=share.user, story_id=share.story_id, share_id=share.pk)
    assert services.story_unshare(user=share.story.owner, story_id=share.story_id, share_id=share.pk)
    assert not services.story_unshare(user=share.story.owner, story_id=share.story_id, share_id=share.pk)
    assert not StoryShare.objects.exists()


def test_only_the_owner_and_shared_co_teachers_comment(django_capture_on_commit_callbacks, mailoutbox):
    story = StoryFactory()
    co_teacher = StoryShareFactory(story=story).user
    with pytest.raises(StoryNotFound):
        services.comment_add(user=UserFactory(), story_id=story.pk, text="Hei")
    with pytest.raises(UserError):
        services.comment_add(user=co_teacher, story_id=story.pk, text="Om det private", step="private")
    with pytest.raises(UserError) as error:
        services.comment_add(user=co_teacher, story_id=story.pk, text="x" * 5001)
    assert error.value.code == "too_long"
    with django_capture_on_commit_callbacks(execute=True):
        comment, created = services.comment_add(user=story.owner, story_id=story.pk, text="Husk tiden")
    assert created and not mailoutbox  # the owner is not told about their own comment
    with django_capture_on_commit_callbacks(execute=True):
        comment, created = services.comment_add(
            user=co_teacher, story_id=story.pk, text="Fin åpning!", step="purpose", submit_key="form-1"
        )
    assert created and comment.step == "purpose"
    assert len(mailoutbox) == 1
    mail = mailoutbox[0]
    assert mail.to == [story.owner.email]
    assert co_teacher.get_full_name() in mail.body
    assert f"/brukerinnlegg/{story.pk}/" in mail.body
    # Neither the comment nor the title leaves the site.
    assert "Fin åpning" not in mail.body and story.title not in mail.body + mail.subject
    # A double submit (the same form: the same key) is the same comment.
    with django_capture_on_commit_callbacks(execute=True):
        same, created = services.comment_add(
            user=co_teacher, story_id=story.pk, text="Fin åpning!", step="purpose", submit_key="form-1"
        )
    assert not created and same.pk == comment.pk and StoryComment.objects.count() == 2 and len(mailoutbox) == 1
    # The same words in a new form are a new comment.
    _other, created = services.comment_add(user=co_teacher, story_id=story.pk, text="Fin åpning!", submit_key="form-2")
    assert created and StoryComment.objects.count() == 3


def test_the_notification_task_sends_once(mailoutbox, django_capture_on_commit_callbacks):
    story = StoryFactory()
    co_teacher = StoryShareFactory(story=story).user
    with django_capture_on_commit_callbacks(execute=False):
        comment, _created = services.comment_add(user=co_teacher, story_id=story.pk, text="Kommentar")
    assert tasks.notify_owner_of_comment(comment.pk) is True
    assert tasks.notify_owner_of_comment(comment.pk) is False
    assert len(mailoutbox) == 1
    comment.refresh_from_db()
    assert comment.notified_at is not None


def test_a_failed_send_releases_the_claim(monkeypatch, mailoutbox):
    story = StoryFactory()
    comment = StoryComment.objects.create(story=story, author=StoryShareFactory(story=story).user, text="Hei")

    def refuse(self, *args, **kwargs):
        raise ConnectionError("mail server down")

    monkeypatch.setattr("django.core.mail.EmailMessage.send", refuse)
    with pytest.raises(ConnectionError):
        services.comment_notify_owner(comment_id=comment.pk)
    comment.refresh_from_db()
    assert comment.notified_at is None
    monkeypatch.undo()
    assert services.comment_notify_owner(comment_id=comment.pk)
    assert len(mailoutbox) == 1


def test_the_owner_is_e_mailed_in_their_language(mailoutbox):
    story = StoryFactory()
    story.owner.profile.preferred_language = "nb"
    story.owner.profile.save()
    comment = StoryComment.objects.create(story=story, author=StoryShareFactory(story=story).user, text="Hei")
    services.comment_notify_owner(comment_id=comment.pk)
    assert nb("New comment on your story talk") in mailoutbox[0].subject


def test_delete_is_owner_only():
    share = StoryShareFactory()
    with pytest.raises(StoryNotFound):
        services.story_delete(user=share.user, story_id=share.story_id)
    services.story_delete(user=share.story.owner, story_id=share.story_id)
    assert not Story.objects.exists() and not StoryShare.objects.exists()
