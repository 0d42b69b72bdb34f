"""The learner's state for the course pages, read where the page's template
asks for it. The page models hold no reads of their own (modules.selectors
imports the models, so the models never import the selectors); each page
template calls its tag once, at the top of its content block, and the tag
puts the selector's values into that block's context, as the page's
get_context once did."""

from django import template
from wagtail import hooks

from elearning.page_context import put
from modules import selectors

COURSE_PAGE_SECTIONS_HOOK = "course_page_sections"

register = template.Library()


@register.simple_tag(takes_context=True)
def course_listing_context(context, index_page) -> str:
    """``courses``: every live course under the index with the learner's progress."""
    return put(context, {"courses": selectors.course_listing(index_page=index_page, user=context["request"].user)})


@register.simple_tag(takes_context=True)
def course_page_context(context, course) -> str:
    """``progress``, ``index_url``, once completed ``certificate``, and
    ``course_sections``: the boxes other apps put beside the course through
    the ``course_page_sections`` hook (fn(request, course, progress) -> dict
    | None; cohorts lists a cohort course's cohorts, evaluations asks for
    the evaluation of a completed self-paced course)."""
    request = context["request"]
    values = selectors.course_page_context(course=course, user=request.user)
    progress = values["progress"]
    values["course_sections"] = [
        s for s in (fn(request, course, progress) for fn in hooks.get_hooks(COURSE_PAGE_SECTIONS_HOOK)) if s
    ]
    return put(context, values)


@register.simple_tag(takes_context=True)
def module_page_context(context, module) -> str:
    """``course``, ``progress`` and ``module_item``."""
    return put(context, selectors.module_page_context(module=module, user=context["request"].user))


@register.simple_tag(takes_context=True)
def lesson_page_context(context, lesson) -> str:
    """``state``, ``progress``, ``body_parts`` and ``embed_consent``. A view
    that renders the lesson again with what the learner typed passes it as
    ``reflection_input``."""
    request = context["request"]
    values = selectors.lesson_page_context(
        lesson=lesson, request=request, reflection_input=context.get("reflection_input")
    )
    return put(context, values)


@register.simple_tag(takes_context=True)
def learning_path_context(context, path_page) -> str:
    """``path``: the path's modules and lessons with the learner's progress."""
    request = context["request"]
    return put(context, {"path": selectors.learning_path(path_page=path_page, user=request.user, request=request)})
