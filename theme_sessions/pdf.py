"""The attendance certificate for a theme session as a tagged PDF (`elearning.pdf`)."""

import datetime

from elearning.pdf import render_pdf
from theme_sessions.models import Registration


def render_attendance_certificate(registration: Registration, *, issued: datetime.date, language: str) -> bytes:
    context = {"registration": registration, "session": registration.session, "issued": issued}
    return render_pdf("theme_sessions/certificate.html", context, language=language)
