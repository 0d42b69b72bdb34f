"""The course funnel: enrolled → started → each module → completed, and the
median time from enrolment to completion. A constant number of queries
(the course structure comes from modules' cache)."""

from django.db.models import Count, DurationField, ExpressionWrapper, F, Q, QuerySet
from django.utils.translation import gettext as _

from insights.selectors.common import days, has_completion, percent, started_q
from modules import selectors as module_selectors
from modules.models import CoursePage, Enrolment


def _module_annotations(structure) -> tuple[dict, dict]:
    """Per module: how many of its lessons a learner completed, and how many it has."""
    annotations, totals = {}, {}
    for index, module in enumerate(structure.modules):
        lesson_ids = [lesson.pk for lesson in structure.lessons if lesson.path.startswith(module.path)]
        if not lesson_ids:
            continue
        name = f"module_{index}"
        annotations[name] = Count(
            "user__lesson_completions__lesson",
            filter=Q(user__lesson_completions__lesson_id__in=lesson_ids),
            distinct=True,
        )
        totals[name] = (module, len(lesson_ids))
    return annotations, totals


def median_days_to_completion(enrolments: QuerySet[Enrolment]):
    """The median of (completed − enrolled) over completed enrolments, in
    days: two queries, the middle found by the database's ORDER BY/OFFSET."""
    completed = (
        enrolments.filter(completed_at__isnull=False)
        .annotate(duration=ExpressionWrapper(F("completed_at") - F("enrolled_at"), output_field=DurationField()))
        .order_by("duration")
    )
    count = completed.count()
    if not count:
        return None
    middle = list(completed.values_list("duration", flat=True)[(count - 1) // 2 : count // 2 + 1])
    return days(sum(middle, start=middle[0] * 0) / len(middle))


def course_funnel(enrolments: QuerySet[Enrolment], *, course: CoursePage) -> dict:
    """{"rows": [{"step", "learners", "share", "population"}, ...], "enrolled",
    "completed", "median_days"}. A module counts a learner who completed every one of
    its live lessons."""
    structure = module_selectors.course_structure(course)
    enrolments = enrolments.filter(course=course).order_by()
    counted = enrolments.annotate(has_completion=has_completion())
    annotations, totals = _module_annotations(structure) if structure else ({}, {})
    counts = {
        "enrolled": Count("pk"),
        "started": Count("pk", filter=started_q()),
        "completed": Count("pk", filter=Q(completed_at__isnull=False)),
    }
    if annotations:
        per_learner = counted.annotate(**annotations)
        # Another alias than the annotation's, or the aggregate replaces it.
        counts.update(
            {f"{name}_done": Count("pk", filter=Q(**{f"{name}__gte": total})) for name, (_m, total) in totals.items()}
        )
        numbers = per_learner.aggregate(**counts)
    else:
        numbers = counted.aggregate(**counts)
    enrolled = numbers["enrolled"]
    steps = [("enrolled", _("Enrolled")), ("started", _("Started"))]
    steps += [
        (f"{name}_done", _("Module: %(title)s") % {"title": module.title}) for name, (module, _t) in totals.items()
    ]
    steps += [("completed", _("Completed the course"))]
    rows = [
        {"step": label, "learners": numbers[name], "share": percent(numbers[name], enrolled), "population": enrolled}
        for name, label in steps
    ]
    return {
        "rows": rows,
        "enrolled": enrolled,
        "completed": numbers["completed"],
        "median_days": median_days_to_completion(enrolments),
    }
