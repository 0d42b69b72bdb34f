from django.urls import path

from evaluations import views

app_name = "evaluations"

urlpatterns = [
    path("kull/<int:cohort_id>/dag/<int:day_id>/", views.day, name="day"),
    path("kull/<int:cohort_id>/kursslutt/", views.course_end, name="course_end"),
    path("kull/<int:cohort_id>/oppfolging/", views.follow_up, name="follow_up"),
    path("kull/<int:cohort_id>/resultater/", views.results, name="results"),
    path("kurs/<int:course_id>/", views.course, name="course"),
]
