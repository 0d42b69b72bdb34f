from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.http import HttpResponse, HttpResponsePermanentRedirect
from django.shortcuts import render
from django.template import loader
from django.templatetags.static import static
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET
from wagtail.models import Page

from elearning.site_url import absolute_url
from elearning.text import single_line

SEARCH_MAX_LENGTH = 200


@require_GET
def search(request):
    """Site search over live pages, with Wagtail's search backend
    (PostgreSQL full-text search on PostgreSQL)."""
    query = single_line(request.GET.get("q", ""))[:SEARCH_MAX_LENGTH]
    results = Page.objects.none()
    if query:
        results = Page.objects.live().public().specific().search(query)
    paginator = Paginator(results, 10)
    try:
        page = paginator.page(request.GET.get("page", 1))
    except (PageNotAnInteger, EmptyPage):
        page = paginator.page(1)
    return render(request, "elearning/search.html", {"query": query, "results": page})


@require_GET
def healthz(request):
    """Liveness probe for load balancers, and the baseline view in bench/."""
    return HttpResponse("ok", content_type="text/plain")


@require_GET
@cache_control(max_age=86400, public=True)
def favicon(request):
    """Browsers ask for /favicon.ico whatever the page says."""
    return HttpResponsePermanentRedirect(static("img/favicon.ico"))


@require_GET
@cache_control(max_age=86400, public=True)
def robots_txt(request):
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /konto/",
        "Disallow: /accounts/",
        "Disallow: /sok/",
        f"Sitemap: {absolute_url('/sitemap.xml')}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


def page_not_found(request, exception=None):
    return render(request, "404.html", status=404)


def permission_denied(request, exception=None):
    return render(request, "403.html", status=403)


def server_error(request):
    # Rendered without a request context: the failing request may be the cause.
    return HttpResponse(loader.get_template("500.html").render(), status=500)


def csrf_failure(request, reason=""):
    return render(request, "403_csrf.html", status=403)


def message_page(request, *, title: str, message: str, status: int, link: tuple[str, str] | None = None):
    """A page with one message, for links that no longer work and refused
    actions: a heading, the message, and an optional (url, text) link on."""
    return render(request, "message.html", {"title": title, "message": message, "link": link}, status=status)
