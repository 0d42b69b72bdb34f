from django.urls import path

import elearning.converters  # noqa: F401  registers <id:...>, <token:...>
from cohorts import views
from cohorts.views import leaders

app_name = "cohorts"

urlpatterns = [
    path("<id:cohort_id>/", views.cohort, name="cohort"),
    path("<id:cohort_id>/meld-paa/", views.enrol, name="enrol"),
    path("<id:cohort_id>/meld-av/", views.cancel, name="cancel"),
    path("<id:cohort_id>/kalender.ics", views.calendar, name="calendar"),
    path("kalender/<token:token>.ics", views.calendar_feed, name="calendar_feed"),
    path("<id:cohort_id>/oversikt/", views.overview, name="overview"),
    path("<id:cohort_id>/dager/<id:day_id>/oppmote/", views.attendance, name="attendance"),
    path("<id:cohort_id>/dager/<id:day_id>/oppmote/import/", views.attendance_import, name="attendance_import"),
    path("<id:cohort_id>/grupper/<id:group_id>/", views.group, name="group"),
    path("<id:cohort_id>/grupper/<id:group_id>/melding/", views.group_message, name="group_message"),
    # Group leaders and course leaders (cohorts.views.leaders).
    path("<id:cohort_id>/fremdrift/", leaders.cohort_progress, name="progress"),
    path("<id:cohort_id>/melding/", leaders.cohort_message, name="cohort_message"),
    path("<id:cohort_id>/grupper/<id:group_id>/meldinger/", leaders.group_messages, name="group_messages"),
    path("<id:cohort_id>/deltakere/<id:participant_id>/", leaders.member, name="member"),
    path(
        "<id:cohort_id>/grupper/<id:group_id>/dager/<id:day_id>/oppmote/",
        leaders.group_attendance,
        name="group_attendance",
    ),
]
