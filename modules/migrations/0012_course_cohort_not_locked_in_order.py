"""A cohort course no longer locks modules in order (its course days set the
pace, and the lock hid the pre-work a day names): unlock the cohort courses
that did, in their revisions too so publishing an old one cannot break the
constraint, then hold it with a CHECK."""

from django.conf import settings
from django.db import migrations, models


def unlock_cohort_courses(apps, schema_editor):
    CoursePage = apps.get_model("modules", "CoursePage")
    ContentType = apps.get_model("contenttypes", "ContentType")
    Revision = apps.get_model("wagtailcore", "Revision")
    CoursePage.objects.filter(course_format="cohort", lock_modules_in_order=True).update(lock_modules_in_order=False)
    course_type = ContentType.objects.filter(app_label="modules", model="coursepage").first()
    if course_type is None:
        return
    for revision in Revision.objects.filter(content_type=course_type).iterator():
        content = revision.content
        if content.get("course_format") == "cohort" and content.get("lock_modules_in_order"):
            content["lock_modules_in_order"] = False
            Revision.objects.filter(pk=revision.pk).update(content=content)


class Migration(migrations.Migration):
    dependencies = [
        ("modules", "0011_label_blocks_for_editors"),
        migrations.swappable_dependency(settings.WAGTAIL_PAGE_MODEL),
    ]

    operations = [
        migrations.RunPython(unlock_cohort_courses, migrations.RunPython.noop),
        migrations.AddConstraint(
            model_name="coursepage",
            constraint=models.CheckConstraint(
                condition=models.Q(("course_format", "cohort"), ("lock_modules_in_order", True), _negated=True),
                name="modules_course_cohort_not_locked_in_order",
            ),
        ),
    ]
