"""The course's moderation workflow, in which a user representative reviews
new and changed course pages before NK LMH staff approve them.

Wagtail's own workflows do the work (tasks, notifications, the review screens,
revisions); this module only sets them up: a reviewer group of user
representatives with access to the admin, and a two-step workflow on the
course index page, which every course, module and lesson below it inherits.
"""

from django.contrib.auth.models import Group, Permission
from django.db import transaction
from wagtail.models import GroupApprovalTask, Workflow, WorkflowPage, WorkflowTask

REVIEWER_GROUP = "Brukerrepresentanter (gjennomgang)"
MODERATOR_GROUP = "Moderators"  # created by Wagtail's own migrations
WORKFLOW_NAME = "Kursinnhold: brukerrepresentant og fagredaktør"
USER_REVIEW_TASK = "Gjennomlesing av brukerrepresentant"
STAFF_REVIEW_TASK = "Godkjenning av fagredaktør"


@transaction.atomic
def course_review_workflow_ensure(*, course_index, reviewers=()) -> Workflow:
    """Idempotent: the reviewer group (with admin access and the given users),
    the workflow with its two group approval tasks in order, and the workflow
    assigned to ``course_index``."""
    reviewer_group, _ = Group.objects.get_or_create(name=REVIEWER_GROUP)
    reviewer_group.permissions.add(
        Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
    )
    for user in reviewers:
        user.groups.add(reviewer_group)
    moderators, _ = Group.objects.get_or_create(name=MODERATOR_GROUP)

    tasks = []
    for name, group in ((USER_REVIEW_TASK, reviewer_group), (STAFF_REVIEW_TASK, moderators)):
        task = GroupApprovalTask.objects.filter(name=name).first() or GroupApprovalTask.objects.create(name=name)
        task.groups.set([group])
        tasks.append(task)

    workflow, _ = Workflow.objects.get_or_create(name=WORKFLOW_NAME, defaults={"active": True})
    for order, task in enumerate(tasks):
        WorkflowTask.objects.update_or_create(workflow=workflow, task=task, defaults={"sort_order": order})
    WorkflowTask.objects.filter(workflow=workflow).exclude(task__in=tasks).delete()
    WorkflowPage.objects.update_or_create(page=course_index, defaults={"workflow": workflow})
    return workflow
