"""The audit log's part of "Mine data" (see accounts.privacy).

The export lists what the person did that was logged, and when data about
them was looked at or exported, but not by whom: the log is there for the
controller to account for access, and staff names are not the learner's data.
On erasure the rows stay (they are the record of what happened) with the
person's id removed; nothing else in a row points to them."""

from audit.models import AuditEvent


def _row(event: AuditEvent) -> dict:
    return {"at": event.at.isoformat(), "action": event.action_label}


def export_user_data(user) -> tuple[str, dict]:
    return "audit_log", {
        "actions_you_took": [
            {**_row(event), "details": event.details}
            for event in AuditEvent.objects.filter(actor=user).order_by("at", "pk")
        ],
        "views_of_your_data": [
            _row(event) for event in AuditEvent.objects.filter(subject_user=user).order_by("at", "pk")
        ],
    }


def erase_user_data(user) -> None:
    AuditEvent.objects.filter(actor=user).update(actor=None)
    AuditEvent.objects.filter(subject_user=user).update(subject_user=None)
