from django.urls import path

from coteaching import views

app_name = "coteaching"

urlpatterns = [
    path("invitasjon/<str:token>/", views.invitation_accept, name="invitation_accept"),
]
