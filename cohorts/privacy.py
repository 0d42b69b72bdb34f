"""The cohorts' part of "Mine data" (see accounts.privacy).

Erasing a person: the group messages they wrote stay in the group's history
without an author (the members received them already). Their seats (with
attendance) and leader roles go with the account (CASCADE), after every
app's erase hook has run: deleting seats here would take the assignments'
submissions with them before that app removes their files."""

from cohorts.models import Attendance, CohortLeader, GroupMessage, Participant


def export_user_data(user) -> tuple[str, dict]:
    return "cohorts", {
        "participations": [
            {
                "course": p.cohort.course.title,
                "cohort": p.cohort.title,
                "group": p.group.name if p.group else None,
                "status": p.status,
                "enrolled_at": p.enrolled_at.isoformat(),
            }
            for p in Participant.objects.filter(user=user).select_related("cohort__course", "group")
        ],
        "attendance": [
            {"cohort": a.day.cohort.title, "day": a.day.number, "present": a.present}
            for a in Attendance.objects.filter(participant__user=user).select_related("day__cohort")
        ],
        "course_leader_in": [
            {"cohort": leader.cohort.title, "role": leader.role}
            for leader in CohortLeader.objects.filter(user=user).select_related("cohort")
        ],
        "group_messages_you_sent": [
            {
                "group": m.group.name if m.group else None,
                "cohort": m.group.cohort.title if m.group else m.cohort.title,
                "subject": m.subject,
                "message": m.body,
                "sent_at": m.created_at.isoformat(),
            }
            for m in GroupMessage.objects.filter(author=user).select_related("group__cohort", "cohort")
        ],
    }


def erase_user_data(user) -> None:
    GroupMessage.objects.filter(author=user).update(author=None)
