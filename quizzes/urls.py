from django.urls import path

import elearning.converters  # noqa: F401  registers <id:...>
from quizzes import views

app_name = "quizzes"

urlpatterns = [
    path("<id:quiz_id>/leksjon/<id:lesson_id>/start/", views.start, name="start"),
    path("forsok/<id:attempt_id>/", views.attempt, name="attempt"),
    path("forsok/<id:attempt_id>/sporsmal/<id:number>/", views.question, name="question"),
    path("forsok/<id:attempt_id>/lever/", views.submit, name="submit"),
    path("forsok/<id:attempt_id>/resultat/", views.review, name="review"),
]
