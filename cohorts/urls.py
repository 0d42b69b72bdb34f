from django.urls import path

import elearning.converters  # noqa: F401  registers <token:...>
from cohorts import views

app_name = "cohorts"

urlpatterns = [
    path("<int:cohort_id>/", views.cohort, name="cohort"),
    path("<int:cohort_id>/meld-paa/", views.enrol, name="enrol"),
    path("<int:cohort_id>/meld-av/", views.cancel, name="cancel"),
    path("<int:cohort_id>/kalender.ics", views.calendar, name="calendar"),
    path("kalender/<token:token>.ics", views.calendar_feed, name="calendar_feed"),
    path("<int:cohort_id>/oversikt/", views.overview, name="overview"),
    path("<int:cohort_id>/dager/<int:day_id>/oppmote/", views.attendance, name="attendance"),
    path("<int:cohort_id>/dager/<int:day_id>/oppmote/import/", views.attendance_import, name="attendance_import"),
    path("<int:cohort_id>/grupper/<int:group_id>/", views.group, name="group"),
    path("<int:cohort_id>/grupper/<int:group_id>/melding/", views.group_message, name="group_message"),
]
