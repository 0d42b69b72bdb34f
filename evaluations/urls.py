from django.urls import path

import elearning.converters  # noqa: F401  registers <id:...>, <token:...>
from evaluations import views

app_name = "evaluations"

urlpatterns = [
    path("kull/<id:cohort_id>/dag/<id:day_id>/", views.day, name="day"),
    path("kull/<id:cohort_id>/kursslutt/", views.course_end, name="course_end"),
    path("kull/<id:cohort_id>/oppfolging/", views.follow_up, name="follow_up"),
    path("kull/<id:cohort_id>/resultater/", views.results, name="results"),
    path("kurs/<id:course_id>/", views.course, name="course"),
]
