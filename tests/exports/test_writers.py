"""The CSV and XLSX writers: every kind of cell, the formula rule, labels in
the active language, and on PostgreSQL the same bytes from COPY as from
Python on the same rows."""

import csv
import datetime
import io
from decimal import Decimal

import openpyxl
import pytest
from django.utils import timezone, translation

from accounts.models import Role
from exports import cells, registry, writers
from modules.models import LessonCompletion
from quizzes import services as quiz_services
from quizzes.models import Attempt
from tests.factories.accounts import UserFactory
from tests.factories.exports import build_progress
from tests.factories.quizzes import build_quiz
from tests.i18n import en, nb

pytestmark = pytest.mark.django_db

# 09:30 in Oslo in winter, 02:59 in summer (the seconds are cut, never rounded).
WINTER = datetime.datetime(2026, 11, 2, 8, 30, 59, tzinfo=datetime.UTC)
SUMMER = datetime.datetime(2026, 7, 1, 0, 59, 59, tzinfo=datetime.UTC)
TITLES = ['=HYPERLINK("x")', 'Komma, "sitat"', "Linje\nlinje", "Vogn\rretur"]


def _progress_rows(home):
    """Lesson progress with every hard case: titles and professions that
    need quoting or the formula rule, empty text, an unknown "how", a
    deleted learner (no role) and times either side of summer time."""
    course, lessons, people = build_progress(home, learners=2)
    for lesson, title in zip(lessons, TITLES, strict=True):
        lesson.title = title
        lesson.save(update_fields=["title"])
    people[0].profile.role = Role.USER_REPRESENTATIVE
    people[0].profile.profession = "+47 sykepleier"
    people[0].profile.organisation = "=Sykehuset, LMS"
    people[0].profile.municipality = "1818"  # Herøy in Nordland: the label is the name, with its county
    people[0].profile.save()
    completions = LessonCompletion.objects.filter(course=course).order_by("pk")
    completions.filter(pk=completions[0].pk).update(completed_at=WINTER, source="opened")
    completions.filter(pk=completions[1].pk).update(completed_at=SUMMER, source="@legacy")
    completions.filter(pk=completions[2].pk).update(source="")
    people[1].delete()
    return course


def _write(write, tmp_path, dataset, filters, name="out.csv"):
    path = tmp_path / name
    progress = []
    rows = write(path, dataset.headings, dataset.rows(filters), progress=progress.append, every=3)
    return path.read_bytes(), rows, progress


def _parsed(raw: bytes) -> list[list[str]]:
    assert raw.startswith(b"\xef\xbb\xbf")
    return list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline="")))


def test_progress_csv_cells_labels_local_times_and_the_formula_rule(tmp_path, home):
    course = _progress_rows(home)
    dataset = registry.get("lesson_progress")
    with translation.override("nb"):
        raw, count, progress = _write(writers.write_csv, tmp_path, dataset, {"course": course.pk})
    rows = _parsed(raw)
    assert count == 8 and progress == [3, 6, 8] and len(rows) == 9
    assert rows[0] == [
        nb(c)
        for c in (
            "Learner id",
            "Role",
            "Profession",
            "Lesson id",
            "Lesson",
            "Completed",
            "How",
            "Organisation",
            "Municipality",
        )
    ]
    first, second, third = rows[1:4]
    assert first[1:3] == [nb("User representative / experienced user"), "'+47 sykepleier"]
    assert first[4:] == [
        '\'=HYPERLINK("x")',
        "2026-11-02 09:30",
        nb("Opened the lesson"),
        "'=Sykehuset, LMS",
        "Herøy (Nordland)",
    ]
    assert second[4:7] == ['Komma, "sitat"', "2026-07-01 02:59", "'@legacy"]
    assert third[4] == "Linje\nlinje" and third[6] == ""
    assert rows[4][4] == "Vogn\rretur" and [row[4] for row in rows[5:]] == [row[4] for row in rows[1:5]]
    deleted = [row for row in rows[1:] if row[0] == ""]
    assert len(deleted) == 4 and all(row[1:3] == row[7:] == ["", ""] for row in deleted)
    assert raw.count(b"\r\n") == 0 and b',"Vogn\rretur",' in raw  # lines end in \n; a lone \r is quoted


def test_attempts_csv_numbers_yes_no_in_the_owner_s_language(tmp_path):
    quiz = build_quiz(types=["single"], title="=Quiz, 1")
    for _ in range(2):
        learner = UserFactory()
        attempt, _created = quiz_services.attempt_start(user=learner, quiz_id=quiz.pk, lesson_id=None)
        quiz_services.attempt_submit(user=learner, attempt_id=attempt.pk)
    Attempt.objects.filter(pk=attempt.pk).update(score=Decimal("87.50"), passed=True)
    dataset = registry.get("quiz_attempts")
    with translation.override("en"):
        rows = _parsed(_write(writers.write_csv, tmp_path, dataset, {"quiz": quiz.pk})[0])
    assert rows[0][-2:] == ["Score (%)", "Passed"]
    assert rows[1][2] == "'=Quiz, 1" and rows[1][6:] == ["0.00", en("No")]
    assert rows[2][6:] == ["87.50", en("Yes")] and int(rows[2][0]) == attempt.pk


@pytest.mark.postgres
def test_postgres_copy_writes_the_same_bytes_as_python(tmp_path, home):
    course = _progress_rows(home)
    quiz = build_quiz(types=["single"], title='Quiz "1"')
    learner = UserFactory()
    attempt, _created = quiz_services.attempt_start(user=learner, quiz_id=quiz.pk, lesson_id=None)
    quiz_services.attempt_submit(user=learner, attempt_id=attempt.pk)
    for language in ("nb", "en"):
        for key, filters in (("lesson_progress", {"course": course.pk}), ("quiz_attempts", {"quiz": quiz.pk})):
            dataset = registry.get(key)
            with translation.override(language):
                copied = _write(writers.copy_csv, tmp_path, dataset, filters, "copy.csv")
                python = _write(writers.python_csv, tmp_path, dataset, filters, "python.csv")
            assert copied == python, (key, language)
            assert copied[1] == dataset.count(filters) > 0


def test_python_cells_of_each_kind():
    kinds = [cells.Cell(kind) for kind in ("int", "decimal", "text", "bool", "datetime", "date")]
    labelled = cells.Cell("label", (("a", "Alfa"), ("b", "=B")))
    with translation.override("nb"):
        formats = cells.formatters([*kinds, labelled, labelled, labelled])
        values = [-5, Decimal("1.50"), "", False, WINTER, datetime.date(2026, 1, 2), "a", "b", "zz"]
        line = cells.csv_line([fmt(value) for fmt, value in zip(formats, values, strict=True)])
    assert line == f"-5,1.50,,{nb('No')},2026-11-02 09:30,2026-01-02,Alfa,'=B,zz\n"
    assert cells.csv_line([None, None]) == ",\n" and cells.csv_line(["\\."]) == '"\\."\n'
    assert timezone.get_current_timezone_name() == "Europe/Oslo"


def test_xlsx_keeps_formula_text_as_text_labels_and_local_times(tmp_path, home):
    course = _progress_rows(home)
    dataset = registry.get("lesson_progress")
    path = tmp_path / "x.xlsx"
    with translation.override("nb"):
        count = writers.write_xlsx(
            path, dataset.headings, dataset.rows({"course": course.pk}), progress=lambda n: None, every=3
        )
    sheet = openpyxl.load_workbook(path).active
    assert count == 8 and sheet.max_row == 9
    assert sheet["E2"].value == '=HYPERLINK("x")' and sheet["E2"].data_type == "s"
    assert sheet["F2"].value == datetime.datetime(2026, 11, 2, 9, 30, 59)
    assert sheet["G2"].value == nb("Opened the lesson") and sheet["B2"].value == nb(
        "User representative / experienced user"
    )
