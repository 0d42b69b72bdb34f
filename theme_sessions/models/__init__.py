from theme_sessions.models.pages import (
    EpisodePage,
    PodcastPage,
    SeriesPage,
    SessionFormat,
    SessionPage,
    SessionSpeaker,
    SessionTopic,
    ThemeSessionIndexPage,
)
from theme_sessions.models.registrations import (
    ACTIVE_STATUSES,
    CalendarFeedToken,
    EvaluationResponse,
    NotificationKind,
    NotificationStatus,
    Registration,
    RegistrationStatus,
    SentNotification,
    SessionCalendarState,
)
from theme_sessions.models.speakers import Speaker

__all__ = [
    "ACTIVE_STATUSES",
    "CalendarFeedToken",
    "EpisodePage",
    "EvaluationResponse",
    "NotificationKind",
    "NotificationStatus",
    "PodcastPage",
    "Registration",
    "RegistrationStatus",
    "SentNotification",
    "SeriesPage",
    "SessionCalendarState",
    "SessionFormat",
    "SessionPage",
    "SessionSpeaker",
    "SessionTopic",
    "Speaker",
    "ThemeSessionIndexPage",
]
