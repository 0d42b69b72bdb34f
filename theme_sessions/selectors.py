"""Reads for theme sessions. Every listing runs a fixed number of queries,
whatever the number of sessions, speakers, topics or registrations."""

import datetime
from dataclasses import dataclass

from django.conf import settings
from django.db.models import Count, Exists, OuterRef, Prefetch, Q
from django.utils import timezone
from taggit.models import Tag

from theme_sessions.models import (
    ACTIVE_STATUSES,
    EpisodePage,
    NotificationKind,
    Registration,
    RegistrationStatus,
    SentNotification,
    SeriesPage,
    SessionCalendarState,
    SessionPage,
    SessionSpeaker,
)


def _with_listing_data(queryset):
    return (
        queryset.defer_streamfields()
        .annotate(confirmed_count=Count("registrations", filter=Q(registrations__status=RegistrationStatus.CONFIRMED)))
        .prefetch_related(
            "topic_items__tag",
            Prefetch("speakers", queryset=SessionSpeaker.objects.select_related("speaker")),
        )
        .order_by("start")
    )


def _split(sessions, now):
    upcoming = [s for s in sessions if s.end > now]
    past = sorted((s for s in sessions if s.end <= now), key=lambda s: s.start, reverse=True)
    for session in sessions:
        session.seats_left = max(session.capacity - session.confirmed_count, 0)
    return upcoming, past


def session_listing(*, index_page, topic: str = "", series: str = "", now: datetime.datetime | None = None) -> dict:
    """Upcoming and past sessions under the index, optionally for one topic
    (tag name) and one series (page slug). Four queries."""
    now = now or timezone.now()
    series_pages = list(SeriesPage.objects.live().public().child_of(index_page).order_by("path"))
    sessions = SessionPage.objects.live().public().descendant_of(index_page)
    topics = list(
        Tag.objects.filter(theme_sessions_sessiontopic_items__content_object__in=sessions.values("pk"))
        .distinct()
        .order_by("name")
    )
    selected_series = next((s for s in series_pages if s.slug == series), None)
    selected_topic = next((t for t in topics if t.name == topic), None)
    if selected_series:
        sessions = sessions.filter(path__startswith=selected_series.path)
    if selected_topic:
        sessions = sessions.filter(topic_items__tag=selected_topic)
    sessions = list(_with_listing_data(sessions))
    series_by_path = {s.path: s for s in series_pages}
    for session in sessions:
        session.series_page = series_by_path.get(session.path[: -SessionPage.steplen])
    upcoming, past = _split(sessions, now)
    return {
        "upcoming": upcoming,
        "past": past,
        "series_pages": series_pages,
        "topics": topics,
        "selected_series": selected_series,
        "selected_topic": selected_topic,
        "filtered": bool(selected_series or selected_topic),
    }


def series_sessions(*, series, now: datetime.datetime | None = None) -> dict:
    now = now or timezone.now()
    sessions = list(_with_listing_data(SessionPage.objects.live().public().child_of(series)))
    upcoming, past = _split(sessions, now)
    return {"upcoming": upcoming, "past": past}


def upcoming_sessions(*, limit: int = 3, now: datetime.datetime | None = None) -> list[SessionPage]:
    """For the front page: the next sessions open for registration."""
    now = now or timezone.now()
    sessions = list(
        _with_listing_data(SessionPage.objects.live().public().filter(end__gt=now, cancelled=False))[:limit]
    )
    _split(sessions, now)
    return sessions


@dataclass
class SessionState:
    confirmed: int
    waitlisted: int
    seats_left: int
    registration_open: bool
    registration: Registration | None
    waitlist_position: int | None
    meeting_link_visible: bool
    evaluation_open: bool
    has_evaluated: bool
    certificate_available: bool


def session_state(*, session: SessionPage, user, now: datetime.datetime | None = None) -> SessionState:
    """What one person may see and do on the session page. At most three queries."""
    now = now or timezone.now()
    counts = Registration.objects.filter(session=session).aggregate(
        confirmed=Count("pk", filter=Q(status=RegistrationStatus.CONFIRMED)),
        waitlisted=Count("pk", filter=Q(status=RegistrationStatus.WAITLISTED)),
    )
    registration = None
    if user is not None and user.is_authenticated:
        registration = Registration.objects.filter(session=session, user=user).select_related("evaluation").first()
        if registration is not None:
            _annotate_waitlist(registration)
    return _state(session, registration, counts, now)


def _annotate_waitlist(registration: Registration) -> None:
    """How many are ahead on the waiting list (one query, only when waiting)."""
    registration.ahead = 0
    if registration.status == RegistrationStatus.WAITLISTED:
        registration.ahead = Registration.objects.filter(
            Q(queued_at__lt=registration.queued_at) | Q(queued_at=registration.queued_at, pk__lt=registration.pk),
            session_id=registration.session_id,
            status=RegistrationStatus.WAITLISTED,
        ).count()


def _state(session, registration, counts, now) -> SessionState:
    confirmed_seat = registration is not None and registration.status == RegistrationStatus.CONFIRMED
    position = None
    if registration is not None and registration.status == RegistrationStatus.WAITLISTED:
        position = getattr(registration, "ahead", 0) + 1
    return SessionState(
        confirmed=counts["confirmed"],
        waitlisted=counts["waitlisted"],
        seats_left=max(session.capacity - counts["confirmed"], 0),
        registration_open=not session.cancelled and now < session.deadline and now < session.end,
        registration=registration,
        waitlist_position=position,
        meeting_link_visible=bool(
            confirmed_seat
            and session.meeting_link
            and not session.cancelled
            and session.meeting_link_opens_at <= now < session.end
        ),
        evaluation_open=bool(confirmed_seat and session.evaluation_enabled and now >= session.start),
        has_evaluated=bool(registration is not None and hasattr(registration, "evaluation")),
        certificate_available=bool(
            confirmed_seat and session.gives_certificate and registration.attended_at and registration.user_id
        ),
    )


def guest_session_state(*, registration: Registration, now: datetime.datetime | None = None) -> SessionState:
    now = now or timezone.now()
    counts = Registration.objects.filter(session=registration.session).aggregate(
        confirmed=Count("pk", filter=Q(status=RegistrationStatus.CONFIRMED)),
        waitlisted=Count("pk", filter=Q(status=RegistrationStatus.WAITLISTED)),
    )
    _annotate_waitlist(registration)
    return _state(registration.session, registration, counts, now)


def session_detail(*, session: SessionPage, user, now: datetime.datetime | None = None) -> dict:
    """Everything the session page shows. A fixed number of queries."""
    speakers = [item.speaker for item in session.speakers.select_related("speaker")]
    return {
        "speakers": speakers,
        "topics": list(session.topics.all()),
        "state": session_state(session=session, user=user, now=now),
        "series_page": session.get_parent(),
        "recording": session.recording if session.recording_id else None,
    }


def user_registrations(*, user) -> list[Registration]:
    return list(
        Registration.objects.filter(user=user)
        .select_related("session")
        .defer("session__materials_before", "session__materials_after", "session__recording_chapters")
        .order_by("-session__start")
    )


def calendar_feed_registrations(*, user) -> list[Registration]:
    return list(
        Registration.objects.filter(user=user, status__in=ACTIVE_STATUSES, session__live=True)
        .select_related("session", "session__calendar_state")
        .order_by("session__start")
    )


def session_sequence(session: SessionPage) -> int:
    state = SessionCalendarState.objects.filter(session=session).only("sequence").first()
    return state.sequence if state else 0


def podcast_episodes(*, podcast) -> list[EpisodePage]:
    return list(EpisodePage.objects.live().public().child_of(podcast).select_related("audio").order_by("-published_at"))


# --- What the beat sweep should send -------------------------------------


def _not_sent(kind: str, variant: int | None = None):
    sent = SentNotification.objects.filter(registration=OuterRef("pk"), kind=kind)
    if variant is not None:
        sent = sent.filter(variant=variant)
    return ~Exists(sent)


def due_notifications(*, now: datetime.datetime | None = None) -> list[tuple[int, str, int]]:
    """(registration id, kind, variant) of e-mails that are due and not yet
    claimed: reminders (only the most specific one that is due, and only to
    people who registered before its window opened) and "recording ready"
    for sessions that ended in the last 30 days."""
    now = now or timezone.now()
    due: list[tuple[int, str, int]] = []
    offsets = sorted(set(settings.THEME_SESSIONS["REMINDER_HOURS"]), reverse=True)
    confirmed = Registration.objects.filter(
        status=RegistrationStatus.CONFIRMED,
        anonymised_at__isnull=True,
        session__live=True,
        session__cancelled=False,
    )
    for i, hours in enumerate(offsets):
        smaller = offsets[i + 1] if i + 1 < len(offsets) else 0
        window_start = datetime.timedelta(hours=hours)
        rows = (
            confirmed.filter(
                session__start__lte=now + window_start,
                session__start__gt=now + datetime.timedelta(hours=smaller),
            )
            .filter(_not_sent(NotificationKind.REMINDER, hours))
            .values_list("pk", "confirmed_at", "session__start")
        )
        for pk, confirmed_at, start in rows:
            if confirmed_at and confirmed_at <= start - window_start:
                due.append((pk, NotificationKind.REMINDER, hours))
    recordings = (
        confirmed.filter(
            session__recording__isnull=False,
            session__end__lte=now,
            session__end__gt=now - datetime.timedelta(days=30),
        )
        .filter(_not_sent(NotificationKind.RECORDING_READY))
        .values_list("pk", flat=True)
    )
    due.extend((pk, NotificationKind.RECORDING_READY, 0) for pk in recordings)
    return due
