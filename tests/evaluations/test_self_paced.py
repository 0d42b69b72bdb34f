"""One way to evaluate: a self-paced course's end-of-course form sits in the
course page's sidebar once the learner has completed the course, and the old
modules.CourseEvaluation rows became responses to it (data migration)."""

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.utils import timezone

from evaluations.models import EvaluationForm, EvaluationResponse, FormKind
from modules import services as course_services
from modules.models import CourseFormat, LessonPage
from tests.factories.accounts import UserFactory
from tests.factories.evaluations import answers, build_form
from tests.i18n import nb

HTMX = {"HTTP_HX_REQUEST": "true"}


@pytest.fixture
def course_end(course):
    return build_form(course, FormKind.COURSE_END, likert=1, text=1)


def _complete(user, course):
    course_services.course_enrol(user=user, course=course)
    for lesson in LessonPage.objects.live().descendant_of(course):
        course_services.lesson_mark_complete(user=user, lesson_id=lesson.pk)


@pytest.mark.django_db
def test_a_learner_who_completed_answers_in_the_course_page_sidebar(client, course, course_end):
    user = UserFactory()
    _complete(user, course)
    client.force_login(user)

    page = client.get(course.url)
    assert f'action="/evaluering/kurs/{course.pk}/"' in page.content.decode()

    accepted = client.post(f"/evaluering/kurs/{course.pk}/", answers(course_end), **HTMX)
    assert accepted.status_code == 200
    assert nb("Thank you for your evaluation!") in accepted.content.decode()
    assert EvaluationResponse.objects.filter(user=user, cohort=None, form=course_end).count() == 1
    assert nb("You have already answered this evaluation. Thank you!") in client.get(course.url).content.decode()


@pytest.mark.django_db
def test_before_completion_there_is_no_box_and_a_post_is_refused(client, course, course_end):
    user = UserFactory()
    course_services.course_enrol(user=user, course=course)
    client.force_login(user)

    assert "/evaluering/kurs/" not in client.get(course.url).content.decode()
    refused = client.post(f"/evaluering/kurs/{course.pk}/", answers(course_end))

    assert refused.status_code == 409
    assert nb("You can evaluate the course when you have completed it.") in refused.content.decode()
    assert not EvaluationResponse.objects.exists()


@pytest.mark.django_db
def test_someone_not_enrolled_or_a_cohort_course_gets_404(client, course, course_end):
    client.force_login(UserFactory())
    assert client.get(f"/evaluering/kurs/{course.pk}/").status_code == 404

    user = UserFactory()
    _complete(user, course)
    course.course_format = CourseFormat.COHORT
    course.save()
    client.force_login(user)
    assert client.get(f"/evaluering/kurs/{course.pk}/").status_code == 404


# PostgreSQL: going back to before the fold re-adds the old columns, which
# SQLite does by rebuilding the table from the migration state of that
# branch and so drops columns other branches added since.
@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_the_data_migration_turns_old_evaluations_into_responses(course):
    user = UserFactory()
    # Back to before the fold: evaluations 0002 and what depends on it (the
    # modules migration that removes the old model) are unapplied.
    executor = MigrationExecutor(connection)
    executor.migrate([("evaluations", "0001_add_evaluation_forms_and_responses")])
    executor = MigrationExecutor(connection)
    applied = [node for node in executor.loader.applied_migrations if node in executor.loader.graph.nodes]
    old_apps = executor.loader.project_state(applied).apps
    old_course = old_apps.get_model("modules", "CoursePage").objects.get(pk=course.pk)
    old_course.evaluation_question = "Hva bør vi beholde?"
    old_course.save(update_fields=["evaluation_question"])
    old_apps.get_model("modules", "CourseEvaluation").objects.create(
        course_id=course.pk, user_id=user.pk, rating=4, comment="Gode eksempler.", created_at=timezone.now()
    )

    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(executor.loader.graph.leaf_nodes())

    form = EvaluationForm.objects.get(course=course, kind=FormKind.COURSE_END)
    rating, comment = form.questions.order_by("sort_order")
    assert (rating.kind, rating.required, comment.kind, comment.text) == ("likert", True, "text", "Hva bør vi beholde?")
    response = EvaluationResponse.objects.get(form=form)
    assert (response.user_id, response.cohort_id) == (user.pk, None)
    assert sorted((a.question_id, a.likert, a.text) for a in response.answers.all()) == [
        (rating.pk, 4, ""),
        (comment.pk, None, "Gode eksempler."),
    ]
