from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from django.views.i18n import set_language
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from elearning import views
from elearning.sitemap import ReadableSitemap

handler403 = "elearning.views.permission_denied"
handler404 = "elearning.views.page_not_found"
handler500 = "elearning.views.server_error"

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("i18n/setlang/", set_language, name="set_language"),
    path("healthz", views.healthz, name="healthz"),
    path("robots.txt", views.robots_txt, name="robots_txt"),
    path("favicon.ico", views.favicon, name="favicon"),
    path("sitemap.xml", sitemap, {"sitemaps": {"pages": ReadableSitemap}}, name="sitemap"),
]

urlpatterns += i18n_patterns(
    path("konto/", include("accounts.urls")),
    path("accounts/", include("allauth.urls")),
    path("sok/", views.search, name="search"),
    path("kurs-handling/", include("modules.urls")),
    path("kursbevis/", include("modules.certificate_urls")),
    path("kull/", include("cohorts.urls")),
    path("quiz/", include("quizzes.urls")),
    path("temasamlinger-handling/", include("theme_sessions.urls")),
    path("samarbeid/", include("coteaching.urls")),
    path("brukerinnlegg/", include("stories.urls")),
    path("oppgaver/", include("assignments.urls")),
    path("evaluering/", include("evaluations.urls")),
    path("", include(wagtail_urls)),
    prefix_default_language=False,
)

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns = static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT) + urlpatterns
