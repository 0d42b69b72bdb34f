"""Course certificates: the owner's own, and the public check of a code."""

from __future__ import annotations

from modules.models import Certificate


def certificate_for_owner(*, user, certificate_id: int) -> Certificate | None:
    return Certificate.objects.filter(pk=certificate_id, user=user).first()


def certificate_by_code(*, code: str) -> Certificate | None:
    code = "".join(ch for ch in (code or "").upper() if ch.isalnum())[:32]
    if not code:
        return None
    return Certificate.objects.filter(code=code).first()
