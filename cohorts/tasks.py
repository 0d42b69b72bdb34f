"""Outbox jobs for cohorts: thin, take ids, safe to run twice."""

from cohorts import services
from elearning import outbox


@outbox.handler
def send_seat_email(participant_id: int, kind: str) -> bool:
    return services.deliver_seat_email(participant_id=participant_id, kind=kind)


@outbox.handler
def send_day_changed(notice_id: int) -> bool:
    return services.deliver_day_changed(notice_id=notice_id)


@outbox.handler
def send_group_message(message_id: int, user_id: int) -> bool:
    return services.deliver_group_message(message_id=message_id, user_id=user_id)
