"""Routing of the course tree from this process's memory. Wagtail routes
every page request from the site's root, a query or two per level; the page
a course path leads to only changes with the content version
(elearning.content_cache: saving, deleting or moving any page starts a new
one), so the route to a course, module, lesson or learning path page is kept per site,
language and path. Wagtail's own serve view then uses it
(Page.route_for_request reads request._wagtail_route_for_request), and
view restrictions and the lesson gate run as before."""

from django.utils.translation import get_language
from wagtail import views as wagtail_views
from wagtail.models import Page, Site

from elearning import content_cache
from modules.models import CourseIndexPage, CoursePage, LearningPathPage, LessonPage, ModulePage

COURSE_PAGES = (CourseIndexPage, CoursePage, ModulePage, LessonPage, LearningPathPage)
MISSING = object()


class CourseRouteMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if view_func is not wagtail_views.serve or hasattr(request, "_wagtail_route_for_request"):
            return None
        path = view_kwargs.get("path", view_args[0] if view_args else "")
        site = Site.find_for_request(request)
        if site is None:
            return None
        key = ("modules:route", site.pk, get_language(), path)
        cached = content_cache.local_get(key, MISSING)
        if cached is not MISSING:
            request._wagtail_route_for_request = cached
            return None
        result = Page.route_for_request(request, path)
        if result is not None and isinstance(result[0], COURSE_PAGES):
            content_cache.local_set(key, result)
        return None
