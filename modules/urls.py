from django.urls import path

import elearning.converters  # noqa: F401  registers <token:...>
from modules import views

app_name = "modules"

urlpatterns = [
    path("mine-kurs/", views.dashboard, name="dashboard"),
    path("kurs/<int:course_id>/meld-paa/", views.enrol, name="enrol"),
    path("kurs/<int:course_id>/meld-av/", views.unenrol, name="unenrol"),
    path("kurs/<int:course_id>/fortsett/", views.resume, name="resume"),
    path("kurs/<int:course_id>/evaluering/", views.evaluate, name="evaluate"),
    path("leksjon/<int:lesson_id>/fullfort/", views.mark_complete, name="mark_complete"),
    path("leksjon/<int:lesson_id>/refleksjon/<str:key>/", views.reflection, name="reflection"),
    path("invitasjon/<token:token>/", views.invitation, name="invitation"),
    path("innebygd-innhold/samtykke/", views.embed_consent, name="embed_consent"),
    path("teksting/<int:document_id>.vtt", views.captions, name="captions"),
    path("mine-kurs/kursbevis/<int:certificate_id>.pdf", views.certificate_download, name="certificate_download"),
    path("kursbevis/", views.certificate_lookup, name="certificate_lookup"),
    path("kursbevis/<token:code>/", views.certificate_verify, name="certificate_verify"),
]
