"""The registered datasets: what their rows hold and that they stream."""

import pytest

from exports import registry, services
from exports.models import ExportJob, ExportStatus
from quizzes import services as quizzes
from tests.factories.accounts import UserFactory
from tests.factories.exports import exporter
from tests.factories.quizzes import build_quiz

pytestmark = pytest.mark.django_db


def test_quiz_attempts_list_submitted_attempts_by_learner_id():
    quiz = build_quiz(types=["single", "true_false"])
    learners = [UserFactory() for _ in range(2)]
    for learner in learners:
        attempt, _created = quizzes.attempt_start(user=learner, quiz_id=quiz.pk, lesson_id=None)
        quizzes.attempt_submit(user=learner, attempt_id=attempt.pk)
    quizzes.attempt_start(user=UserFactory(), quiz_id=quiz.pk, lesson_id=None)  # open: not exported
    dataset = registry.get("quiz_attempts")
    rows = list(dataset.rows({"quiz": quiz.pk}))
    assert dataset.count({"quiz": quiz.pk}) == len(rows) == 2
    assert {row[1] for row in rows} == {u.pk for u in learners}
    assert all(row[2] == quiz.title and row[6] is not None for row in rows)

    staff = exporter(("quizzes", "view_attempt"))
    job = services.job_start(user=staff, dataset_key="quiz_attempts", filters={"quiz": quiz.pk}, format="csv")
    assert services.job_run(job_id=job.pk)
    job.refresh_from_db()
    assert (job.status, job.rows_done) == (ExportStatus.DONE, 2)


def test_a_dataset_is_offered_only_with_its_permission():
    staff = exporter()
    offered = {d.key for d in registry.for_user(staff)}
    assert "lesson_progress" in offered and "quiz_attempts" not in offered
    assert {"lesson_progress", "quiz_attempts"} <= {
        d.key for d in registry.for_user(exporter(("quizzes", "view_attempt")))
    }
    assert not ExportJob.objects.exists()
