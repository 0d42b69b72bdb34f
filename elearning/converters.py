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
