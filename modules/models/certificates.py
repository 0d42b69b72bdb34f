"""Course certificates (kursbevis).

One row per (user, course), claimed when the course is completed. The PDF
is written by a Celery task after it claims the rendering with a
conditional UPDATE (PENDING → RENDERING), so it is made exactly once even
if the task runs twice. Name, course title and hours are copied onto the
row when it is claimed: the certificate states what was true that day.
"""

import secrets
import uuid

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


def new_code() -> str:
    # 16 characters from an unambiguous alphabet: about 80 bits.
    alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
    return "".join(secrets.choice(alphabet) for _ in range(16))


def certificate_path(instance, filename: str) -> str:
    # Unguessable file name; downloads go through an owner-only view anyway.
    return f"certificates/{uuid.uuid4().hex}.pdf"


class CertificateStatus(models.TextChoices):
    PENDING = "pending", _("Being made")
    RENDERING = "rendering", _("Being made")
    READY = "ready", _("Ready")


class Certificate(models.Model):
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="certificates")
    # The course may be deleted later; the certificate keeps its own copy of the title.
    course = models.ForeignKey("modules.CoursePage", null=True, on_delete=models.SET_NULL, related_name="certificates")
    code = models.CharField(_("verification code"), max_length=32, unique=True, default=new_code, editable=False)
    full_name = models.CharField(_("name"), max_length=300)
    course_title = models.CharField(_("course"), max_length=255)
    hours = models.DecimalField(_("hours"), max_digits=5, decimal_places=1)
    issuer = models.CharField(_("issued by"), max_length=200)
    # Cohort courses: the course days attended, copied when the certificate is claimed.
    days_attended = models.PositiveSmallIntegerField(_("course days attended"), null=True, blank=True)
    completed_on = models.DateField(_("completed"))
    status = models.CharField(max_length=16, choices=CertificateStatus.choices, default=CertificateStatus.PENDING)
    claimed_at = models.DateTimeField(null=True, blank=True)
    file = models.FileField(upload_to=certificate_path, blank=True)
    emailed_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("course certificate")
        verbose_name_plural = _("course certificates")
        constraints = [models.UniqueConstraint(fields=["user", "course"], name="modules_certificate_unique")]

    def __str__(self):
        return f"{self.full_name} – {self.course_title} ({self.code})"

    @property
    def is_ready(self) -> bool:
        return self.status == CertificateStatus.READY and bool(self.file)

    @property
    def formatted_code(self) -> str:
        return "-".join(self.code[i : i + 4] for i in range(0, len(self.code), 4))
