from django.urls import path

import elearning.converters  # noqa: F401  registers <token:...>, <id:...>
from theme_sessions import views

app_name = "theme_sessions"

urlpatterns = [
    path("<id:session_id>/meld-pa/", views.register, name="register"),
    path("pamelding/<id:registration_id>/meld-av/", views.cancel, name="cancel"),
    path("pamelding/<id:registration_id>/deltakerbevis/", views.certificate, name="certificate"),
    path("<id:session_id>/gjest/", views.guest_register, name="guest_register"),
    path("gjest/bekreft/<token:token>/", views.guest_confirm, name="guest_confirm"),
    path("gjest/<token:token>/", views.guest_manage, name="guest_manage"),
    path("gjest/<token:token>/meld-av/", views.guest_cancel, name="guest_cancel"),
    path("gjest/<token:token>/evaluering/", views.guest_evaluation, name="guest_evaluation"),
    path("<id:session_id>/kalender.ics", views.session_calendar, name="session_calendar"),
    path("<id:session_id>/teksting.vtt", views.captions, name="captions"),
    path("<id:session_id>/evaluering/", views.evaluation, name="evaluation"),
    path("mine/", views.my_sessions, name="my_sessions"),
    path("mine/ny-kalenderadresse/", views.rotate_calendar, name="rotate_calendar"),
    path("kalender/<token:token>.ics", views.calendar_feed, name="calendar_feed"),
]
