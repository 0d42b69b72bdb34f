"""The quiz statistics on the report base: the overview and the item
analysis, their permission and their small groups."""

from decimal import Decimal

import pytest
from django.contrib.auth.models import Permission
from django.urls import reverse

from insights import suppression
from tests.factories.accounts import AdminUserFactory
from tests.factories.quizzes import build_quiz
from tests.i18n import nb
from tests.insights.data import build_world

pytestmark = pytest.mark.django_db


@pytest.fixture
def viewer(db):
    user = AdminUserFactory()
    user.user_permissions.add(Permission.objects.get(content_type__app_label="quizzes", codename="view_attempt"))
    return user


def test_the_overview_and_the_item_analysis(client, viewer, home, course_index):
    quiz = build_world(home, course_index, size=6)["quiz"]
    client.force_login(viewer)
    (row,) = client.get(reverse("insights_quizzes")).context["object_list"]
    assert (row["attempts"], row["learners"], row["passed"], row["rate"]) == (6, 6, 2, Decimal("33.3"))

    url = reverse("insights_quiz_items")
    assert client.get(url).context["object_list"] == []
    untried = build_quiz(["single"], title="Ingen har prøvd")
    response = client.get(url, {"quiz": untried.pk})
    assert response.status_code == 200 and response.context["object_list"] == []
    assert nb("No one has submitted an attempt at this quiz yet.") in response.content.decode()
    rows = client.get(url, {"quiz": quiz.pk}).context["object_list"]
    assert [(row["position"], row["drawn"], row["facility"]) for row in rows] == [
        (1, 6, Decimal("0.33")),
        (2, 6, Decimal("0.33")),
    ]
    response = client.get(url, {"quiz": quiz.pk, "export": "xlsx"})
    assert response["Content-Disposition"].endswith(f'filename="{quiz.slug}-items.xlsx"')


def test_a_quiz_taken_by_few_is_hidden(client, viewer, home, course_index, settings):
    quiz = build_world(home, course_index, size=6)["quiz"]
    settings.REPORTS_MIN_GROUP_SIZE = 7
    client.force_login(viewer)
    (row,) = client.get(reverse("insights_quizzes")).context["object_list"]
    assert row["rate"] is suppression.HIDDEN
    rows = client.get(reverse("insights_quiz_items"), {"quiz": quiz.pk}).context["object_list"]
    assert {row["facility"] for row in rows} == {suppression.HIDDEN}


def test_quiz_statistics_need_the_quiz_permission(client, analyst):
    client.force_login(analyst)  # may see statistics, not quiz attempts
    for name in ("insights_quizzes", "insights_quiz_items"):
        response = client.get(reverse(name))
        assert response.status_code == 302 and response.url == reverse("wagtailadmin_home")
