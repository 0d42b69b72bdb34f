"""The one user-facing error type.

A service refuses a request by raising ``UserError`` (or a subclass) with a
message written for the person, already translated. Views catch
``UserError``, show ``error.message`` beside ``error.field`` (or above the
form when ``field`` is None) and answer ``error.status``: a plain form gets
the page again with the message, an htmx request gets its form partial with
that status (htmx swaps 400, 409 and 422: templates/components/head_links.html).

    raise UserError(_("The title is too long."), code="too_long", field="title")
    raise EditConflict(_("Someone else saved this first."), current=row, yours=text)
"""

from __future__ import annotations

from typing import Any

from django.utils.formats import number_format


class UserError(Exception):
    """A refusal with a message for the person. ``code`` is stable and for
    code and tests; ``field`` names the form field the message belongs to."""

    status = 422

    def __init__(self, message: str, *, code: str = "invalid", field: str | None = None):
        super().__init__(message)
        self.message = str(message)
        self.code = code
        self.field = field

    def add_to_form(self, form) -> None:
        """Put the message on ``form`` (on ``field`` when the form has it)."""
        form.add_error(self.field if self.field in form.fields else None, self.message)


def length_and_limit(length: int, limit: int) -> dict[str, str]:
    """A too-long refusal's %(length)s and %(limit)s, grouped as the active
    language writes numbers (10 050 in Norwegian, 10,050 in English), as the
    forms' help texts give the limit."""
    return {"length": number_format(length, force_grouping=True), "limit": number_format(limit, force_grouping=True)}


class BadLink(UserError):
    """A link from an e-mail that does not work (altered, cut short, expired,
    already used). The link is the whole request, so it is a malformed one
    (400); the message tells the person what to do."""

    status = 400


class NotYours(UserError):
    """What the person asks for belongs to someone else (403)."""

    status = 403


class Conflict(UserError):
    """The request clashes with the current state (already done, full, closed)."""

    status = 409


class EditConflict(Conflict):
    """Someone saved the same thing after this editor opened it (see
    ``elearning.locking``). Carries the saved row (``current``, theirs) and what
    this editor sent (``yours``) so the page can show both texts."""

    def __init__(self, message: str, *, current: Any, yours: Any, code: str = "edit_conflict", field=None):
        super().__init__(message, code=code, field=field)
        self.current = current
        self.yours = yours
