"""Quiz statistics in the Wagtail admin: a report per quiz (attempts, pass
rate, score distribution, item analysis) and the attempts download. The list
of quizzes and the item analysis with its CSV and XLSX files are reports on
the staff reports' base (insights.views.quizzes); the old addresses lead
there. The numbers come from quizzes.reports, which documents the method.

Who may see them: staff with the ``quizzes.view_attempt`` permission
(superusers have it; give it to a group under Settings → Groups). Others get
403; users without access to the admin at all are sent to the login page by
Wagtail first.

The attempts export names learners only by a number (1, 2, 3 … in the order
of their first attempt at that quiz, see reports.learner_numbers), never by
name or e-mail: statistics do not need to know who, and a file that leaves
the platform should not say so. Free-text answers are not exported.

The attempts CSV streams from the database (one row per attempt, however
many; on PostgreSQL the database writes the lines) in the site's one CSV
format, as the export jobs write it (exports.cells): commas and a decimal
point, local times, UTF-8 with a byte order mark so Excel reads the letters
right.
"""

from django.contrib.auth.models import Permission
from django.db import connection, transaction
from django.http import StreamingHttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import include, path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin.menu import MenuItem
from wagtail.admin.widgets import Button

from elearning.spreadsheet import csv_safe
from exports import cells
from quizzes import reports
from quizzes.models import Quiz

PERMISSION = "quizzes.view_attempt"


def can_view_statistics(user) -> bool:
    return user.has_perm(PERMISSION)


def _forbidden(request):
    # Not PermissionDenied: Wagtail's admin turns that into a redirect to the
    # dashboard, and a refused request should say so with its status.
    return TemplateResponse(request, "quizzes/admin/forbidden.html", {"page_title": _("Quiz statistics")}, status=403)


def index(request):
    """The list of quizzes is a report now (insights.views.quizzes), on the
    same base as the other staff reports."""
    if not can_view_statistics(request.user):
        return _forbidden(request)
    return redirect("insights_quizzes")


def report(request, quiz_id: int):
    if not can_view_statistics(request.user):
        return _forbidden(request)
    quiz = get_object_or_404(Quiz, pk=quiz_id)
    return TemplateResponse(
        request,
        "quizzes/admin/report.html",
        {
            "quiz": quiz,
            "report": reports.quiz_report(quiz=quiz),
            "page_title": _("Statistics: %(title)s") % {"title": quiz.title},
            "header_icon": "table",
        },
    )


# --- CSV ----------------------------------------------------------------------------


def _streamed_csv(filename: str, lines) -> StreamingHttpResponse:
    response = StreamingHttpResponse(lines, content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def _copied(statement: str, params: list):
    """The lines PostgreSQL's COPY writes, in pieces of about 64 kB (one write per row would be slow)."""
    with transaction.atomic(), connection.cursor() as cursor:
        # The planner overestimates the rows of the pivot a hundredfold and would spend
        # a second compiling it (JIT) for a query that runs in a tenth of that.
        cursor.execute("SET LOCAL jit = off")
        yield from _copy_chunks(cursor, statement, params)


def _copy_chunks(cursor, statement: str, params: list):
    with cursor.cursor.copy(statement, params) as copy:
        pending, size = [], 0
        for data in copy:
            pending.append(bytes(data))
            size += len(data)
            if size >= 65536:
                yield b"".join(pending)
                pending, size = [], 0
        yield b"".join(pending)


def attempt_lines(quiz: Quiz, columns: list[reports.Column], *, by_database: bool | None = None):
    """The attempts CSV as bytes, streamed as the rows come from the
    database: on PostgreSQL written by the database itself (COPY, the cells
    of exports.cells), elsewhere (or with ``by_database=False``) the same
    bytes from Python. Translated
    words and the time zone are taken now, while the request's language is
    active."""
    headings = [
        _("Attempt id"),
        _("Learner no."),
        _("Quiz"),
        _("Attempt number"),
        _("Started"),
        _("Submitted"),
        _("Score (%)"),
        _("Passed"),
        *[_("Question %(number)s (points)") % {"number": column.position} for column in columns],
    ]
    header = "\ufeff" + cells.csv_line([csv_safe(str(heading)) for heading in headings])  # BOM: Excel reads UTF-8
    kinds = [
        cells.Cell("int"),
        cells.Cell("int", empty=_("deleted account")),
        cells.Cell("text"),
        cells.Cell("int"),
        cells.Cell("datetime"),
        cells.Cell("datetime"),
        cells.Cell("decimal"),
        cells.Cell("bool"),
        *[cells.Cell("decimal")] * len(columns),
    ]
    graded = [column.question_id for column in columns]
    if by_database is None:
        by_database = connection.vendor == "postgresql"
    if by_database:
        body = _copied(*cells.copy_sql(*reports.quiz_attempt_rows_sql(quiz_id=quiz.pk, graded=graded), kinds))
    else:
        body = _formatted(quiz, graded, cells.formatters(kinds))

    def lines():
        yield header.encode()
        yield from body

    return lines()


def _formatted(quiz: Quiz, graded: list[int], formats: list):
    line = cells.csv_line
    for row in reports.quiz_attempt_rows(quiz_id=quiz.pk, graded=graded):
        values = (
            row.attempt_id,
            row.learner,
            quiz.title,
            row.number,
            row.started_at,
            row.submitted_at,
            row.score,
            row.passed,
            *row.points,
        )
        yield line([fmt(value) for fmt, value in zip(formats, values, strict=True)]).encode()


def attempts_csv(request, quiz_id: int):
    """One row per submitted attempt, with the points per graded question,
    streamed (StreamingHttpResponse): memory stays flat however many attempts."""
    if not can_view_statistics(request.user):
        return _forbidden(request)
    quiz = get_object_or_404(Quiz, pk=quiz_id)
    columns = reports.quiz_columns(quiz_id=quiz.pk)
    return _streamed_csv(f"{quiz.slug}-attempts.csv", attempt_lines(quiz, columns))


def items_csv(request, quiz_id: int):
    """The item analysis file comes from its report (Wagtail's spreadsheet
    export, insights.views.quizzes); this address keeps working."""
    if not can_view_statistics(request.user):
        return _forbidden(request)
    quiz = get_object_or_404(Quiz, pk=quiz_id)
    return redirect(f"{reverse('insights_quiz_items')}?quiz={quiz.pk}&export=csv")


urlpatterns = [
    path("", index, name="index"),
    path("<int:quiz_id>/", report, name="report"),
    path("<int:quiz_id>/attempts.csv", attempts_csv, name="attempts_csv"),
    path("<int:quiz_id>/items.csv", items_csv, name="items_csv"),
]


# --- Wagtail hooks (registered in quizzes.wagtail_hooks) ------------------------------


def permissions():
    """Lets administrators grant "view attempts" to a group in Settings → Groups."""
    return Permission.objects.filter(content_type__app_label="quizzes", codename="view_attempt")


def admin_urls():
    return [path("quiz-statistics/", include((urlpatterns, "quizzes_admin")))]


class StatisticsMenuItem(MenuItem):
    def is_shown(self, request):
        return can_view_statistics(request.user)


def menu_item():
    return StatisticsMenuItem(
        gettext_lazy("Quiz statistics"), reverse("quizzes_admin:index"), icon_name="table", order=251
    )


def listing_buttons(snippet, user, next_url=None):
    """A "Statistics" link on each quiz in the snippet listing."""
    if isinstance(snippet, Quiz) and can_view_statistics(user):
        yield Button(_("Statistics"), reverse("quizzes_admin:report", args=[snippet.pk]), icon_name="table")
