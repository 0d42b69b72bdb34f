"""A gunicorn worker killed with SIGKILL in the middle of a quiz submit, on
production settings and PostgreSQL. The kill lands inside the submit's
transaction, after the attempt row was graded and before the commit: the
test holds the row the submit writes next (the lesson's completion) in a
transaction of its own, so the worker waits there until it is killed.
Afterwards the attempt is still open, nothing of the grading was kept, and
the learner's retry grades it exactly once -- never half-written, never a 500."""

import os
import signal
import threading

import pytest
from django.db import connection, transaction
from django.urls import reverse

from modules import services as module_services
from modules.models import LessonCompletion
from quizzes import services as quiz_services
from quizzes.models import Attempt
from tests.celery_worker import wait_until
from tests.factories.accounts import UserFactory
from tests.factories.modules import CourseIndexPageFactory
from tests.factories.quizzes import answer_all, build_quiz
from tests.faults.web import start_gunicorn
from tests.quizzes.conftest import make_quiz_course

pytestmark = [pytest.mark.faults, pytest.mark.postgres, pytest.mark.django_db(transaction=True)]


def _waiting_backend(table: str) -> int | None:
    """The PostgreSQL backend waiting for a lock to write `table`, if any."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT pid FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query LIKE %s "
            "AND datname = current_database()",
            [f'INSERT INTO "{table}"%'],
        )
        row = cursor.fetchone()
    return row[0] if row else None


def _has_written(pid: int, table: str) -> bool:
    """Has backend `pid` changed rows of `table` in its open transaction?"""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT 1 FROM pg_locks l JOIN pg_class c ON c.oid = l.relation "
            "WHERE l.pid = %s AND c.relname = %s AND l.mode = 'RowExclusiveLock' AND l.granted",
            [pid, table],
        )
        return cursor.fetchone() is not None


def _backend_gone(pid: int) -> bool:
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1 FROM pg_stat_activity WHERE pid = %s", [pid])
        return cursor.fetchone() is None


def test_a_web_worker_killed_mid_submit_leaves_the_attempt_open_and_the_retry_grades_it_once(home, tmp_path):
    quiz_course = make_quiz_course(CourseIndexPageFactory(parent=home), build_quiz())
    learner = UserFactory()
    module_services.course_enrol(user=learner, course=quiz_course.course)
    attempt, _ = quiz_services.attempt_start(user=learner, quiz_id=quiz_course.quiz.pk, lesson_id=quiz_course.lesson.pk)
    answer_all(attempt, user=learner)
    submit = reverse("quizzes:submit", args=[attempt.pk])
    table = LessonCompletion._meta.db_table

    holding, release = threading.Event(), threading.Event()

    def hold_the_completion():
        """An uncommitted completion of the same lesson: the worker's insert
        waits on the unique index until this transaction ends (rolled back)."""
        try:
            with transaction.atomic():
                LessonCompletion.objects.create(user=learner, lesson=quiz_course.lesson, course=quiz_course.course,
                                                source="test")  # fmt: skip
                holding.set()
                release.wait(timeout=120)
                transaction.set_rollback(True)
        finally:
            connection.close()

    with start_gunicorn(tmp_path) as web:
        session = web.login(learner)
        holder = threading.Thread(target=hold_the_completion)
        holder.start()
        answers: list = []
        try:
            assert holding.wait(timeout=30)

            def first_submit():
                try:
                    answers.append(web.request("POST", submit, session=session, form={}))
                except OSError as error:  # the worker died with the request
                    answers.append(error)

            request = threading.Thread(target=first_submit)
            request.start()
            backend: list[int] = []

            def waiting():
                assert not answers, f"the submit answered before it reached the completion: {answers}\n{web.output}"
                backend.append(_waiting_backend(table))
                return backend[-1]

            wait_until(waiting, timeout=60, message=f"the submit never reached the completion:\n{web.output}")
            [worker] = web.workers()
            # The worker graded the attempt inside its transaction; nothing is committed yet.
            assert _has_written(backend[-1], Attempt._meta.db_table)
            attempt.refresh_from_db()
            assert attempt.submitted_at is None
            os.kill(worker, signal.SIGKILL)
            request.join(timeout=60)
        finally:
            release.set()
            holder.join(timeout=60)
        # The worker's database session ends without a commit.
        wait_until(lambda: _backend_gone(backend[-1]), timeout=60)
        assert len(answers) == 1 and isinstance(answers[0], OSError), answers
        attempt.refresh_from_db()
        assert attempt.submitted_at is None and attempt.score is None  # still open, nothing half-written
        assert not LessonCompletion.objects.filter(user=learner).exists()

        review = reverse("quizzes:review", args=[attempt.pk])
        assert web.request("POST", submit, session=session, form={}) == (302, review)  # the retry
        assert web.request("POST", submit, session=session, form={}) == (302, review)  # and a replay
    attempt.refresh_from_db()
    assert attempt.submitted_at and attempt.passed
    assert Attempt.objects.filter(user=learner).count() == 1
    assert LessonCompletion.objects.filter(user=learner).count() == 1
    assert "Internal Server Error" not in web.output and "Traceback" not in web.output, web.output
