"""Two submits of one comment form at the same moment, against PostgreSQL:
the unique (author, submit_key) lets one insert win and both get that comment."""

import threading

import pytest
from django.db import close_old_connections, connections

from stories import services
from stories.models import StoryComment
from tests.factories.stories import StoryFactory, StoryShareFactory

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]


def test_two_concurrent_submits_of_one_comment_form_create_one_comment():
    story = StoryFactory()
    co_teacher = StoryShareFactory(story=story).user
    barrier = threading.Barrier(2)
    results, errors = [], []

    def submit():
        try:
            barrier.wait()
            results.append(
                services.comment_add(user=co_teacher, story_id=story.pk, text="Fin åpning!", submit_key="form-1")
            )
        except Exception as exc:  # noqa: BLE001 - collected and asserted below
            errors.append(exc)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=submit) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    close_old_connections()
    assert errors == []
    assert sorted(created for _comment, created in results) == [False, True]
    assert len({comment.pk for comment, _created in results}) == 1
    assert StoryComment.objects.filter(story=story).count() == 1
