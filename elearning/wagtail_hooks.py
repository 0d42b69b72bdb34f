"""Hook names the site defines for the domain apps.

``home_page_sections``: ``fn(request, page) -> dict | None``; a dict with a
``template`` key (and whatever that template needs) adds a section to the
front page, in the order the hooks were registered (apps in INSTALLED_APPS
order)."""

from wagtail import hooks

from elearning import languages

HOME_SECTIONS_HOOK = "home_page_sections"


@hooks.register("before_serve_page")
def serve_in_page_language(page, request, args, kwargs):
    return languages.serve_in_page_language(page, request)
