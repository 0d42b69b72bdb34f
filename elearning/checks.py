"""System checks for a production install.

Uploaded media (lesson images, videos, audio, captions) must be served by
something fit for it when DEBUG is off: Django only serves ``/media/`` in
development (``django.views.static``: no range requests for video, one
worker per download). So a production install either stores media in S3
(``AWS_STORAGE_BUCKET_NAME``) or says that the reverse proxy in front of
gunicorn serves ``MEDIA_ROOT`` (``MEDIA_SERVED_BY_PROXY=1``, see the README's
nginx example). Without either, lesson images and videos were 404: now the
web process refuses to start (elearning/wsgi.py) and ``manage.py check --deploy`` says
which setting to set.
"""

from django.conf import settings
from django.core.checks import Error, register

MEDIA_NOT_SERVED = "elearning.E001"


@register(deploy=True)
def media_is_served(app_configs=None, **kwargs) -> list[Error]:
    if settings.DEBUG or settings.AWS_STORAGE_BUCKET_NAME or settings.MEDIA_SERVED_BY_PROXY:
        return []
    return [
        Error(
            "Nothing serves uploaded media (MEDIA_URL) with DEBUG off: lesson images and videos would be 404.",
            hint=(
                "Set AWS_STORAGE_BUCKET_NAME to store media in S3-compatible storage, or serve MEDIA_ROOT from the "
                "reverse proxy (nginx: see 'Running in production' in README.md) and set MEDIA_SERVED_BY_PROXY=1."
            ),
            id=MEDIA_NOT_SERVED,
        )
    ]
