"""The Celery app. Broker and behaviour come from Django settings (CELERY_*).
Work that must not be lost goes through the outbox (elearning/outbox.py)."""

import os

from celery import Celery

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "elearning.settings")

app = Celery("elearning")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()
