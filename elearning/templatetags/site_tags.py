from django import template
from django.utils.html import strip_tags
from django.utils.text import Truncator
from django.utils.translation import gettext as _

from elearning import languages

register = template.Library()


@register.simple_tag(takes_context=True)
def language_links(context):
    """The language switcher's links: ``{% language_links as links %}``."""
    return languages.language_links(context["request"])


@register.simple_tag(takes_context=True)
def meta_description(context) -> str:
    """The page's description for search engines and link previews: its
    search description, else its summary, introduction or description as
    plain text, else what the site is; at most about 160 characters."""
    page = context.get("page")
    text = ""
    if page is not None:
        text = getattr(page, "search_description", "") or ""
        for field in ("summary", "intro", "description"):
            if text:
                break
            text = strip_tags(str(getattr(page, field, "") or "")).strip()
    if not text:
        text = _(
            "Digital training in health pedagogy from NK LMH, for professionals and user representatives "
            "who plan and teach learning-and-mastery courses together."
        )
    return Truncator(" ".join(text.split())).chars(160)
