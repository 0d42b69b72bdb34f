"""The teaching plan as a tagged PDF (`elearning.pdf`), from the same document partial as the print view."""

from django.utils import translation
from django.utils.text import slugify

from coteaching import selectors
from coteaching.models import TeachingPlan
from elearning.pdf import render_pdf


def filename(plan: TeachingPlan) -> str:
    return f"undervisningsplan-{slugify(plan.title)[:60] or plan.pk}.pdf"


def render_plan_pdf(plan: TeachingPlan, *, show_members: bool) -> bytes:
    document = selectors.plan_document(plan=plan, with_comments=False, with_members=show_members)
    # In the language the reader is using the site in, like the print view.
    return render_pdf(
        "coteaching/plan_pdf.html",
        {"plan": plan, "document": document, "show_members": show_members},
        language=translation.get_language(),
    )
