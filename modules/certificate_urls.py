"""Certificate lookup at a short public address, /kursbevis/ (linked from the
footer and printed on certificates): anyone can check that a certificate is
genuine."""

from django.urls import path

import elearning.converters  # noqa: F401  registers <id:...>, <token:...>
from modules import views

app_name = "certificates"

urlpatterns = [
    path("", views.certificate_lookup, name="lookup"),
    path("<token:code>/", views.certificate_verify, name="verify"),
]
