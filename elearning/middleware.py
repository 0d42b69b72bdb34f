"""The Wagtail Site of a request from this process's memory: Wagtail looks
it up in the database on every request (Site.find_for_request); the answer
only changes with the content version (elearning.content_cache), which
saving a site or a page starts anew. The session (elearning.sessions) is
read with the content version, in one round trip."""

from django.http.request import split_domain_port
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
