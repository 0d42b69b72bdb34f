"""The evaluations' part of "Mine data": export a person's answers; on
deletion keep the scale answers for the statistics without the person, and
delete the free text (it may say who wrote it)."""

from django.db.models import Prefetch

from elearning import user_cache
from evaluations.models import EvaluationAnswer, EvaluationResponse, FollowUpInvitation


def export_user_data(user) -> tuple[str, list]:
    responses = (
        EvaluationResponse.objects.filter(user=user)
        .select_related("form__course", "cohort", "day")
        .prefetch_related(Prefetch("answers", queryset=EvaluationAnswer.objects.select_related("question")))
        .order_by("submitted_at", "pk")
    )
    return "evaluations", [
        {
            "course": response.form.course.title,
            "form": response.form.title,
            "cohort": response.cohort.title if response.cohort else None,
            "course_day": response.day.number if response.day else None,
            "submitted_at": response.submitted_at.isoformat(),
            "answers": [
                {"question": answer.question.text, "value": answer.likert, "text": answer.text}
                for answer in response.answers.all()
            ],
        }
        for response in responses
    ]


def erase_user_data(user) -> None:
    EvaluationAnswer.objects.filter(response__user=user).exclude(text="").delete()
    EvaluationResponse.objects.filter(user=user).update(user=None)
    user_cache.bump(user.pk)  # a queryset update sends no signal
    FollowUpInvitation.objects.filter(user=user).delete()
