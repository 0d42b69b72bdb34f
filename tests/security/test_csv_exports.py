"""Every CSV the site writes neutralises formula cells (CSV injection):
text that starts with = + - @ tab or carriage return gets an apostrophe
(elearning/spreadsheet.py).

Two kinds of writer, both found without a list kept by hand:
- Wagtail's spreadsheet exports (a ``list_export`` on a report, an index or
  a snippet viewset): every view with ``SpreadsheetExportMixin`` reachable
  in the URL resolver, each of its columns fed text, lists and objects
  whose name is a formula, through the same preprocessing its CSV uses.
- Modules that write CSV themselves (``csv.writer``/``csv.DictWriter``, or
  ``exports.cells.csv_line`` beside PostgreSQL's COPY):
  each must be named in ``HAND_WRITTEN`` with the test that feeds it a
  formula; a new one fails here until it is. The export jobs' datasets
  (exports/registry.py) all go through one writer, fed formulas below.
"""

import csv
import io
import re

import pytest
from django.conf import settings
from django.urls import reverse
from wagtail.admin.views.mixins import SpreadsheetExportMixin

from exports import registry
from exports.writers import python_csv, write_csv
from modules import services as module_services
from modules.models import LessonCompletion
from tests.factories.accounts import StaffFactory, UserFactory
from tests.factories.modules import CourseIndexPageFactory, build_course
from tests.security.urlwalk import all_routes

PAYLOADS = ['=HYPERLINK("http://x","y")', "+47 cmd", "-1+1", "@SUM(A1)", "\t=1", "\r=1"]


class _Named:
    """An object whose name (a user, a course, a cohort) is a formula."""

    def __init__(self, name: str):
        self.name = name

    def __str__(self) -> str:
        return self.name


def export_views() -> dict[str, object]:
    views = {}
    for route in all_routes():
        view_class = getattr(route.callback, "view_class", None)
        if view_class and issubclass(view_class, SpreadsheetExportMixin):
            view = view_class(**getattr(route.callback, "view_initkwargs", {}))
            if view.list_export:
                model = getattr(view, "model", None)
                views[
                    f"{view_class.__module__}.{view_class.__qualname__}" + (f"[{model.__name__}]" if model else "")
                ] = view
    return views


def _cell(view, field: str, value) -> str | None:
    """The cell as the view's CSV writes it; None if the column cannot hold
    such a value (its own preprocessing wants, say, a content type)."""
    try:
        value = view.preprocess_field_value(field, value, SpreadsheetExportMixin.FORMAT_CSV)
    except (AttributeError, TypeError, ValueError, KeyError):
        return None
    buffer = io.StringIO()
    csv.writer(buffer).writerow([value])
    return next(csv.reader(io.StringIO(buffer.getvalue())))[0]


def test_the_walk_finds_the_site_s_exports():
    views = export_views()
    assert {"audit.admin_views.AuditLogView", "elearning.admin_views.FailedJobsView"} <= set(views), views
    models = {getattr(view, "model", None).__name__ for view in views.values() if getattr(view, "model", None)}
    assert {"Enrolment", "Participant"} <= models, models
    for name, view in views.items():  # every export has text columns the check below reaches
        assert any(_cell(view, field, "x") is not None for field in view.list_export), name


@pytest.mark.parametrize("payload", PAYLOADS)
def test_no_wagtail_export_writes_a_formula(payload):
    unsafe = []
    for name, view in export_views().items():
        for field in view.list_export:
            for value in (payload, _Named(payload), [payload, "b"]):
                cell = _cell(view, field, value)
                if cell and cell[:1] in ("=", "+", "-", "@", "\t", "\r"):
                    unsafe.append(f"{name}.{field} ({type(value).__name__}): {cell!r}")
    assert not unsafe, "\n".join(unsafe)


def test_numbers_stay_numbers():
    view = export_views()["elearning.admin_views.FailedJobsView"]
    assert _cell(view, "attempts", -5) == "-5"
    assert _cell(view, "last_error", "-5") == "'-5"  # text that looks like a number is still text


# Modules that write CSV themselves, and the test that feeds each a formula.
HAND_WRITTEN = {
    "exports/cells.py": "test_every_dataset_export_writes_formulas_as_text (below)",
    "exports/writers.py": "test_every_dataset_export_writes_formulas_as_text (below)",
    "quizzes/admin_views.py": "tests/quizzes/test_reports.py::test_csv_text_cannot_start_a_formula",
}
# csv.writer, or exports.cells' own CSV lines (PostgreSQL's dialect, which COPY writes too).
_WRITER = re.compile(r"\bcsv\.(writer|DictWriter)\(|\bcsv_line\(")


def test_every_module_that_writes_csv_itself_is_tested_with_a_formula():
    root = settings.BASE_DIR
    skip = {".venv", "node_modules", "tests", "var", "media", "bench"}
    writing = {
        str(path.relative_to(root))
        for path in root.rglob("*.py")
        if not skip & set(path.relative_to(root).parts) and _WRITER.search(path.read_text(encoding="utf-8"))
    }
    assert writing == set(HAND_WRITTEN), (
        "A module writes CSV with csv.writer: put each text cell through elearning.spreadsheet.csv_safe, "
        "add a test that feeds it a formula, and name both in HAND_WRITTEN here. "
        f"Not listed: {sorted(writing - set(HAND_WRITTEN))}; listed but gone: {sorted(set(HAND_WRITTEN) - writing)}"
    )


def test_the_enrolment_export_downloads_a_formula_name_as_text(client, home):
    """Defect: a learner named "=HYPERLINK(...)" ran as a formula in the
    enrolments CSV (the user column is an object, which the str-only rule missed)."""
    course, _built = build_course(CourseIndexPageFactory(parent=home), modules=1, lessons=1)
    learner = UserFactory(first_name='=HYPERLINK("http://x";"Klikk")', last_name="")
    module_services.course_enrol(user=learner, course=course)
    client.force_login(StaffFactory())
    response = client.get(reverse("wagtailsnippets_modules_enrolment:list") + "?export=csv")
    assert response.status_code == 200
    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode("utf-8-sig"))))
    assert rows[1][0].startswith("'=HYPERLINK"), rows


@pytest.mark.django_db
@pytest.mark.parametrize("payload", PAYLOADS)
@pytest.mark.parametrize("write", [python_csv, write_csv], ids=["python", "database"])
def test_every_dataset_export_writes_formulas_as_text(tmp_path, home, payload, write):
    """Every dataset of the export jobs is written by exports.writers
    (write_csv: by PostgreSQL's COPY there, by Python elsewhere, as python_csv)."""
    course, built = build_course(CourseIndexPageFactory(parent=home), modules=1, lessons=1)
    lesson = built[0][1][0]
    lesson.title = payload
    lesson.save(update_fields=["title"])
    learner = UserFactory()
    learner.profile.profession = payload
    learner.profile.save()
    LessonCompletion.objects.create(user=learner, lesson=lesson, course=course, source=payload[:16])
    dataset = registry.get("lesson_progress")
    path = tmp_path / "export.csv"
    rows = dataset.rows({"course": course.pk})
    assert write(path, [payload, *dataset.headings[1:]], rows, progress=lambda done: None, every=100) == 1
    with open(path, encoding="utf-8-sig", newline="") as handle:
        header, row = list(csv.reader(handle))
    assert header[0] == "'" + payload
    assert [row[2], row[4], row[6]] == ["'" + payload, "'" + payload, "'" + payload[:16]]
    assert row[0] == str(learner.pk) and row[3] == str(lesson.pk)
