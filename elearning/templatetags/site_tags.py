from django import template
from django.utils import translation
from django.utils.html import strip_tags
from django.utils.safestring import mark_safe
from django.utils.text import Truncator
from django.utils.translation import gettext as _
from wagtail.models import Page

from elearning import content_cache, fragments, languages

register = template.Library()


@register.simple_tag(takes_context=True)
def language_links(context):
    """The language switcher's links: ``{% language_links as links %}``."""
    return languages.language_links(context["request"])


@register.simple_tag(takes_context=True)
def meta_description(context) -> str:
    """The page's description for search engines and link previews: its
    search description, else its summary, introduction or description as
    plain text, else what the site is; at most about 160 characters. A live
    page's is kept per content version and language in this process."""
    page = context.get("page")
    request = context.get("request")
    if isinstance(page, Page) and not getattr(request, "is_preview", False):
        key = ("elearning:meta-description", page.pk, translation.get_language())
        return content_cache.local(key, lambda: _description(page))
    return _description(page)


def _description(page) -> str:
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
def head_part(context, template_name: str) -> str:
    """A part of base.html's head that is the same on every page (the static
    files' links and scripts), rendered once per content version in this
    process (elearning.fragments), without the whitespace around it."""
    return mark_safe(fragments.render_once(context, template_name, ()).strip())  # noqa: S308 (a rendered template)


@register.simple_tag(takes_context=True)
def site_footer(context) -> str:
    """components/footer.html, rendered once per site and language for each
    content version in this process (elearning.fragments): it shows only
    content (site settings, the pages they link to) and the same words for
    everyone."""
    request = context.get("request")
    site = getattr(request, "_wagtail_site", None)
    if site is None:
        return context.template.engine.get_template("components/footer.html").render(context)
    return fragments.render_once(context, "components/footer.html", (site.pk,))


@register.simple_tag(takes_context=True)
def site_header(context) -> str:
    """components/header.html, rendered once per site, language and kind of
    visitor (signed in or not, staff, user representative) for each content
    version in this process (elearning.fragments); the language switcher,
    which links to this page (rendered once per path, query and language),
    and the log-out form's CSRF token are put in on every request."""
    request = context.get("request")
    site = getattr(request, "_wagtail_site", None)
    user = context.get("user")

    def switcher() -> str:
        def render() -> str:
            return context.template.engine.get_template("components/language_switcher.html").render(context)

        # Its links show only the path and the languages: rendered once for each page in this process.
        # Only for a page's own address: any other path or query string, which anyone can make up,
        # would fill the process's cache and push out what is kept there.
        if request is None or not isinstance(context.get("page"), Page) or request.META.get("QUERY_STRING"):
            return render()
        key = (
            "elearning:language-switcher",
            translation.get_language(),
            getattr(request, "requested_language", None),
            request.path,
        )
        return content_cache.local(key, render)

    if site is None or user is None:
        with context.push(language_switcher=mark_safe(switcher())):  # noqa: S308 (a rendered template)
            return context.template.engine.get_template("components/header.html").render(context)
    visitor = (user.is_authenticated, user.is_staff, bool(context.get("nav_is_user_representative")))
    return fragments.render_once(
        context, "components/header.html", (site.pk, *visitor), holes={"language_switcher": switcher}
    )
