"""Staff reports in the Wagtail admin (Reports menu), all on one base
(insights.views.base)."""

from insights.views.cohorts import AssignmentReportView, AttendanceReportView
from insights.views.courses import CompletionReportView, FunnelReportView
from insights.views.evaluations import EvaluationCommentsReportView, EvaluationScoresReportView
from insights.views.people import PersonReportView
from insights.views.quizzes import QuizItemsReportView, QuizOverviewReportView
from insights.views.sessions import SessionEvaluationsReportView, SessionReportView

REPORTS = [
    FunnelReportView,
    CompletionReportView,
    AttendanceReportView,
    AssignmentReportView,
    SessionReportView,
    SessionEvaluationsReportView,
    EvaluationScoresReportView,
    EvaluationCommentsReportView,
    QuizOverviewReportView,
    QuizItemsReportView,
    PersonReportView,
]

__all__ = [
    "REPORTS",
    "AssignmentReportView",
    "AttendanceReportView",
    "CompletionReportView",
    "EvaluationCommentsReportView",
    "EvaluationScoresReportView",
    "FunnelReportView",
    "PersonReportView",
    "QuizItemsReportView",
    "QuizOverviewReportView",
    "SessionEvaluationsReportView",
    "SessionReportView",
]
