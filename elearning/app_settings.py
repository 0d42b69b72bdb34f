"""The apps' own settings (exports, audit log, reports and evaluations, theme
sessions, practice assignments, quizzes), each from the environment with a
development default. elearning/settings.py imports them by name.
"""

import environ

env = environ.Env()  # settings.py has read .env into the environment already

# --- Exports (exports/) -------------------------------------------------------
EXPORTS = {
    # A finished export can be downloaded by its owner for this many hours.
    "EXPIRY_HOURS": env.float("EXPORTS_EXPIRY_HOURS", default=24),
    # A running job renews its claim with every progress update; a worker that
    # died is noticed when the claim runs out, and the job starts again.
    "CLAIM_SECONDS": env.float("EXPORTS_CLAIM_SECONDS", default=120),
    # Progress (and the claim) is written after every this many rows.
    "PROGRESS_EVERY": env.int("EXPORTS_PROGRESS_EVERY", default=10_000),
    # Where the file is written before it goes to the default storage (None: the system's temp folder).
    "SPOOL_DIR": env.str("EXPORTS_SPOOL_DIR", default=None),
    # How often the progress page asks (seconds).
    "POLL_SECONDS": 2,
}

# --- Audit log (audit/) -----------------------------------------------------
AUDIT = {
    # Events (who exported or looked at whose data) are deleted after this many days.
    "RETENTION_DAYS": env.int("AUDIT_RETENTION_DAYS", default=2 * 365),
}

# --- Reports and evaluation results ---------------------------------------
# Aggregates about fewer people than this are hidden (insights reports, and
# the results of a course day or an evaluation form with fewer answers).
REPORTS_MIN_GROUP_SIZE = env.int("REPORTS_MIN_GROUP_SIZE", default=5)
# The follow-up questionnaire is sent this many days after a cohort's last
# day; a cohort that ended more than the window before that is left alone.
EVALUATION_FOLLOW_UP_DAYS = env.int("EVALUATION_FOLLOW_UP_DAYS", default=90)
EVALUATION_FOLLOW_UP_WINDOW_DAYS = 30

# --- Theme sessions -------------------------------------------------------
THEME_SESSIONS = {
    # The meeting link shows to registered participants from this many
    # minutes before start (a session can override it).
    "MEETING_LINK_MINUTES_BEFORE": env.int("THEME_SESSIONS_MEETING_LINK_MINUTES", default=30),
    # Reminder e-mails, in hours before start, sent by the beat sweep.
    "REMINDER_HOURS": [int(h) for h in env.list("THEME_SESSIONS_REMINDER_HOURS", default=["24", "1"])],
    # Guests' names and e-mail addresses are deleted this many days after the session.
    "GUEST_RETENTION_DAYS": env.int("THEME_SESSIONS_GUEST_RETENTION_DAYS", default=30),
    # How long a guest's confirmation link works.
    "GUEST_LINK_MAX_AGE_HOURS": env.int("THEME_SESSIONS_GUEST_LINK_MAX_AGE_HOURS", default=72),
}

# --- Practice assignments -------------------------------------------------
ASSIGNMENTS = {
    # Per uploaded file, and files per submission (assignments.files).
    "MAX_FILE_MB": env.float("ASSIGNMENTS_MAX_FILE_MB", default=10),
    "MAX_FILES": env.int("ASSIGNMENTS_MAX_FILES", default=5),
    # Participants who have not submitted are reminded this many hours before the due time.
    "DUE_REMINDER_HOURS": env.int("ASSIGNMENTS_DUE_REMINDER_HOURS", default=48),
    # Leaders are reminded of a submission that has waited this long for feedback.
    "WAITING_REMINDER_HOURS": env.int("ASSIGNMENTS_WAITING_REMINDER_HOURS", default=72),
}

# --- Quizzes --------------------------------------------------------------
# A timed quiz accepts answers and the submission this many seconds after its
# deadline (a slow network, a click at the last second).
QUIZ_GRACE_SECONDS = env.int("QUIZ_GRACE_SECONDS", default=30)
