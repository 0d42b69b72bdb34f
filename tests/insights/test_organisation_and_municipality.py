"""The organisation and municipality from the learner's profile in the
reports: filters and grouping, small groups hidden, the files; never on the
report about one person."""

import csv
import io

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from evaluations.models import FormKind
from insights import suppression
from tests.i18n import nb
from tests.insights.conftest import grant, learners

pytestmark = pytest.mark.django_db


def _csv(response) -> list[list[str]]:
    content = b"".join(response.streaming_content).decode("utf-8").lstrip("\ufeff")
    return list(csv.reader(io.StringIO(content)))


def test_the_municipality_filter_is_exact_and_the_organisation_filter_is_part_of_the_text(client, analyst, course):
    learners(course, 5, organisation="Helse Bergen HF, Lærings- og mestringssenteret", municipality="4601")
    learners(course, 5, organisation="Bergen kommune, Frisklivssentralen", municipality="4601")
    learners(course, 5, organisation="Sykehuset Innlandet HF", municipality="3403")
    learners(course, 5, organisation="Sykehuset Innlandet HF", municipality="")
    client.force_login(analyst)
    url = reverse("insights_completion")

    def learners_in(query):
        return sum(row["learners"] for row in client.get(url, query).context["object_list"])

    assert learners_in({}) == 20
    assert learners_in({"municipality": "4601"}) == 10
    assert learners_in({"municipality": "3403"}) == 5
    assert learners_in({"organisation": "INNLANDET"}) == 10
    assert learners_in({"organisation": "bergen"}) == 10
    assert learners_in({"organisation": "bergen", "municipality": "3403"}) == 0


def test_completion_by_municipality_names_the_municipality_and_hides_small_groups(client, analyst, course):
    learners(course, 5, municipality="1818")
    learners(course, 5, municipality="5540")
    learners(course, 2, municipality="0301")
    learners(course, 5, municipality="")
    client.force_login(analyst)
    url = reverse("insights_completion")
    rows = client.get(url, {"by": "municipality"}).context["object_list"]
    assert [(row["label"], row["learners"]) for row in rows] == [
        (nb("No municipality given"), 5),
        ("Oslo", suppression.HIDDEN),
        ("Herøy (Nordland)", 5),
        ("Gáivuotna - Kåfjord - Kaivuono", 5),
    ]
    csv_rows = _csv(client.get(url, {"by": "municipality", "export": "csv"}))
    assert [row[:2] for row in csv_rows[1:]] == [
        [nb("No municipality given"), "5"],
        ["Oslo", "<5"],
        ["Herøy (Nordland)", "5"],
        ["Gáivuotna - Kåfjord - Kaivuono", "5"],
    ]


def test_completion_by_organisation_ignores_case_and_spaces(client, analyst, course):
    learners(course, 3, organisation="Helse Bergen HF")
    learners(course, 3, organisation=" helse bergen hf ")
    learners(course, 4, organisation="Frisklivssentralen")
    client.force_login(analyst)
    rows = client.get(reverse("insights_completion"), {"by": "organisation"}).context["object_list"]
    assert [(row["label"], row["learners"]) for row in rows] == [
        ("Frisklivssentralen", suppression.HIDDEN),
        ("Helse Bergen HF", 6),
    ]


def test_the_evaluation_reports_filter_by_municipality_too(client, analyst, course):
    client.force_login(analyst)
    url = reverse("insights_evaluation_scores")
    assert client.get(url, {"kind": FormKind.COURSE_END, "municipality": "4601"}).status_code == 200
    refused = client.get(url, {"municipality": "0000"})
    assert refused.status_code == 422
    assert nb("Choose a municipality from the list.") in refused.content.decode()


def test_the_report_about_one_person_leaves_out_the_organisation_and_the_municipality(client, analyst, course):
    """The profile form promises they are used for statistics only."""
    (person,) = learners(course, 1, organisation="Helse Bergen HF, Lærings- og mestringssenteret", municipality="4601")
    grant(analyst, "view_person_reports")
    client.force_login(analyst)
    url = reverse("insights_person")
    page = client.get(url, {"person": person.email})
    (row,) = page.context["object_list"]
    assert "organisation" not in row and "municipality" not in row
    assert "Helse Bergen HF" not in page.content.decode()
    heading, line = _csv(client.get(url, {"person": person.email, "export": "csv"}))
    assert nb("Municipality") not in heading and "Bergen" not in ",".join(line)


def test_grouping_and_filtering_by_place_runs_as_many_queries_for_more_learners(client, analyst, course):
    client.force_login(analyst)
    url = reverse("insights_completion")
    queries = [
        {"by": "municipality"},
        {"by": "organisation", "municipality": "4601"},
        {"by": "municipality", "organisation": "helse", "export": "csv"},
    ]

    def counts():
        result = []
        for query in queries:
            client.get(url, query)  # fills the caches the admin keeps
            with CaptureQueriesContext(connection) as captured:
                response = client.get(url, query)
                if query.get("export"):
                    b"".join(response.streaming_content)
            assert response.status_code == 200
            result.append(len(captured))
        return result

    for number in ("4601", "5501", "0301"):
        learners(course, 1, organisation=f"Helse {number}", municipality=number)
    small = counts()
    for number in ("4601", "5501", "0301", "1804", "3403", "5540"):
        learners(course, 5, organisation=f"Helse {number}", municipality=number)
    assert counts() == small
