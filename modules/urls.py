from django.urls import path
from django.views.generic import RedirectView

import elearning.converters  # noqa: F401  registers <id:...>, <token:...>
from modules import views

app_name = "modules"

urlpatterns = [
    path("mine-kurs/", views.dashboard, name="dashboard"),
    path("kurs/<id:course_id>/meld-paa/", views.enrol, name="enrol"),
    path("kurs/<id:course_id>/meld-av/", views.unenrol, name="unenrol"),
    path("kurs/<id:course_id>/fortsett/", views.resume, name="resume"),
    path("leksjon/<id:lesson_id>/fullfort/", views.mark_complete, name="mark_complete"),
    path("leksjon/<id:lesson_id>/refleksjon/<str:key>/", views.reflection, name="reflection"),
    path("invitasjon/<token:token>/", views.invitation, name="invitation"),
    path("innebygd-innhold/samtykke/", views.embed_consent, name="embed_consent"),
    path("teksting/<id:document_id>.vtt", views.captions, name="captions"),
    path("mine-kurs/kursbevis/<id:certificate_id>.pdf", views.certificate_download, name="certificate_download"),
    # The first addresses of the certificate pages, printed on certificates made
    # before they moved to /kursbevis/ (modules.certificate_urls): kept, forever.
    path("kursbevis/", RedirectView.as_view(pattern_name="certificates:lookup", permanent=True, query_string=True)),
    path(
        "kursbevis/<token:code>/",
        RedirectView.as_view(pattern_name="certificates:verify", permanent=True),
        name="certificate_verify_old",
    ),
]
