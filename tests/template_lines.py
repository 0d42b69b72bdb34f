"""Where the templates that ship (templates/) spell something they should
ask a model or an enum for."""

import re
from pathlib import Path

from django.conf import settings

TEMPLATES = Path(settings.BASE_DIR) / "templates"


def lines_matching(pattern: re.Pattern) -> list[str]:
    """Every template line that ``pattern`` finds something in, as path:line."""
    return [
        f"{path.relative_to(TEMPLATES)}:{number}"
        for path in sorted(TEMPLATES.rglob("*.html"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
        if pattern.search(line)
    ]
