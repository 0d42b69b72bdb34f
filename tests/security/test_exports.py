"""The export pages live in the Wagtail admin, which the product sweep
(test_sweep.py) leaves to Wagtail. Their ids name one person's export, so
they are swept here the same way: every exports_admin URL with an id, found by
walking the resolver, is refused to a stranger (even a superuser: 404) and to
someone anonymous (sent to log in), with GET and POST."""

import pytest
from django.test import Client

from exports import services
from tests.factories.accounts import StaffFactory
from tests.factories.exports import build_progress, exporter
from tests.security.urlwalk import all_routes

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


def test_every_export_url_with_an_id_is_refused_to_others(home):
    course, _lessons, _learners = build_progress(home)
    owner = exporter()
    job = services.job_start(user=owner, dataset_key="lesson_progress", filters={"course": course.pk}, format="csv")
    services.job_run(job_id=job.pk)
    routes = [r for r in all_routes() if r.namespace == "exports_admin" and r.int_params]
    assert {r.name for r in routes} == {"job", "download"}
    stranger, anonymous, mine = Client(), Client(), Client()
    stranger.force_login(StaffFactory())
    mine.force_login(owner)
    for route in routes:
        path = route.path({"job_id": job.pk})
        assert mine.get(path).status_code == 200, path
        assert stranger.get(path).status_code == 404, f"stranger GET {path}"
        assert stranger.post(path).status_code == 405, f"stranger POST {path}"  # GET only, for everyone
        for method in ("get", "post"):
            response = getattr(anonymous, method)(path)
            assert response.status_code == 302 and "/login/" in response["Location"], f"anonymous {method} {path}"
