"""The learner's state for the course pages, read where the page's template
asks for it. The page models hold no reads of their own (modules.selectors
imports the models, so the models never import the selectors); each page
template calls its tag once, at the top of its content block, and the tag
puts the selector's values into that block's context, as the page's
get_context once did; the course, module and lesson pages' tags give the
whole content, rendered once per state of the learner (modules.learner_html)."""

from django import template
from django.utils.safestring import SafeString

from elearning.page_context import put
from modules import learner_html, selectors

register = template.Library()


@register.simple_tag(takes_context=True)
def course_listing_context(context, index_page) -> str:
    """``courses``: every live course under the index with the learner's progress."""
    return put(context, {"courses": selectors.course_listing(index_page=index_page, user=context["request"].user)})


@register.simple_tag(takes_context=True)
def course_page_body(context, course) -> SafeString:
    """The course page's content with the learner's progress and the boxes
    other apps put beside the course (modules.learner_html.course_body)."""
    return learner_html.course_body(context["request"], course, csrf_token=context.get("csrf_token"))


@register.simple_tag(takes_context=True)
def module_page_body(context, module) -> SafeString:
    """The module page's content with the learner's progress (modules.learner_html.module_body)."""
    return learner_html.module_body(context["request"], module, csrf_token=context.get("csrf_token"))


@register.simple_tag(takes_context=True)
def lesson_page_body(context, lesson) -> SafeString:
    """The lesson page's content with the learner's progress, answers and
    quizzes (modules.learner_html.lesson_body). A view that renders the
    lesson again with what the learner typed passes it as ``reflection_input``."""
    return learner_html.lesson_body(
        context["request"],
        lesson,
        reflection_input=context.get("reflection_input"),
        csrf_token=context.get("csrf_token"),
    )


@register.simple_tag(takes_context=True)
def learning_path_context(context, path_page) -> str:
    """``path``: the path's modules and lessons with the learner's progress."""
    request = context["request"]
    return put(context, {"path": selectors.learning_path(path_page=path_page, user=request.user, request=request)})
