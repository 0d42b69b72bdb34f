import datetime

from wagtail import hooks

from assignments.models import Assignment
from tests.factories.cohorts import CohortFactory, CourseDayFactory


def test_a_copied_cohort_gets_the_assignments_moved_with_its_days(world, assignment):
    copy = CohortFactory(course=world.cohort.course, starts_on=world.cohort.starts_on + datetime.timedelta(days=182))
    day_map = {day.pk: CourseDayFactory(cohort=copy, number=day.number) for day in world.days}
    for fn in hooks.get_hooks("cohort_copied"):
        fn(source=world.cohort, copy=copy, day_map=day_map)
        fn(source=world.cohort, copy=copy, day_map=day_map)  # twice: still one copy
    copied = Assignment.objects.get(cohort=copy)
    assert copied.title == assignment.title
    assert str(copied.prompt) == str(assignment.prompt) and "Hva la du merke til?" in str(copied.prompt)
    assert copied.after_day == day_map[assignment.after_day_id]
    assert copied.due_at - assignment.due_at == datetime.timedelta(days=182)
