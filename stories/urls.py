from django.urls import path

from stories import views

app_name = "stories"

urlpatterns = [
    path("", views.story_list, name="list"),
    path("ny/", views.create, name="create"),
    path("<int:story_id>/", views.detail, name="detail"),
    path("<int:story_id>/steg/<int:number>/", views.step, name="step"),
    path("<int:story_id>/kommentarer/", views.comment, name="comment"),
    path("<int:story_id>/del/", views.share, name="share"),
    path("<int:story_id>/del/<int:share_id>/fjern/", views.unshare, name="unshare"),
    path("<int:story_id>/slett/", views.delete, name="delete"),
]
