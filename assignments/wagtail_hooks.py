from wagtail import hooks
from wagtail.snippets.models import register_snippet

from assignments import privacy, selectors, services
from assignments.viewsets import AssignmentViewSet
from elearning import user_cache

register_snippet(AssignmentViewSet)


@hooks.register("cohort_participant_items")
def participant_items(*, user, cohort, days):
    return selectors.participant_items(user=user, cohort=cohort, days=days)


@hooks.register("cohort_group_columns")
def group_columns(*, cohort, group, members):
    return selectors.group_columns(cohort=cohort, members=members)


@hooks.register("cohort_completion_requirements")
def completion_requirements(*, user, cohort):
    return selectors.completion_requirements(user=user, cohort=cohort)


@hooks.register("cohort_copied")
def copy_assignments(*, source, copy, day_map):
    services.assignments_copy(source=source, copy=copy, day_map=day_map)


@hooks.register("learner_dashboard_sections")
@user_cache.reads("cohorts", "assignments")
def dashboard_waiting_submissions(request):
    if not request.user.is_authenticated:
        return None
    waiting = selectors.waiting_submissions(user=request.user)
    if not waiting:
        return None
    return {"template": "assignments/dashboard_section.html", "waiting": waiting}


@hooks.register("user_data_export")
def export_assignment_data(user):
    return privacy.export_user_data(user)


@hooks.register("user_data_erase")
def erase_assignment_data(user):
    privacy.erase_user_data(user)
