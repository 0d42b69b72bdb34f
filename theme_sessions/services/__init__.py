from theme_sessions.services.registrations import *  # noqa: F403
