"""This app's part of "Mine data": export and erase (see accounts.privacy)."""

from theme_sessions import services
from theme_sessions.models import EvaluationResponse, Registration


def export_user_data(user) -> tuple[str, dict]:
    registrations = Registration.objects.filter(user=user).select_related("session").order_by("created_at")
    evaluations = {e.registration_id: e for e in EvaluationResponse.objects.filter(registration__user=user)}
    return (
        "theme_sessions",
        {
            "registrations": [
                {
                    "session": r.session.title,
                    "starts": r.session.start.isoformat(),
                    "status": r.status,
                    "registered": r.created_at.isoformat(),
                    "attended": r.attended_at.isoformat() if r.attended_at else None,
                    "evaluation": {
                        "overall": evaluations[r.pk].overall,
                        "usefulness": evaluations[r.pk].usefulness,
                        "what_worked_well": evaluations[r.pk].best,
                        "what_could_be_better": evaluations[r.pk].improve,
                    }
                    if r.pk in evaluations
                    else None,
                }
                for r in registrations
            ],
        },
    )


def erase_user_data(user) -> None:
    services.registrations_erase_for_user(user=user)
