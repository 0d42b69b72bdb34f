"""The Celery app. Broker and behaviour come from Django settings (CELERY_*)."""

import os
import smtplib

from celery import Celery

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "elearning.settings")

app = Celery("elearning")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()


# Options for tasks that send e-mail: retried with backoff while the mail
# server has trouble. The service behind each one claims the send in the
# database first, so a retry or a redelivery never sends twice.
EMAIL_TASK_OPTIONS = {
    "bind": True,
    "acks_late": True,
    "autoretry_for": (smtplib.SMTPException, ConnectionError, TimeoutError),
    "retry_backoff": 30,
    "retry_backoff_max": 1800,
    "max_retries": 8,
}
