"""Reads for cohort courses; ``from cohorts import selectors`` gives them all.

Contract for the assignments and evaluations apps (see COHORT_DESIGN.md):
cohort_for_participant, is_cohort_leader, led_groups, can_lead_group,
participant, current_cohorts."""

from cohorts.selectors.access import (
    DashboardCohorts,
    can_lead_group,
    cohort_for_participant,
    current_cohorts,
    dashboard_cohorts,
    is_cohort_leader,
    led_cohorts,
    led_groups,
    participant,
)
from cohorts.selectors.completion import (
    COHORT_REQUIREMENTS_HOOK,
    certificate_details,
    cohort_requirements,
    course_participant,
    course_requirements,
    days_attended,
)
from cohorts.selectors.groups import GROUP_COLUMNS_HOOK, MemberRow, group_for_leader, group_members, member_rows
from cohorts.selectors.leaders import (
    DayAttendance,
    MemberDetail,
    cohort_days,
    group_day_attendance,
    group_day_for_leader,
    group_for_member_or_leader,
    member_detail,
    member_for_leader,
)
from cohorts.selectors.leading import (
    Overview,
    OverviewRow,
    cohort_for_leader,
    cohort_overview,
    course_cohorts,
    day_attendance,
    day_for_leader,
    group_messages,
    participant_by_calendar_token,
)
from cohorts.selectors.timeline import TIMELINE_ITEMS_HOOK, CohortPage, DayState, TimelineDay, cohort_page, day_states

__all__ = [
    "Overview",
    "OverviewRow",
    "cohort_for_leader",
    "cohort_overview",
    "course_cohorts",
    "day_attendance",
    "day_for_leader",
    "group_messages",
    "participant_by_calendar_token",
    "COHORT_REQUIREMENTS_HOOK",
    "certificate_details",
    "cohort_requirements",
    "course_participant",
    "course_requirements",
    "days_attended",
    "TIMELINE_ITEMS_HOOK",
    "CohortPage",
    "DayState",
    "TimelineDay",
    "cohort_page",
    "day_states",
    "GROUP_COLUMNS_HOOK",
    "MemberRow",
    "can_lead_group",
    "cohort_for_participant",
    "DashboardCohorts",
    "current_cohorts",
    "dashboard_cohorts",
    "group_for_leader",
    "group_members",
    "member_rows",
    "DayAttendance",
    "MemberDetail",
    "member_detail",
    "member_for_leader",
    "cohort_days",
    "group_day_attendance",
    "group_day_for_leader",
    "group_for_member_or_leader",
    "is_cohort_leader",
    "led_cohorts",
    "led_groups",
    "participant",
]
