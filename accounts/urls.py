from django.urls import path

from accounts import views

app_name = "accounts"

urlpatterns = [
    path("mine-data/", views.my_data, name="my_data"),
    path("mine-data/eksport.json", views.export_data, name="export_data"),
    path("mine-data/slett/", views.delete_account, name="delete_account"),
]
