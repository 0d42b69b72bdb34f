"""A user representative reviews course pages in the moderation workflow
before an NK LMH editor approves and publishes them."""

from django.contrib.auth.models import Group
from django.urls import reverse

from modules import review


def _submit(page, user):
    revision = page.save_revision(user=user)
    workflow = page.get_workflow()
    workflow.start(page, user)
    return revision


def test_workflow_is_set_up_idempotently(course_index, user_rep):
    first = review.course_review_workflow_ensure(course_index=course_index, reviewers=[user_rep])
    second = review.course_review_workflow_ensure(course_index=course_index, reviewers=[user_rep])
    assert first.pk == second.pk
    assert [t.name for t in second.tasks] == [review.USER_REVIEW_TASK, review.STAFF_REVIEW_TASK]
    assert user_rep.groups.filter(name=review.REVIEWER_GROUP).exists()


def test_user_representative_reviews_then_editor_publishes(client, course_index, lessons, user_rep):
    from tests.factories.accounts import UserFactory

    review.course_review_workflow_ensure(course_index=course_index, reviewers=[user_rep])
    editor = UserFactory(is_superuser=True, is_staff=True)
    moderator = UserFactory(is_staff=True)
    moderator.groups.add(Group.objects.get(name=review.MODERATOR_GROUP))
    lesson = lessons[0]
    lesson.title = "Ny tittel etter gjennomgang"
    _submit(lesson, editor)
    lesson.refresh_from_db()
    state = lesson.current_workflow_state
    assert state is not None and state.current_task_state.task.name == review.USER_REVIEW_TASK

    # The moderator cannot skip the user representative's step.
    client.force_login(moderator)
    url = reverse("wagtailadmin_pages:workflow_action", args=[lesson.pk, "approve", state.current_task_state.pk])
    client.post(url, {"comment": ""})
    state.refresh_from_db()
    assert state.current_task_state.task.name == review.USER_REVIEW_TASK

    client.force_login(user_rep)
    response = client.post(url, {"comment": "Godt forklart, men unngå fagord i første avsnitt."})
    assert response.status_code == 302
    state.refresh_from_db()
    assert state.current_task_state.task.name == review.STAFF_REVIEW_TASK
    lesson.refresh_from_db()
    assert lesson.title != "Ny tittel etter gjennomgang"  # not published yet

    client.force_login(moderator)
    url = reverse("wagtailadmin_pages:workflow_action", args=[lesson.pk, "approve", state.current_task_state.pk])
    assert client.post(url, {"comment": ""}).status_code == 302
    lesson.refresh_from_db()
    assert lesson.title == "Ny tittel etter gjennomgang" and lesson.live
