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
many) in the site's one CSV format, Wagtail's: commas and a decimal point,
UTF-8 with a byte order mark so Excel reads the letters right.
"""

import csv

from django.contrib.auth.models import Permission
from django.http import StreamingHttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import include, path, reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin.menu import MenuItem
from wagtail.admin.widgets import Button

from elearning.spreadsheet import csv_safe
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


def _text(value) -> str:
    """Text must not become a spreadsheet formula (CSV injection)."""
    return csv_safe(str(value))


def _number(value) -> str:
    return "" if value is None else str(value)


def _yes_no(value: bool) -> str:
    return _("Yes") if value else _("No")


class _Line:
    """A file-like object whose write() hands back the line csv.writer wrote."""

    def write(self, line: str) -> str:
        return line


def _streamed_csv(filename: str, lines) -> StreamingHttpResponse:
    response = StreamingHttpResponse(lines, content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def attempt_lines(quiz: Quiz, columns: list[reports.Column]):
    """The attempts CSV line by line, as the rows stream from the database.
    Translated words and the time zone are taken now, while the request's
    language is active."""
    writer = csv.writer(_Line())  # the site's one CSV format (Wagtail's): commas, decimal point
    header = writer.writerow(
        [
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
    )
    title, deleted, yes, no = _text(quiz.title), _("deleted account"), _yes_no(True), _yes_no(False)
    zone = timezone.get_current_timezone()
    rows = reports.quiz_attempt_rows(quiz_id=quiz.pk, graded=[column.question_id for column in columns])

    cells: dict = {None: ""}  # the few distinct points, each formatted once

    def cell(points) -> str:
        cells[points] = _number(points)
        return cells[points]

    def lines():
        yield "\ufeff" + header  # Excel reads UTF-8 only with a byte order mark.
        for row in rows:
            yield writer.writerow(
                [
                    row.attempt_id,
                    row.learner if row.learner is not None else deleted,
                    title,
                    row.number,
                    f"{row.started_at.astimezone(zone):%Y-%m-%d %H:%M}",
                    f"{row.submitted_at.astimezone(zone):%Y-%m-%d %H:%M}",
                    _number(row.score),
                    yes if row.passed else no,
                    *[cells[points] if points in cells else cell(points) for points in row.points],
                ]
            )

    return lines()


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
