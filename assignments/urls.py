from django.urls import path

from assignments import views

app_name = "assignments"

urlpatterns = [
    path("venter/", views.waiting, name="waiting"),
    path("<int:assignment_id>/", views.assignment_detail, name="assignment"),
    path("<int:assignment_id>/lever/", views.submission_save, name="submit"),
    path("<int:assignment_id>/sluttplan/", views.final_plan_submit, name="final_plan_submit"),
    path("innlevering/<int:submission_id>/", views.submission_detail, name="submission"),
    path("innlevering/<int:submission_id>/tilbakemelding/", views.feedback_give, name="feedback"),
    path("innlevering/<int:submission_id>/vurdering/", views.final_plan_assess, name="assess"),
    path("innlevering/<int:submission_id>/kommentarer/", views.comment_add, name="comment"),
    path("innlevering/<int:submission_id>/plan/", views.submission_plan, name="plan"),
    path("innlevering/<int:submission_id>/fil/<int:file_id>/", views.file_download, name="file"),
    path("innlevering/<int:submission_id>/fil/<int:file_id>/slett/", views.file_delete, name="file_delete"),
]
