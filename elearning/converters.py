"""URL converters shared by every app.

``token``: the unguessable keys of invitation links and calendar feeds
(``elearning.tokens.new_token``: URL-safe base64), certificate codes and
signed links (``django.core.signing``: base64 parts joined by ``:``, a
leading ``.`` when compressed). Anything else in that
place of the URL (a NUL byte, a slash, spaces, 10 kB of text) is no match,
so the answer is a 404 before a view or the database sees it.
"""

from django.urls import register_converter


class TokenConverter:
    regex = r"[A-Za-z0-9_.:-]{1,200}"

    def to_python(self, value: str) -> str:
        return value

    def to_url(self, value: str) -> str:
        return value


register_converter(TokenConverter, "token")


class IdConverter:
    """``<id:plan_id>``: a database id, in every URL instead of ``<int:…>``.

    ``int`` takes any number of digits, and a lookup through a relation (a
    page's ``page_ptr``, ``day__cohort_id``) gets no range check from
    Django: 20 digits answered 500 (SQLite: OverflowError). 18 digits at most
    fits a 64-bit id; anything longer is no object, a 404."""

    regex = r"[0-9]{1,18}"

    def to_python(self, value: str) -> int:
        return int(value)

    def to_url(self, value) -> str:
        return str(value)


register_converter(IdConverter, "id")
