from django import template
from django.utils import translation
from django.utils.html import strip_tags
from django.utils.safestring import mark_safe
from django.utils.text import Truncator
from django.utils.translation import gettext as _

from elearning import content_cache, languages

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


@register.simple_tag(takes_context=True)
def site_footer(context) -> str:
    """components/footer.html, rendered once per site and language for each
    content version in this process: it shows only content (site settings,
    the pages they link to) and the same words for everyone, and saving a
    setting or a page starts a new version (elearning.content_cache)."""
    request = context.get("request")
    footer = context.template.engine.get_template("components/footer.html")
    site = getattr(request, "_wagtail_site", None)
    if site is None:
        return footer.render(context)
    key = ("elearning:footer", site.pk, translation.get_language())
    return content_cache.local(key, lambda: mark_safe(footer.render(context)))  # noqa: S308 (a rendered template)
