"""Assignments in the Wagtail admin: staff create and edit them per cohort
(the course leaders' work with submissions happens on the site)."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.snippets.views.snippets import SnippetViewSet

from assignments.models import Assignment
from elearning.admin_columns import YesNoColumn


class AssignmentViewSet(SnippetViewSet):
    model = Assignment
    icon = "tasks"
    menu_label = _("Assignments")
    menu_name = "assignments"
    menu_order = 320
    add_to_admin_menu = True
    list_display = ["title", "cohort", "kind", "due_at", YesNoColumn("required", label=_("required for completion"))]
    list_filter = ["cohort", "kind", "required"]
    search_fields = ["title"]
    ordering = ["cohort", "due_at", "sort_order"]
    panels = [
        MultiFieldPanel(
            [FieldPanel("cohort"), FieldPanel("after_day"), FieldPanel("kind"), FieldPanel("title")],
            heading=_("Assignment"),
        ),
        FieldPanel("prompt"),
        FieldRowPanel([FieldPanel("due_at"), FieldPanel("closes_at")], heading=_("Dates")),
        MultiFieldPanel(
            [FieldPanel("visibility"), FieldPanel("allow_comments"), FieldPanel("required"), FieldPanel("sort_order")],
            heading=_("Submissions"),
        ),
    ]
