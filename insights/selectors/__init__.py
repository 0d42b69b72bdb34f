"""Reads for the reports and the dashboard: aggregates computed by the
database, a constant number of queries whatever the number of learners."""

from insights.selectors.cohorts import assignment_summary, attendance_by_day
from insights.selectors.completion import completion_by_group
from insights.selectors.dashboard import (
    active_learners_by_month,
    cohorts_under_way,
    completions_this_month,
    lowest_pass_rates,
    lowest_question_pass_rates,
    upcoming_sessions,
)
from insights.selectors.evaluations import evaluation_comments, evaluation_scores
from insights.selectors.funnel import course_funnel
from insights.selectors.sessions import session_summary

__all__ = [
    "evaluation_comments",
    "evaluation_scores",
    "assignment_summary",
    "attendance_by_day",
    "session_summary",
    "active_learners_by_month",
    "cohorts_under_way",
    "completion_by_group",
    "completions_this_month",
    "course_funnel",
    "lowest_pass_rates",
    "lowest_question_pass_rates",
    "upcoming_sessions",
]
