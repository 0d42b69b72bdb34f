"""Checking an uploaded file by what it contains, not by what it is called.

The first bytes of the file say its type (the ``filetype`` library reads the
signatures: PDF, ZIP-based office documents, JPEG, PNG). A file is accepted
when that type is on the list, its name ends as that type should, and it is
not larger than the limit. Plain text has no signature: a ``.txt`` file is
accepted when it is valid UTF-8 without NUL bytes. Every refusal is a
UserError on the ``files`` field with a message for the person."""

from __future__ import annotations

import os
from dataclasses import dataclass

import filetype
from django.conf import settings
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from elearning.errors import UserError
from elearning.text import single_line

# mime type -> (extensions it may carry, a name people know)
ALLOWED_TYPES: dict[str, tuple[tuple[str, ...], str]] = {
    "application/pdf": (("pdf",), gettext_lazy("PDF")),
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": (("docx",), gettext_lazy("Word")),
    "application/vnd.oasis.opendocument.text": (("odt",), gettext_lazy("OpenDocument text")),
    "application/vnd.openxmlformats-officedocument.presentationml.presentation": (
        ("pptx",),
        gettext_lazy("PowerPoint"),
    ),
    "image/jpeg": (("jpg", "jpeg"), gettext_lazy("JPEG image")),
    "image/png": (("png",), gettext_lazy("PNG image")),
    "text/plain": (("txt",), gettext_lazy("plain text")),
}
HEAD_BYTES = 8192


@dataclass(frozen=True)
class CheckedFile:
    upload: object
    name: str
    content_type: str
    size: int


def max_file_bytes() -> int:
    return int(settings.ASSIGNMENTS["MAX_FILE_MB"] * 1024 * 1024)


def max_files() -> int:
    return int(settings.ASSIGNMENTS["MAX_FILES"])


def allowed_extensions() -> list[str]:
    return [f".{extension}" for extensions, _label in ALLOWED_TYPES.values() for extension in extensions]


def allowed_summary() -> str:
    """ "PDF, Word (.docx), …" for the form's help text and messages."""
    return ", ".join(f"{label} (.{extensions[0]})" for extensions, label in ALLOWED_TYPES.values())


def _clean_name(name: str) -> str:
    name = single_line(os.path.basename(str(name or "").replace("\\", "/"))) or "fil"
    stem, extension = os.path.splitext(name)
    return stem[: 200 - len(extension[:20])] + extension[:20]


def _refuse(message: str, code: str):
    raise UserError(message, code=code, field="files")


def _is_plain_text(upload) -> bool:
    upload.seek(0)
    data = upload.read()
    upload.seek(0)
    if b"\x00" in data:
        return False
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def check_upload(upload) -> CheckedFile:
    """Check one uploaded file. Returns what to store; raises UserError."""
    name = _clean_name(getattr(upload, "name", ""))
    size = int(getattr(upload, "size", 0) or 0)
    if size <= 0:
        _refuse(_("The file «%(name)s» is empty.") % {"name": name}, "empty")
    if size > max_file_bytes():
        _refuse(
            _("The file «%(name)s» is %(size)s. The limit is %(limit)s per file.")
            % {"name": name, "size": filesizeformat(size), "limit": filesizeformat(max_file_bytes())},
            "too_large",
        )
    extension = os.path.splitext(name)[1].lower().lstrip(".")
    upload.seek(0)
    head = upload.read(HEAD_BYTES)
    upload.seek(0)
    kind = filetype.guess(head)
    if kind is None and extension == "txt" and _is_plain_text(upload):
        mime = "text/plain"
    elif kind is None or kind.mime not in ALLOWED_TYPES:
        _refuse(
            _("We cannot accept «%(name)s»: its content is not a type we accept. Accepted types: %(types)s.")
            % {"name": name, "types": allowed_summary()},
            "wrong_type",
        )
    else:
        mime = kind.mime
    extensions, label = ALLOWED_TYPES[mime]
    if extension not in extensions:
        _refuse(
            _(
                "The file «%(name)s» is named as a .%(extension)s file, but its content is %(label)s. "
                "Choose the right file, or save it again as .%(right)s."
            )
            % {"name": name, "extension": extension or "?", "label": label, "right": extensions[0]},
            "type_mismatch",
        )
    return CheckedFile(upload=upload, name=name, content_type=mime, size=size)


def check_uploads(uploads, *, already: int = 0) -> list[CheckedFile]:
    """Check every file of one request before anything is stored, so a
    refusal keeps nothing of it (and the form keeps the person's text)."""
    uploads = list(uploads or [])
    if already + len(uploads) > max_files():
        _refuse(
            _("A submission can have at most %(limit)s files. Remove one before you add another.")
            % {"limit": max_files()},
            "too_many",
        )
    return [check_upload(upload) for upload in uploads]
