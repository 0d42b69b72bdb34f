from django import template

from elearning import languages

register = template.Library()


@register.simple_tag(takes_context=True)
def language_links(context):
    """The language switcher's links: ``{% language_links as links %}``."""
    return languages.language_links(context["request"])
