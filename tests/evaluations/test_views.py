import datetime

import pytest
from django.contrib.auth.models import Permission
from django.utils import timezone

from evaluations.models import EvaluationResponse, FormKind
from evaluations.services import field_name
from tests.factories.accounts import AdminUserFactory, UserFactory
from tests.factories.cohorts import ParticipantFactory, build_cohort
from tests.factories.evaluations import answers, build_form, respond
from tests.i18n import nb

pytestmark = pytest.mark.django_db
HTMX = {"HTTP_HX_REQUEST": "true"}


def day_url(cohort, day):
    return f"/evaluering/kull/{cohort.pk}/dag/{day.pk}/"


def test_a_participant_sees_the_form_of_a_past_day(client, learner, cohort, days, day_form):
    client.force_login(learner)

    response = client.get(day_url(cohort, days[0]))

    assert response.status_code == 200
    html = response.content.decode()
    assert day_form.title in html
    for question in day_form.questions.all():
        assert question.text in html
    assert f'name="{field_name(day_form.questions.first())}"' in html


def test_an_upcoming_day_says_when_the_form_opens(client, learner, cohort, days, day_form):
    client.force_login(learner)

    response = client.get(day_url(cohort, days[2]))

    assert response.status_code == 200
    assert "<form" not in response.content.decode().split('id="evaluation-box"')[1]


def test_a_plain_post_stores_the_answers_and_goes_back_to_the_cohort(client, learner, cohort, days, day_form):
    client.force_login(learner)

    response = client.post(day_url(cohort, days[0]), answers(day_form))

    assert response.status_code == 302
    assert response["Location"] == cohort.get_absolute_url()
    assert EvaluationResponse.objects.filter(user=learner, day=days[0]).count() == 1


def test_a_refused_post_keeps_what_was_written(client, learner, cohort, days, day_form):
    client.force_login(learner)
    data = answers(day_form, text="Det jeg skrev om gruppearbeidet")
    first = day_form.questions.order_by("sort_order").first()
    type(first).objects.filter(pk=first.pk).update(text="Dagen var relevant for arbeidet mitt.")
    data[field_name(first)] = ""

    response = client.post(day_url(cohort, days[0]), data)

    assert response.status_code == 422
    html = response.content.decode()
    assert "mitt.</a> " in html and "mitt.</a>:" not in html  # the summary joins without a stray ".:"
    assert "Det jeg skrev om gruppearbeidet" in html
    assert nb("Choose a value from 1 to 5. This question is required.") in html
    assert not EvaluationResponse.objects.exists()


def test_htmx_gets_the_box_back_with_422_then_the_thanks(client, learner, cohort, days, day_form):
    client.force_login(learner)
    bad = {**answers(day_form), field_name(day_form.questions.order_by("sort_order").first()): "9"}

    refused = client.post(day_url(cohort, days[0]), bad, **HTMX)
    accepted = client.post(day_url(cohort, days[0]), answers(day_form), **HTMX)
    again = client.post(day_url(cohort, days[0]), answers(day_form), **HTMX)

    assert refused.status_code == 422
    assert refused.content.decode().lstrip().startswith('<section id="evaluation-box"')
    assert accepted.status_code == 200
    assert nb("Thank you for your evaluation!") in accepted.content.decode()
    assert again.status_code == 409
    assert EvaluationResponse.objects.count() == 1


def test_a_plain_second_post_goes_back_to_the_cohort(client, learner, cohort, days, day_form):
    client.force_login(learner)
    client.post(day_url(cohort, days[0]), answers(day_form))

    response = client.post(day_url(cohort, days[0]), answers(day_form, likert=1))

    assert response.status_code == 302
    assert EvaluationResponse.objects.count() == 1


def test_anyone_outside_the_cohort_gets_404(client, cohort, days, day_form, course, leader):
    outsider = UserFactory()
    other = build_cohort(course, days=1, starts_on=cohort.starts_on)
    member_of_other = ParticipantFactory(cohort=other).user
    build_form(course, FormKind.COURSE_END)
    build_form(course, FormKind.FOLLOW_UP)
    forms = [
        day_url(cohort, days[0]),
        f"/evaluering/kull/{cohort.pk}/kursslutt/",
        f"/evaluering/kull/{cohort.pk}/oppfolging/",
    ]
    for user in (outsider, member_of_other, leader):
        client.force_login(user)
        for url in forms:
            assert client.get(url).status_code == 404, (user, url)
            assert client.post(url, answers(day_form)).status_code == 404, (user, url)
    for user in (outsider, member_of_other):
        client.force_login(user)
        assert client.get(f"/evaluering/kull/{cohort.pk}/resultater/").status_code == 404
    assert not EvaluationResponse.objects.exists()


def test_a_day_of_another_cohort_is_404(client, learner, cohort, course, day_form):
    other = build_cohort(course, days=1, starts_on=cohort.starts_on)
    client.force_login(learner)

    assert client.get(day_url(cohort, other.days.get())).status_code == 404


def test_a_kind_without_a_form_is_404(client, learner, cohort):
    client.force_login(learner)

    assert client.get(f"/evaluering/kull/{cohort.pk}/kursslutt/").status_code == 404


def test_anonymous_visitors_are_sent_to_log_in(client, cohort, days, day_form):
    response = client.get(day_url(cohort, days[0]))

    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/")


# --- Results ----------------------------------------------------------------------


def test_a_participant_cannot_see_the_results(client, learner, cohort):
    client.force_login(learner)

    assert client.get(f"/evaluering/kull/{cohort.pk}/resultater/").status_code == 404


@pytest.mark.parametrize("number_of_days", [2, 6])
def test_course_leaders_see_results_in_constant_queries(
    client, course, day_form, number_of_days, django_assert_num_queries
):
    cohort = build_cohort(course, days=number_of_days, starts_on=timezone.localdate() - datetime.timedelta(days=60))
    for day in cohort.days.all():
        for _ in range(5):
            respond(day_form, user=UserFactory(), cohort=cohort, day=day, text="Trygg stemning i gruppen.")
    leader = cohort.leaders.first().user
    client.force_login(leader)
    url = f"/evaluering/kull/{cohort.pk}/resultater/"
    client.get(url)  # sessions, site and translations warmed up

    with django_assert_num_queries(10):
        response = client.get(url)

    assert response.status_code == 200
    assert response.content.decode().count("Trygg stemning i gruppen.") == 5 * number_of_days


def test_staff_with_the_permission_see_a_cohort_in_the_admin(client, cohort, days, day_form):
    for _ in range(5):
        respond(day_form, user=UserFactory(), cohort=cohort, day=days[0], text="Nyttig dag.")
    staff = AdminUserFactory()
    client.force_login(staff)

    refused = client.get(f"/admin/evaluation-results/kull/{cohort.pk}/")
    staff.user_permissions.add(
        Permission.objects.get(content_type__app_label="evaluations", codename="view_evaluationresponse")
    )
    index = client.get("/admin/evaluation-results/")
    shown = client.get(f"/admin/evaluation-results/kull/{cohort.pk}/")

    assert refused.status_code == 403
    assert index.status_code == 200 and cohort.title in index.content.decode()
    assert shown.status_code == 200 and shown.content.decode().count("Nyttig dag.") == 5


def test_course_leaders_find_the_results_on_the_cohort_page(client, cohort, leader, learner):
    results = f'href="/evaluering/kull/{cohort.pk}/resultater/"'
    client.force_login(leader)
    assert results in client.get(cohort.get_absolute_url()).content.decode()
    client.force_login(learner)
    assert results not in client.get(cohort.get_absolute_url()).content.decode()
