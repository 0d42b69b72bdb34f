"""Each old group (modules.Cohort) becomes a local group in one cohort per
course; its enrolled members become confirmed participants of that cohort
in that group. The old groups are removed in the next migration."""

from django.db import migrations


def move_groups(apps, schema_editor):
    OldGroup = apps.get_model("modules", "Cohort")
    Enrolment = apps.get_model("modules", "Enrolment")
    Cohort = apps.get_model("cohorts", "Cohort")
    LocalGroup = apps.get_model("cohorts", "LocalGroup")
    Participant = apps.get_model("cohorts", "Participant")
    by_course = {}
    for group in OldGroup.objects.order_by("course_id", "name"):
        by_course.setdefault(group.course_id, []).append(group)
    for course_id, groups in by_course.items():
        dates = [g.starts_on for g in groups if g.starts_on] or [g.created_at.date() for g in groups]
        members = Enrolment.objects.filter(cohort__in=groups, user__isnull=False)
        cohort = Cohort.objects.create(
            course_id=course_id,
            title="Grupper",
            slug="grupper",
            starts_on=min(dates),
            ends_on=max(dates),
            capacity=max(members.count(), 1),
            published=False,
        )
        for order, group in enumerate(groups):
            local = LocalGroup.objects.create(
                cohort=cohort, name=group.name, leader_id=group.leader_id, co_leader_id=group.co_leader_id, sort_order=order
            )
            for enrolment in members.filter(cohort=group):
                Participant.objects.get_or_create(
                    cohort=cohort, user_id=enrolment.user_id, defaults={"group": local, "status": "confirmed"}
                )


class Migration(migrations.Migration):

    dependencies = [
        ("modules", "0004_add_course_format_and_days_attended"),
        ("cohorts", "0001_add_cohorts_days_groups_participants"),
    ]

    operations = [migrations.RunPython(move_groups, migrations.RunPython.noop)]
