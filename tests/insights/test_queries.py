"""Every report page answers with a number of queries that does not grow
with the data: counted on a small and a larger world (tests/insights/data.py)."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from insights.views import REPORTS
from tests.factories.accounts import StaffFactory
from tests.insights.data import build_world

pytestmark = pytest.mark.django_db

MAX_QUERIES = 20


def _queries(client, world) -> dict[str, int]:
    counts = {}
    for report in REPORTS:
        for export in ("", "csv", "xlsx"):
            query = {"course": world["course"].pk, "cohort": world["cohort"].pk, "person": world["people"][0].email}
            query = {key: value for key, value in query.items() if key in report.filterset_class.base_filters}
            if export:
                query["export"] = export
            url = reverse(report.url_name())
            client.get(url, query)  # fills the caches the admin keeps
            with CaptureQueriesContext(connection) as queries:
                response = client.get(url, query)
            assert response.status_code == 200, (url, query)
            if export:
                b"".join(response.streaming_content)
            counts[f"{report.slug} {export}"] = len(queries)
    return counts


def test_report_pages_run_as_many_queries_for_more_data(client, home, course_index):
    client.force_login(StaffFactory())  # may see every report, the theme sessions' answers too
    small = _queries(client, build_world(home, course_index, size=5))
    larger = _queries(client, build_world(home, course_index, size=15))
    assert larger == small
    assert max(small.values()) <= MAX_QUERIES, small
