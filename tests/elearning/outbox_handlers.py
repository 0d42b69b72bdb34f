"""Outbox handlers for tests/elearning/test_outbox.py: each records its calls
in CALLS, and fails the way its name says."""

import smtplib

from django.core.mail import BadHeaderError

from elearning import outbox

CALLS: list[tuple] = []


@outbox.handler
def record(*args):
    CALLS.append(args)


@outbox.handler
def mail_server_down(*args):
    CALLS.append(args)
    raise smtplib.SMTPServerDisconnected("the mail server went away")


@outbox.handler
def bad_header(*args):
    CALLS.append(args)
    raise BadHeaderError("Header values can't contain newlines")


def not_a_handler(*args):
    CALLS.append(args)


@outbox.handler
def append_line(path: str, line: str):
    """Appends `line` to the file at `path`: not idempotent, so a second run
    shows even from another process (tests/faults/test_outbox_faults.py)."""
    with open(path, "a", encoding="utf-8") as file:
        file.write(line + "\n")
