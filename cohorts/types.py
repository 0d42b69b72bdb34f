"""The values the cohort hooks exchange (see CONTRIBUTING.md's hook list).
Plain frozen dataclasses without model imports, so the assignments and
evaluations apps can build them without importing the cohort models."""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Requirement:
    """One thing a cohort course needs for completion (hook
    ``cohort_completion_requirements``)."""

    key: str
    label: str
    met: bool
    url: str = ""


@dataclass(frozen=True)
class TimelineItem:
    """Something to show under a course day on the learner's timeline (hook
    ``cohort_participant_items``): an assignment due after it, an evaluation."""

    kind: str
    label: str
    url: str
    due_at: datetime.datetime | None
    done: bool


@dataclass(frozen=True)
class ParticipantItems:
    """What an app shows a confirmed participant on the cohort page (hook
    ``cohort_participant_items``): under each course day (day id → items),
    and under "To complete the course" (the same requirements its
    ``cohort_completion_requirements`` gives), read together."""

    timeline: dict[int, list[TimelineItem]] = field(default_factory=dict)
    requirements: list[Requirement] = field(default_factory=list)
    # When the items change by themselves (a form opening), for the page cached until then (cohorts.learner_html).
    changes_at: tuple[datetime.datetime, ...] = ()


@dataclass(frozen=True)
class GroupCell:
    """One cell in a member's row on the group page (hook ``cohort_group_columns``)."""

    label: str
    value: str
    url: str = ""


__all__ = ["GroupCell", "ParticipantItems", "Requirement", "TimelineItem"]
