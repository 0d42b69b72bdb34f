from django.urls import path

from theme_sessions import views

app_name = "theme_sessions"

urlpatterns = [
    path("<int:session_id>/meld-pa/", views.register, name="register"),
    path("pamelding/<int:registration_id>/meld-av/", views.cancel, name="cancel"),
    path("pamelding/<int:registration_id>/deltakerbevis/", views.certificate, name="certificate"),
    path("<int:session_id>/gjest/", views.guest_register, name="guest_register"),
    path("gjest/bekreft/<str:token>/", views.guest_confirm, name="guest_confirm"),
    path("gjest/<str:token>/", views.guest_manage, name="guest_manage"),
    path("gjest/<str:token>/meld-av/", views.guest_cancel, name="guest_cancel"),
    path("gjest/<str:token>/evaluering/", views.guest_evaluation, name="guest_evaluation"),
    path("<int:session_id>/kalender.ics", views.session_calendar, name="session_calendar"),
    path("<int:session_id>/teksting.vtt", views.captions, name="captions"),
    path("<int:session_id>/evaluering/", views.evaluation, name="evaluation"),
    path("mine/", views.my_sessions, name="my_sessions"),
    path("mine/ny-kalenderadresse/", views.rotate_calendar, name="rotate_calendar"),
    path("kalender/<str:token>.ics", views.calendar_feed, name="calendar_feed"),
]
