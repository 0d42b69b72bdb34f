"""Small-group suppression: an aggregate about fewer than
``settings.REPORTS_MIN_GROUP_SIZE`` people (5 unless set) is not shown, on the
page or in a download, because a number about two or three people says
something about each of them.

The rule is per row: every report row describes a group (a role, a
profession, a cohort, a session, a course day …) and names the field that
holds its size. A row whose group is smaller than the minimum keeps its label,
and every number in it is replaced by HIDDEN. Zero is a number too: "0 of 3
completed" says as much as "3 of 3"."""

from collections.abc import Iterable

from django.conf import settings
from django.utils.translation import gettext_lazy as _


class Hidden:
    """The value of a suppressed cell: shown as "<5" on the page and in the
    files, and as a gap in a chart."""

    def __str__(self):
        return f"<{min_group_size()}"

    def __bool__(self):
        return False

    def __eq__(self, other):
        return isinstance(other, Hidden)

    def __hash__(self):
        return 0


HIDDEN = Hidden()
EXPLANATION = _("Groups of fewer than %(size)s people are hidden (shown as “<%(size)s”) to protect their privacy.")


def min_group_size() -> int:
    return settings.REPORTS_MIN_GROUP_SIZE


def explanation() -> str:
    """The note under a table where a row is hidden."""
    return EXPLANATION % {"size": min_group_size()}


def is_small(size: int | None) -> bool:
    return size is None or size < min_group_size()


def suppress_rows(rows: Iterable[dict], *, size: str, fields: Iterable[str]) -> list[dict]:
    """``rows`` with ``fields`` set to HIDDEN in every row whose ``size`` is
    under the minimum. The size field itself is hidden too when it is among
    ``fields``."""
    fields = list(fields)
    result = []
    for row in rows:
        if is_small(row.get(size)):
            row = {**row, **dict.fromkeys(fields, HIDDEN), "suppressed": True}
        result.append(row)
    return result


def is_hidden(value) -> bool:
    return isinstance(value, Hidden)
