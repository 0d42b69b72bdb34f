import re
from pathlib import Path

from django.conf import settings

from accounts.models import Audience, Role

TEMPLATES = Path(settings.BASE_DIR) / "templates"
VALUES = "|".join(sorted({*Role.values, *Audience.values}))
SPELLED = re.compile(rf"""(==|!=)\s*["']({VALUES})["']|["']({VALUES})["']\s*(==|!=)""")


def test_no_template_spells_a_role_or_audience_value():
    # Templates ask the model (is_user_representative, is_for_professionals, …)
    # or get a label from the enum's choices, so a value lives in accounts.models only.
    found = [
        f"{path.relative_to(TEMPLATES)}:{number}"
        for path in TEMPLATES.rglob("*.html")
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
        if SPELLED.search(line)
    ]
    assert found == []


def test_the_check_finds_a_spelled_value():
    assert SPELLED.search('{% if page.audience == "user_representative" %}')
    assert SPELLED.search("{% if 'all' != value.audience %}")
    assert not SPELLED.search("{% if page.is_for_user_representatives %}")
