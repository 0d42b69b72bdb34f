"""The certificate PDF (WeasyPrint) and the e-mail that announces it."""

import base64
import io

from django.conf import settings
from django.core.files.base import ContentFile
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation

from accounts.selectors import user_language
from elearning.pdf import render_pdf as render_tagged_pdf
from elearning.site_url import absolute_url
from elearning.text import single_line
from modules.models import Certificate


def verification_url(certificate: Certificate) -> str:
    with translation.override(settings.LANGUAGE_CODE):
        path = reverse("certificates:verify", args=[certificate.code])
    return absolute_url(path)


def qr_data_uri(text: str) -> str:
    """A PNG QR code as a data: URI, so WeasyPrint needs no network or file."""
    # deferred: qrcode takes about a tenth of a second to import; only a certificate needs it, not every
    # process that loads the apps (Wagtail imports every wagtail_hooks, which reach this module)
    import qrcode

    image = qrcode.make(text, box_size=6, border=2)
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return "data:image/png;base64," + base64.b64encode(buffer.getvalue()).decode("ascii")


def render_pdf(certificate: Certificate) -> ContentFile:
    """The certificate as a tagged PDF, in the learner's own language."""
    language = user_language(certificate.user)
    url = verification_url(certificate)
    context = {"certificate": certificate, "verification_url": url, "qr_code": qr_data_uri(url)}
    return ContentFile(render_tagged_pdf("modules/certificate_pdf.html", context, language=language))


def build_email(certificate: Certificate) -> EmailMultiAlternatives:
    user = certificate.user
    language = user_language(user)
    with translation.override(language):
        context = {
            "certificate": certificate,
            "name": user.get_full_name() or user.email,
            "dashboard_url": absolute_url(reverse("modules:dashboard")),
            "verification_url": verification_url(certificate),
        }
        subject = single_line(render_to_string("modules/email/certificate_subject.txt", context))
        body = render_to_string("modules/email/certificate_body.txt", context)
    return EmailMultiAlternatives(subject=subject, body=body, to=[user.email])
