"""The course's part of "Mine data" (see accounts.privacy)."""

from elearning import user_cache
from modules.models import Certificate, Enrolment, LessonCompletion, ReflectionAnswer


def export_user_data(user) -> tuple[str, dict]:
    return "online_course", {
        "enrolments": [
            {
                "course": e.course.title,
                "enrolled_at": e.enrolled_at.isoformat(),
                "completed_at": e.completed_at.isoformat() if e.completed_at else None,
            }
            for e in Enrolment.objects.filter(user=user).select_related("course")
        ],
        "completed_lessons": [
            {"lesson": c.lesson.title, "completed_at": c.completed_at.isoformat(), "how": c.source}
            for c in LessonCompletion.objects.filter(user=user).select_related("lesson").order_by("completed_at")
        ],
        "reflection_answers": [
            {
                "lesson": a.lesson.title,
                "task": a.key,
                "answer": a.text,
                "shared_with_group_leader": a.shared_with_leaders,
                "created_at": a.created_at.isoformat(),
                "updated_at": a.updated_at.isoformat(),
            }
            for a in ReflectionAnswer.objects.filter(user=user).select_related("lesson").order_by("created_at")
        ],
        "certificates": [
            {
                "course": c.course_title,
                "name": c.full_name,
                "hours": str(c.hours),
                "completed_on": c.completed_on.isoformat(),
                "verification_code": c.code,
            }
            for c in Certificate.objects.filter(user=user)
        ],
    }


def erase_user_data(user) -> None:
    """Delete reflection answers and certificates (they identify the person);
    keep enrolments and completions without the user so the statistics
    survive. (Course evaluations: the evaluations app.)"""
    for certificate in Certificate.objects.filter(user=user):
        if certificate.file:
            certificate.file.delete(save=False)
        certificate.delete()
    ReflectionAnswer.objects.filter(user=user).delete()
    Enrolment.objects.filter(user=user).update(user=None, last_lesson=None)
    LessonCompletion.objects.filter(user=user).update(user=None)
    user_cache.bump(user.pk)  # a queryset update sends no signal
