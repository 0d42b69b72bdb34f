from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.panels import ObjectList
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from elearning import user_cache
from evaluations import admin_views, privacy, selectors
from evaluations.forms import EvaluationFormAdminForm, ResponseForm
from evaluations.models import EvaluationForm


class EvaluationFormViewSet(SnippetViewSet):
    """Staff set up the evaluation forms of each course: statements on a
    scale from 1 to 5 and free-text questions."""

    model = EvaluationForm
    icon = "form"
    menu_label = _("Evaluation forms")
    menu_order = 252
    add_to_admin_menu = True
    list_display = ["title", "course", "kind"]
    list_filter = ["kind"]
    edit_handler = ObjectList(EvaluationForm.panels, base_form_class=EvaluationFormAdminForm)


register_snippet(EvaluationFormViewSet)

hooks.register("register_admin_urls", admin_views.admin_urls)
hooks.register("register_admin_menu_item", admin_views.menu_item)
hooks.register("register_permissions", admin_views.permissions)


@hooks.register("cohort_participant_items")
def participant_items(*, user, cohort, days):
    return selectors.participant_items(user=user, cohort=cohort, days=days)


@hooks.register("cohort_leader_links")
def results_link(*, user, cohort):
    return [{"label": _("Evaluation results"), "url": reverse("evaluations:results", args=[cohort.pk])}]


@hooks.register("cohort_completion_requirements")
def completion_requirements(*, user, cohort):
    return selectors.completion_requirements(user=user, cohort=cohort)


@hooks.register("course_page_sections")
@user_cache.reads("evaluations")
def course_evaluation_box(request, course, progress):
    """The end-of-course evaluation of a self-paced course, in the course
    page's sidebar once the learner has completed it (no query before).
    Cached per learner: their enrolment and response count in their user
    version, the form in the shared version "evaluations" (evaluations.apps)."""
    enrolment = progress.enrolment
    if course.is_cohort_course or enrolment is None or enrolment.completed_at is None:
        return None
    page = selectors.course_answer_page(user=request.user, course_id=course.pk)
    if page is None:
        return None
    return {
        "template": "evaluations/course_section.html",
        "page": page,
        "form": ResponseForm(questions=page.form.questions.all()),
        "min_group_size": selectors.min_group_size(),
    }


@hooks.register("user_data_export")
def export_evaluations(user):
    return privacy.export_user_data(user)


@hooks.register("user_data_erase")
def erase_evaluations(user):
    privacy.erase_user_data(user)
