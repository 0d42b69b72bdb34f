"""The evaluation reports: scores per statement and day, free-text answers,
small groups hidden."""

from decimal import Decimal

import pytest
from django.urls import reverse

from evaluations.models import EvaluationAnswer, FormKind
from insights import selectors, suppression
from tests.insights.data import build_world_in_site
from tests.module_data import built_once, for_test

pytestmark = pytest.mark.django_db


@built_once
def _world():
    return build_world_in_site(size=6)


@pytest.fixture
def world(_world, db):
    return for_test(_world)


def test_scores_per_statement_and_day(client, analyst, world):
    client.force_login(analyst)
    rows = client.get(reverse("insights_evaluation_scores"), {"course": world["course"].pk}).context["object_list"]
    day_rows = [row for row in rows if row["kind"] == FormKind.COURSE_DAY]
    # Six answers per statement: 2, 3, 4, 5, 2, 3 → mean 3.17, two of six agree.
    assert [(row["day"], row["answers"], row["mean"], row["agree_share"]) for row in day_rows] == [
        (1, 6, Decimal("3.17"), Decimal("33.3")),
    ] * 2
    (end_row,) = [row for row in rows if row["kind"] == FormKind.COURSE_END]
    assert end_row["answers"] is suppression.HIDDEN and end_row["mean"] is suppression.HIDDEN


def test_scores_filtered_by_form_and_role(client, analyst, world):
    client.force_login(analyst)
    url = reverse("insights_evaluation_scores")
    rows = client.get(url, {"kind": FormKind.COURSE_END}).context["object_list"]
    assert {row["kind"] for row in rows} == {FormKind.COURSE_END}
    rows = client.get(url, {"role": "user_representative"}).context["object_list"]
    assert rows == [] or {row["answers"] for row in rows} == {suppression.HIDDEN}


def test_free_text_answers_are_listed_and_hidden_for_a_small_group(client, analyst, world):
    client.force_login(analyst)
    url = reverse("insights_evaluation_comments")
    rows = client.get(url, {"course": world["course"].pk}).context["object_list"]
    day_texts = sorted(row["text"] for row in rows if row["kind"] == FormKind.COURSE_DAY)
    assert day_texts == [f"Kommentar {index}" for index in range(6)]
    end_texts = {row["text"] for row in rows if row["kind"] == FormKind.COURSE_END}
    assert end_texts == {suppression.HIDDEN}
    content = b"".join(client.get(url, {"course": world["course"].pk, "export": "csv"}).streaming_content)
    assert "Kommentar 3" in content.decode() and "Nyttig kurs." not in content.decode()


def test_free_text_answers_are_read_a_page_at_a_time(world, django_assert_num_queries):
    """The report counts the answers in the database and reads only the page
    it shows (with the size of each group that answered, once)."""
    rows = selectors.evaluation_comments(EvaluationAnswer.objects.all())
    with django_assert_num_queries(1):
        total = len(rows)
    with django_assert_num_queries(2):
        page = rows[1:3]
    with django_assert_num_queries(1):
        everything = list(rows)
    assert total == len(everything) > 3 and page == everything[1:3]
