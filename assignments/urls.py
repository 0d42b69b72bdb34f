from django.urls import path

import elearning.converters  # noqa: F401  registers <id:...>, <token:...>
from assignments import views

app_name = "assignments"

urlpatterns = [
    path("venter/", views.waiting, name="waiting"),
    path("<id:assignment_id>/", views.assignment_detail, name="assignment"),
    path("<id:assignment_id>/lever/", views.submission_save, name="submit"),
    path("<id:assignment_id>/sluttplan/", views.final_plan_submit, name="final_plan_submit"),
    path("innlevering/<id:submission_id>/", views.submission_detail, name="submission"),
    path("innlevering/<id:submission_id>/tilbakemelding/", views.feedback_give, name="feedback"),
    path("innlevering/<id:submission_id>/vurdering/", views.final_plan_assess, name="assess"),
    path("innlevering/<id:submission_id>/kommentarer/", views.comment_add, name="comment"),
    path("innlevering/<id:submission_id>/plan/", views.submission_plan, name="plan"),
    path("innlevering/<id:submission_id>/fil/<id:file_id>/", views.file_download, name="file"),
    path("innlevering/<id:submission_id>/fil/<id:file_id>/slett/", views.file_delete, name="file_delete"),
]
