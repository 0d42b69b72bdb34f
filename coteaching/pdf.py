"""The teaching plan as a PDF (WeasyPrint), from the same document partial
as the print view, tagged (PDF/UA) for screen readers."""

from django.conf import settings
from django.template.loader import render_to_string
from django.utils.text import slugify
from weasyprint import HTML

from coteaching import selectors
from coteaching.models import TeachingPlan


def filename(plan: TeachingPlan) -> str:
    return f"undervisningsplan-{slugify(plan.title)[:60] or plan.pk}.pdf"


def render_plan_pdf(plan: TeachingPlan, *, show_members: bool) -> bytes:
    document = selectors.plan_document(plan=plan, with_comments=False, with_members=show_members)
    html = render_to_string(
        "coteaching/plan_pdf.html", {"plan": plan, "document": document, "show_members": show_members}
    )
    # PDF/UA: a tagged PDF that screen readers can follow (headings, lists, tables).
    return HTML(string=html, base_url=str(settings.BASE_DIR)).write_pdf(pdf_variant="pdf/ua-1")
