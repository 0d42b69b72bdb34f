"""Hook names the site defines for the domain apps.

``home_page_sections``: ``fn(request, page) -> dict | None``; a dict with a
``template`` key (and whatever that template needs) adds a section to the
front page, in the order the hooks were registered (apps in INSTALLED_APPS
order)."""

HOME_SECTIONS_HOOK = "home_page_sections"
