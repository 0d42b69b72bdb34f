"""Every admin page our apps add has a browser title of its own (WCAG 2.4.2): a superuser GETs every admin view
of ours (the URL resolver walked as in test_admin_strings), parameters filled with real objects, and each HTML
page's <title> has text before Wagtail's " - Wagtail"."""

import re

import pytest
from django.urls import get_resolver

from exports import services as export_services
from tests.elearning.admin_urls import OUR_APPS, walk_urls
from tests.factories.accounts import UserFactory
from tests.factories.cohorts import build_cohort
from tests.factories.modules import CourseIndexPageFactory, build_course
from tests.factories.quizzes import build_quiz
from tests.factories.theme_sessions import SessionPageFactory, ThemeSessionIndexPageFactory

pytestmark = pytest.mark.django_db

PARAMETER = re.compile(r"<(?:\w+:)?(\w+)>")
TITLE = re.compile(r"<title>(.*?) - [^<]*</title>", re.S)


def _our_admin_routes():
    for route, pattern in walk_urls(get_resolver()):
        module = (getattr(pattern.callback, "__module__", "") or "").split(".")[0]
        if "admin/" in route and module in OUR_APPS:
            yield "/" + route


def test_every_admin_page_of_ours_has_a_title(client, home):
    admin = UserFactory(is_staff=True, is_superuser=True)
    client.force_login(admin)
    course, _modules = build_course(CourseIndexPageFactory(parent=home), modules=1, lessons=1)
    session = SessionPageFactory(parent=ThemeSessionIndexPageFactory(parent=home))
    job = export_services.job_start(
        user=admin, dataset_key="lesson_progress", filters={"course": course.pk}, format="csv"
    )
    values = {
        "cohort_id": build_cohort(course).pk,
        "quiz_id": build_quiz().pk,
        "session_id": session.pk,
        "key": "lesson_progress",
        "job_id": job.pk,
        "registration_id": 999999,  # POST-only: a GET is refused before any lookup
        "plan_id": 999999,  # POST-only as well
    }
    untitled, checked = {}, 0
    for route in _our_admin_routes():
        missing = set(PARAMETER.findall(route)) - set(values)
        assert not missing, f"{route}: give {missing} a value in this test"
        path = PARAMETER.sub(lambda match: str(values[match.group(1)]), route)
        response = client.get(path)
        html = response.content.decode() if "html" in response.get("Content-Type", "") else ""
        if "<title>" not in html:  # a file, a partial for htmx, or a POST-only view's 405
            continue
        checked += 1
        title = TITLE.search(html)
        if not title or not title.group(1).strip():
            untitled[path] = html[html.index("<title>") : html.index("</title>") + 8]
    assert checked > 20
    assert not untitled, "Admin pages without a title (WCAG 2.4.2):\n" + "\n".join(
        f"{k}: {v}" for k, v in untitled.items()
    )
