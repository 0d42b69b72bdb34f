"""The one way to normalise text a person typed.

- ``multiline``: what a textarea sent, stored as typed: line ends as LF, no
  NUL or other control characters (tabs and newlines kept).
- ``single_line``: a title, a name, a subject: no control characters at all
  (a newline in an e-mail subject kills the e-mail), runs of whitespace made
  one space, trimmed.
- ``comparable``: for comparing answers, not for storing: NFKC, casefolded,
  whitespace collapsed ("STRASSE" equals "straße").
- ``normalise_email``: an e-mail address as accounts store it, to store or
  look one up: trimmed, and the whole address in lower case.
"""

from __future__ import annotations

import re
import unicodedata

_CONTROL_EXCEPT_TAB_LF = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029]")


def multiline(text: str | None) -> str:
    text = str(text or "").replace("\r\n", "\n").replace("\r", "\n")
    return _CONTROL_EXCEPT_TAB_LF.sub("", text)


def single_line(text: str | None) -> str:
    # Control characters (Cc) and line/paragraph separators become spaces;
    # format characters such as the zero-width joiner in emoji stay.
    text = "".join(" " if unicodedata.category(ch) in ("Cc", "Zl", "Zp") else ch for ch in str(text or ""))
    return " ".join(text.split())


def comparable(text: str | None) -> str:
    return " ".join(unicodedata.normalize("NFKC", str(text or "")).casefold().split())


def normalise_email(address: str | None) -> str:
    # As allauth's EmailField cleans an address at sign-up and login, and as
    # accounts.models.UserManager stores it. Django's normalize_email lowers
    # only the domain; lower() rather than casefold(), which would turn a
    # stored "ß" into "ss" and miss the account.
    return str(address or "").strip().lower()
