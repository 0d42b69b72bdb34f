from django.urls import path

import elearning.converters  # noqa: F401  registers <id:...>, <token:...>
from coteaching import views

app_name = "coteaching"

urlpatterns = [
    path("", views.my_plans, name="my_plans"),
    path("ny/", views.team_create, name="team_create"),
    path("invitasjon/<token:token>/", views.invitation_accept, name="invitation_accept"),
    path("eksempler/", views.examples, name="examples"),
    path("eksempler/<id:plan_id>/", views.example_detail, name="example"),
    path("eksempler/<id:plan_id>/plan.pdf", views.example_pdf, name="example_pdf"),
    path("plan/<id:plan_id>/", views.plan_detail, name="plan"),
    path("plan/<id:plan_id>/del/<str:key>/", views.section_detail, name="section"),
    path("plan/<id:plan_id>/del/<str:key>/rediger/", views.section_edit, name="section_edit"),
    path("plan/<id:plan_id>/del/<str:key>/historikk/", views.section_history, name="section_history"),
    path("plan/<id:plan_id>/del/<str:key>/gjenopprett/", views.section_restore, name="section_restore"),
    path("plan/<id:plan_id>/kommentarer/", views.comment_add, name="comment_add"),
    path("plan/<id:plan_id>/kommentarer/<id:comment_id>/slett/", views.comment_delete, name="comment_delete"),
    path("plan/<id:plan_id>/team/", views.team, name="team"),
    path("plan/<id:plan_id>/team/inviter/", views.invite, name="invite"),
    path(
        "plan/<id:plan_id>/team/invitasjon/<id:invitation_id>/trekk-tilbake/",
        views.invitation_cancel,
        name="invitation_cancel",
    ),
    path("plan/<id:plan_id>/team/medlem/<id:membership_id>/fjern/", views.member_remove, name="member_remove"),
    path("plan/<id:plan_id>/navn/", views.plan_rename, name="plan_rename"),
    path("plan/<id:plan_id>/publisering/", views.publish, name="publish"),
    path("plan/<id:plan_id>/program/", views.schedule, name="schedule"),
    path("plan/<id:plan_id>/program/ny-samling/", views.session_add, name="session_add"),
    path("plan/<id:plan_id>/program/samling/<id:session_id>/", views.session_edit, name="session_edit"),
    path("plan/<id:plan_id>/program/samling/<id:session_id>/slett/", views.session_delete, name="session_delete"),
    path("plan/<id:plan_id>/program/samling/<id:session_id>/flytt/", views.session_move, name="session_move"),
    path("plan/<id:plan_id>/program/samling/<id:session_id>/ny-del/", views.part_add, name="part_add"),
    path("plan/<id:plan_id>/program/del/<id:part_id>/", views.part_edit, name="part_edit"),
    path("plan/<id:plan_id>/program/del/<id:part_id>/slett/", views.part_delete, name="part_delete"),
    path("plan/<id:plan_id>/program/del/<id:part_id>/flytt/", views.part_move, name="part_move"),
    path("plan/<id:plan_id>/utskrift/", views.plan_print, name="plan_print"),
    path("plan/<id:plan_id>/plan.pdf", views.plan_pdf, name="plan_pdf"),
]
