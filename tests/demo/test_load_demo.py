"""manage.py load_demo runs every loader in order, so that what one loader
makes is there for the next: the course finds its quizzes, and a theme
session finds the course lesson it covers."""

import io

import pytest
from django.core.management import call_command

from modules.models import LessonPage
from theme_sessions.models import SessionPage

pytestmark = pytest.mark.django_db


def test_load_demo_runs_every_loader_in_order(django_capture_on_commit_callbacks):
    out = io.StringIO()
    with django_capture_on_commit_callbacks(execute=True):
        call_command("load_demo", stdout=out)

    loaded = [line.rsplit(": ", 1)[1] for line in out.getvalue().splitlines() if "Demo content loaded:" in line]
    assert loaded == [
        "accounts",
        "elearning",
        "quizzes",
        "modules",
        "cohorts",
        "theme_sessions",
        "coteaching",
        "stories",
        "assignments",
        "evaluations",
    ]
    assert "does not exist yet" not in out.getvalue()  # every quiz was there before the course placed it
    assert LessonPage.objects.filter(completion_rule="quiz").exists()
    session = SessionPage.objects.get(slug="helsekompetanse-i-digitale-kurs")
    credited = LessonPage.objects.filter(pk__in=session.credits.values("lesson_id"))
    assert [lesson.slug for lesson in credited] == ["hva-er-helsekompetanse"]
    assert not credited.filter(completion_rule="quiz").exists()
    # The evaluations found the living cohort with everyone the assignments added: day 2 has five answers.
    assert "Evaluation demo: 3 forms, 11 new answers" in out.getvalue()
