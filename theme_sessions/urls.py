from django.urls import path  # noqa: F401

app_name = "theme_sessions"

urlpatterns: list = []
