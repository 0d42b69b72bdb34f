from django.urls import path

from quizzes import views

app_name = "quizzes"

urlpatterns = [
    path("<int:quiz_id>/leksjon/<int:lesson_id>/start/", views.start, name="start"),
    path("forsok/<int:attempt_id>/", views.attempt, name="attempt"),
    path("forsok/<int:attempt_id>/sporsmal/<int:number>/", views.question, name="question"),
    path("forsok/<int:attempt_id>/lever/", views.submit, name="submit"),
    path("forsok/<int:attempt_id>/resultat/", views.review, name="review"),
]
