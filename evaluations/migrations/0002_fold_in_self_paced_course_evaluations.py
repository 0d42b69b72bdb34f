"""One way to evaluate: the self-paced course evaluation (modules.CourseEvaluation,
a rating from 1 to 5 and a comment) becomes an end-of-course form of the
course with the same two questions, and each evaluation a response to it.
modules/0007 then removes the old model and the course's two settings.

Courses of the default language that asked for an evaluation, or that
have evaluations, get the form; the texts are the bokmål the learners saw."""

from django.conf import settings
from django.db import migrations
from django.db.models import Q

TITLE = "Kursevaluering"
RATING = "Alt i alt, hvor nyttig var kurset?"
LOW, HIGH = "ikke nyttig", "svært nyttig"


def fold(apps, schema_editor):
    CoursePage = apps.get_model("modules", "CoursePage")
    CourseEvaluation = apps.get_model("modules", "CourseEvaluation")
    EvaluationForm = apps.get_model("evaluations", "EvaluationForm")
    EvaluationQuestion = apps.get_model("evaluations", "EvaluationQuestion")
    EvaluationResponse = apps.get_model("evaluations", "EvaluationResponse")
    EvaluationAnswer = apps.get_model("evaluations", "EvaluationAnswer")
    evaluated = CourseEvaluation.objects.values("course_id")
    courses = CoursePage.objects.filter(
        Q(evaluation_enabled=True, locale__language_code=settings.LANGUAGE_CODE) | Q(pk__in=evaluated)
    )
    for course in courses:
        form, created = EvaluationForm.objects.get_or_create(
            course_id=course.pk, kind="course_end", defaults={"title": TITLE}
        )
        rating = EvaluationQuestion.objects.create(
            form=form, kind="likert", text=RATING, required=True, low_label=LOW, high_label=HIGH, sort_order=0
        )
        comment = EvaluationQuestion.objects.create(
            form=form, kind="text", text=course.evaluation_question[:500], required=False, sort_order=1
        )
        for old in CourseEvaluation.objects.filter(course_id=course.pk).order_by("pk"):
            response = EvaluationResponse.objects.create(
                form=form, cohort=None, day=None, user_id=old.user_id, submitted_at=old.created_at
            )
            EvaluationAnswer.objects.create(response=response, question=rating, likert=old.rating)
            if old.comment:
                EvaluationAnswer.objects.create(response=response, question=comment, text=old.comment)


class Migration(migrations.Migration):
    dependencies = [
        ("evaluations", "0001_add_evaluation_forms_and_responses"),
        ("modules", "0006_remove_old_groups"),
    ]

    operations = [migrations.RunPython(fold, migrations.RunPython.noop)]
