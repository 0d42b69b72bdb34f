"""The sitemap for search engines: only pages a visitor without an account
can read, each at the site's public address (SITE_URL), never at the host
name the Wagtail Site row happens to hold (``http://localhost/``)."""

from django.conf import settings
from django.db.models import Q
from wagtail.contrib.sitemaps import Sitemap

from modules.models import CoursePage, LessonPage


class ReadableSitemap(Sitemap):
    def items(self):
        pages = super().items()
        # A lesson is readable without an account only in a course open for reading.
        closed = CoursePage.objects.live().filter(open_reading=False).values_list("path", flat=True)
        hidden = Q()
        for path in closed:
            hidden |= Q(path__startswith=path, content_type__model=LessonPage._meta.model_name)
        return pages.exclude(hidden) if hidden else pages

    def _urls(self, page, protocol, domain):
        urls = super()._urls(page, protocol, domain)
        for url in urls:
            url["location"] = _public(url["location"])
        return urls


def _public(location: str) -> str:
    # Keep the path (with any language prefix), take the address from SITE_URL.
    _scheme, _sep, rest = location.partition("://")
    path = "/" + rest.partition("/")[2] if rest else location
    return f"{settings.SITE_URL.rstrip('/')}{path}"
