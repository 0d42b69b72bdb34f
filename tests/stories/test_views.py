"""The pages: owner-only access, the co-teacher's view without the private
part, comments, autosave with htmx and the plain form, and bad input."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from elearning.errors import Conflict
from stories import services
from stories.models import PART_MAX_LENGTH, Story, StoryComment, StoryShare
from tests.factories.accounts import UserFactory, UserRepresentativeFactory
from tests.factories.stories import StoryCommentFactory, StoryFactory, StoryShareFactory
from tests.i18n import nb

pytestmark = pytest.mark.django_db

HTMX = {"HTTP_HX_REQUEST": "true"}


def _owner_urls(story, share_id=1):
    return [
        ("get", reverse("stories:step", args=[story.pk, 1])),
        ("get", reverse("stories:step", args=[story.pk, 4])),
        ("post", reverse("stories:step", args=[story.pk, 2])),
        ("get", reverse("stories:share", args=[story.pk])),
        ("post", reverse("stories:share", args=[story.pk])),
        ("post", reverse("stories:unshare", args=[story.pk, share_id])),
        ("get", reverse("stories:delete", args=[story.pk])),
        ("post", reverse("stories:delete", args=[story.pk])),
    ]


def test_someone_elses_story_is_a_404_everywhere(client):
    story = StoryFactory()
    share = StoryShareFactory(story=story)
    stranger = UserFactory()
    client.force_login(stranger)
    for method, url in [*_owner_urls(story, share.pk), ("get", reverse("stories:detail", args=[story.pk]))]:
        response = getattr(client, method)(url, {"what_helped": "x", "base_version": 1, "email": stranger.email})
        assert response.status_code == 404, url
    assert client.post(reverse("stories:comment", args=[story.pk]), {"text": "Hei"}).status_code == 404
    # A co-teacher reads and comments, but never edits, shares or deletes.
    client.force_login(share.user)
    for method, url in _owner_urls(story, share.pk):
        response = getattr(client, method)(url, {"what_helped": "x", "base_version": 1, "email": stranger.email})
        assert response.status_code == 404, url
    assert Story.objects.filter(pk=story.pk, what_helped=StoryFactory.what_helped).exists()
    assert StoryShare.objects.filter(pk=share.pk).exists()
    # A missing id looks the same as someone else's.
    client.force_login(story.owner)
    assert client.get(reverse("stories:detail", args=[story.pk + 1000])).status_code == 404


def test_pages_need_login(client):
    story = StoryFactory()
    response = client.get(reverse("stories:detail", args=[story.pk]))
    assert response.status_code == 302 and reverse("account_login") in response["Location"]


def test_the_shared_view_never_contains_the_private_part(client, django_assert_max_num_queries):
    story = StoryFactory()
    share = StoryShareFactory(story=story)
    StoryCommentFactory(story=story, author=share.user, text="Første kommentar", step="message")
    client.force_login(share.user)
    client.get(reverse("stories:list"))  # the site's first request sets up site settings
    with django_assert_max_num_queries(8):
        response = client.get(reverse("stories:detail", args=[story.pk]))
    html = response.content.decode()
    assert response.status_code == 200
    assert story.what_helped in html and story.message in html and "Første kommentar" in html
    assert story.kept_private not in html
    assert str(nb("What I keep private")) not in html
    assert response["Cache-Control"].startswith("max-age=0") or "no-cache" in response["Cache-Control"]
    # The owner sees it all.
    client.force_login(story.owner)
    html = client.get(reverse("stories:detail", args=[story.pk])).content.decode()
    assert story.kept_private in html and "Første kommentar" in html


def test_the_shared_view_query_count_does_not_grow_with_comments(client, django_assert_num_queries):
    story = StoryFactory()
    share = StoryShareFactory(story=story)
    client.force_login(share.user)
    url = reverse("stories:detail", args=[story.pk])
    client.get(url)
    with CaptureQueriesContext(connection) as few:
        client.get(url)
    for n in range(5):
        StoryCommentFactory(story=story, author=share.user, text=f"Kommentar {n}")
    with django_assert_num_queries(len(few.captured_queries)):
        client.get(url)


def test_a_co_teacher_comments_and_the_owner_sees_it(client, mailoutbox, django_capture_on_commit_callbacks):
    story = StoryFactory()
    co_teacher = StoryShareFactory(story=story).user
    client.force_login(co_teacher)
    url = reverse("stories:comment", args=[story.pk])
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url, {"text": "Bilen utenfor legekontoret er en sterk åpning.", "step": "purpose"})
    assert response.status_code == 302 and response["Location"].endswith("#comments")
    assert len(mailoutbox) == 1
    client.force_login(story.owner)
    html = client.get(reverse("stories:detail", args=[story.pk])).content.decode()
    assert "Bilen utenfor legekontoret er en sterk åpning." in html
    assert co_teacher.get_full_name() in html


def test_bad_comments_get_a_clear_message(client):
    story = StoryFactory()
    co_teacher = StoryShareFactory(story=story).user
    client.force_login(co_teacher)
    url = reverse("stories:comment", args=[story.pk])
    too_long = "x" * 5001
    response = client.post(url, {"text": too_long})
    assert response.status_code == 422
    assert "5\xa0001" in response.content.decode()
    assert too_long in response.content.decode()  # the typed text is given back
    response = client.post(url, {"text": "Om det private", "step": "private"})
    assert response.status_code == 422
    assert not StoryComment.objects.exists()


def test_unsharing_takes_away_access(client):
    share = StoryShareFactory()
    client.force_login(share.story.owner)
    response = client.post(reverse("stories:unshare", args=[share.story_id, share.pk]))
    assert response.status_code == 302
    client.force_login(share.user)
    assert client.get(reverse("stories:detail", args=[share.story_id])).status_code == 404


def test_share_page_answers_the_same_whether_or_not_the_account_exists(client):
    # Defect 6: the page told which addresses had accounts, and showed the
    # holder's full name.
    story = StoryFactory()
    co_teacher = UserFactory(first_name="Kari", last_name="Hemmeligsen")
    client.force_login(story.owner)
    url = reverse("stories:share", args=[story.pk])
    message = nb("If %(email)s has an account here, they can now read the story talk and comment on it.")
    for email in ("finnes.ikke@example.no", co_teacher.email):
        response = client.post(url, {"email": email}, follow=True)
        assert response.status_code == 200
        page = response.content.decode()
        assert message % {"email": email} in page and "Hemmeligsen" not in page
    assert StoryShare.objects.get(story=story, email=co_teacher.email.lower()).user == co_teacher
    assert StoryShare.objects.get(story=story, email="finnes.ikke@example.no").user is None


def test_create_and_walk_through_the_steps_without_javascript(client):
    owner = UserRepresentativeFactory()
    client.force_login(owner)
    response = client.post(reverse("stories:create"), {"title": "Min historie"})
    story = Story.objects.get(owner=owner)
    assert response["Location"] == reverse("stories:step", args=[story.pk, 1])
    page = client.get(response["Location"])
    assert page.status_code == 200
    assert 'hx-trigger="input changed delay:1s"' in page.content.decode()
    data = {
        "base_version": 1,
        "title": "Min historie",
        "purpose": "Gi håp",
        "audience": "Nye deltakere",
        "key_experiences": "Diagnosen",
        "action": "next",
    }
    response = client.post(reverse("stories:step", args=[story.pk, 1]), data)
    assert response["Location"] == reverse("stories:step", args=[story.pk, 2])
    response = client.post(
        reverse("stories:step", args=[story.pk, 4]),
        {"base_version": 2, "kept_private": "Broren min", "action": "finish"},
    )
    assert response["Location"] == reverse("stories:detail", args=[story.pk])
    story.refresh_from_db()
    assert (story.purpose, story.kept_private, story.version) == ("Gi håp", "Broren min", 3)
    response = client.post(
        reverse("stories:step", args=[story.pk, 3]), {"base_version": 3, "message": "Ta ett steg", "action": "previous"}
    )
    assert response["Location"] == reverse("stories:step", args=[story.pk, 2])
    assert client.get(reverse("stories:step", args=[story.pk, 5])).status_code == 404


def test_create_refuses_an_empty_or_long_title(client):
    client.force_login(UserRepresentativeFactory())
    assert client.post(reverse("stories:create"), {"title": ""}).status_code == 422
    assert client.post(reverse("stories:create"), {"title": "x" * 201}).status_code == 422
    assert not Story.objects.exists()


def test_a_double_click_on_start_creates_one_story(client):
    owner = UserRepresentativeFactory()
    client.force_login(owner)
    page = client.get(reverse("stories:list")).content.decode()
    submit_key = re.search(r'name="submit_key" value="([^"]+)"', page).group(1)
    first, second = (
        client.post(reverse("stories:create"), {"title": "Min historie", "submit_key": submit_key})
        for _click in range(2)
    )
    story = Story.objects.get(owner=owner)
    assert first["Location"] == second["Location"] == reverse("stories:step", args=[story.pk, 1])


def test_a_refusal_answers_the_status_of_its_error(client, monkeypatch):
    """Each form answers the UserError's own status (a Conflict is 409), with its message."""
    story = StoryFactory()
    client.force_login(story.owner)

    def refuse(**kwargs):
        raise Conflict("Noen andre var først.", code="conflict")

    for name in ("story_create", "story_save_step", "story_share", "comment_add"):
        monkeypatch.setattr(services, name, refuse)
    posts = [
        (reverse("stories:create"), {"title": "Min historie"}),
        (reverse("stories:step", args=[story.pk, 1]), {"base_version": 1, "purpose": "Gi håp"}),
        (reverse("stories:share", args=[story.pk]), {"email": "kollega@example.no"}),
        (reverse("stories:comment", args=[story.pk]), {"text": "Fin åpning"}),
    ]
    for url, data in posts:
        response = client.post(url, data)
        assert response.status_code == 409, url
        assert "Noen andre var først." in response.content.decode(), url


def test_autosave_with_htmx_returns_the_status_and_the_new_version(client):
    story = StoryFactory(key_experiences="", what_helped="", message="")
    client.force_login(story.owner)
    words = " ".join(["ord"] * 260)
    response = client.post(
        reverse("stories:step", args=[story.pk, 2]), {"base_version": 1, "what_helped": words}, **HTMX
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert nb("Saved at %(time)s").split("%")[0].strip() in html
    assert 'id="id_base_version" value="2" hx-swap-oob="true"' in html
    assert 'id="speaking-time"' in html and "260" in html
    story.refresh_from_db()
    assert story.what_helped == words


def test_autosave_conflict_keeps_both_texts(client):
    story = StoryFactory(message="Original")
    client.force_login(story.owner)
    url = reverse("stories:step", args=[story.pk, 3])
    client.post(url, {"base_version": 1, "message": "Fra den andre fanen"}, **HTMX)
    # This tab is still at version 1.
    response = client.post(url, {"base_version": 1, "message": "Fra denne fanen"}, **HTMX)
    assert response.status_code == 409
    assert "hx-swap-oob" not in response.content.decode()
    assert 'name="action" value="save"' in response.content.decode()
    story.refresh_from_db()
    assert story.message == "Fra den andre fanen"
    # Without JavaScript (or after "Show both versions"): both texts on the page.
    response = client.post(url, {"base_version": 1, "message": "Fra denne fanen", "action": "save"})
    html = response.content.decode()
    assert response.status_code == 409
    assert "Fra den andre fanen" in html and "Fra denne fanen" in html
    assert 'name="base_version" value="2"' in html
    # Saving again from there is a deliberate choice to keep this tab's text.
    client.post(url, {"base_version": 2, "message": "Fra denne fanen", "action": "save"})
    story.refresh_from_db()
    assert story.message == "Fra denne fanen"


def test_oversized_text_gets_a_clear_message_and_is_given_back(client):
    story = StoryFactory()
    client.force_login(story.owner)
    url = reverse("stories:step", args=[story.pk, 2])
    too_long = "ø" * (PART_MAX_LENGTH + 1)
    response = client.post(url, {"base_version": 1, "what_helped": too_long, "action": "save"})
    html = response.content.decode()
    assert response.status_code == 422
    assert "10\xa0001" in html and too_long in html
    assert 'aria-invalid="true"' in html
    response = client.post(url, {"base_version": 1, "what_helped": too_long}, **HTMX)
    assert response.status_code == 422 and "10\xa0001" in response.content.decode()
    story.refresh_from_db()
    assert story.what_helped == StoryFactory.what_helped


def test_a_forged_form_is_refused_without_a_500(client):
    story = StoryFactory()
    client.force_login(story.owner)
    url = reverse("stories:step", args=[story.pk, 2])
    assert client.post(url, {"base_version": "abc", "what_helped": "x"}).status_code == 422
    assert client.post(url, {"base_version": "-1", "what_helped": "x"}, **HTMX).status_code == 400
    assert client.post(url, {"base_version": 1, "what_helped": "nul\x00"}).status_code == 422
    story.refresh_from_db()
    assert story.what_helped == StoryFactory.what_helped


def test_list_shows_own_and_shared_stories(client, django_assert_max_num_queries):
    owner = UserRepresentativeFactory()
    own = StoryFactory(owner=owner, title="Min egen")
    shared = StoryShareFactory(user=owner, story=StoryFactory(title="Delt med meg")).story
    StoryFactory(title="Andres")
    client.force_login(owner)
    client.get(reverse("stories:list"))
    with django_assert_max_num_queries(8):
        response = client.get(reverse("stories:list"))
    html = response.content.decode()
    assert own.title in html and shared.title in html and "Andres" not in html
    assert shared.kept_private not in html


def test_owner_deletes_a_story(client):
    story = StoryFactory()
    client.force_login(story.owner)
    assert client.get(reverse("stories:delete", args=[story.pk])).status_code == 200
    response = client.post(reverse("stories:delete", args=[story.pk]))
    assert response.status_code == 302 and not Story.objects.exists()
