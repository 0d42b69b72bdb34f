import os

from django.core.exceptions import ImproperlyConfigured
from django.core.wsgi import get_wsgi_application

from elearning.checks import media_is_served

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "elearning.settings")

# gunicorn runs no system checks: a web process that could not serve the
# lesson media refuses to start, with the check's message (elearning.checks).
# The check reads the settings only, so it runs before the apps are loaded:
# a misconfigured process fails in a fraction of a second, not after seconds.
if problems := media_is_served():
    raise ImproperlyConfigured(f"{problems[0].msg} {problems[0].hint}")

application = get_wsgi_application()
