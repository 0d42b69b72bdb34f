"""The project's own middleware.

CachedSiteMiddleware: the Wagtail Site of a request from this process's
memory: Wagtail looks it up in the database on every request
(Site.find_for_request); the answer only changes with the content version
(elearning.content_cache), which saving a site or a page starts anew. The
session (elearning.sessions) is read with the content version, in one round
trip.

SignedInNoStoreMiddleware: what a signed-in user is shown is kept by no
browser or proxy."""

from django.http.request import split_domain_port
from django.utils.cache import patch_cache_control
from wagtail.models import Site

from elearning import content_cache
from elearning.sessions import SessionStore


class CachedSiteMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        session = getattr(request, "session", None)
        if isinstance(session, SessionStore) and session.session_key:
            session.read_ahead(content_cache.read_with_version([session.cache_key]).get(session.cache_key))
        if not hasattr(request, "_wagtail_site"):
            # As Site._find_for_request: the raw host, so ALLOWED_HOSTS is still checked where it was.
            key = ("elearning:site", split_domain_port(request._get_raw_host())[0], request.get_port())
            request._wagtail_site = content_cache.local(key, lambda: Site._find_for_request(request))
        return self.get_response(request)


class SignedInNoStoreMiddleware:
    """A response to a signed-in user that says nothing of caching itself is
    ``private, no-store``. Their progress, answers, plans and messages are
    then kept by no proxy and by no browser cache: not on a computer shared
    at work after they sign out, and not in the back button's page cache,
    which would show a lesson as it was before it was marked complete. A
    view that says how it may be cached (a calendar feed, a certificate) is
    left as it says."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated and not response.has_header("Cache-Control"):
            patch_cache_control(response, private=True, no_store=True)
        return response
