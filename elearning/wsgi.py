import os

from django.core.exceptions import ImproperlyConfigured
from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "elearning.settings")
application = get_wsgi_application()

# gunicorn runs no system checks: a web process that could not serve the
# lesson media refuses to start, with the check's message (elearning.checks).
from elearning.checks import media_is_served  # noqa: E402  needs the apps loaded above

if problems := media_is_served():
    raise ImproperlyConfigured(f"{problems[0].msg} {problems[0].hint}")
