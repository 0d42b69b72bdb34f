"""Cohort courses (issue 13): a cohort (kull) of a course with course days,
course leaders, local groups, participants and attendance."""

from cohorts.models.cohorts import Cohort, CohortLeader, LocalGroup
from cohorts.models.days import CourseDay, CourseDayPart, DayFormat, PreWork
from cohorts.models.participants import (
    Attendance,
    AttendanceSource,
    DayChangeNotice,
    GroupMessage,
    GroupMessageRecipient,
    Participant,
    ParticipantStatus,
)

__all__ = [
    "Attendance",
    "AttendanceSource",
    "Cohort",
    "CohortLeader",
    "CourseDay",
    "CourseDayPart",
    "DayChangeNotice",
    "DayFormat",
    "GroupMessage",
    "GroupMessageRecipient",
    "LocalGroup",
    "Participant",
    "ParticipantStatus",
    "PreWork",
]
