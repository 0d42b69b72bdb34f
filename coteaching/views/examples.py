"""The examples library: published plans anyone can read and download."""

from django.http import Http404
from django.shortcuts import render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from coteaching import selectors
from coteaching.models import TeachingPlan
from coteaching.views.plans import pdf_response


@require_GET
def examples(request):
    return render(request, "coteaching/examples.html", {"plans": selectors.examples_library()})


def _example(plan_id: int) -> TeachingPlan:
    plan = selectors.published_example(plan_id=plan_id)
    if plan is None:
        raise Http404(_("This example does not exist."))
    return plan


@require_GET
def example_detail(request, plan_id: int):
    plan = _example(plan_id)
    document = selectors.plan_document(plan=plan, with_comments=False, with_members=False)
    is_member = selectors.membership_for(plan=plan, user=request.user) is not None
    return render(
        request,
        "coteaching/example_detail.html",
        {"plan": plan, "document": document, "is_member": is_member, "show_members": False},
    )


@require_GET
def example_pdf(request, plan_id: int):
    return pdf_response(_example(plan_id), show_members=False)
