from django.urls import path

import elearning.converters  # noqa: F401  registers <id:...>, <token:...>
from stories import views

app_name = "stories"

urlpatterns = [
    path("", views.story_list, name="list"),
    path("ny/", views.create, name="create"),
    path("<id:story_id>/", views.detail, name="detail"),
    path("<id:story_id>/steg/<id:number>/", views.step, name="step"),
    path("<id:story_id>/kommentarer/", views.comment, name="comment"),
    path("<id:story_id>/del/", views.share, name="share"),
    path("<id:story_id>/del/<id:share_id>/fjern/", views.unshare, name="unshare"),
    path("<id:story_id>/slett/", views.delete, name="delete"),
]
