import re

from accounts.models import Audience, Role
from tests.template_lines import lines_matching

VALUES = "|".join(sorted({*Role.values, *Audience.values}))
SPELLED = re.compile(rf"""(==|!=)\s*["']({VALUES})["']|["']({VALUES})["']\s*(==|!=)""")


def test_no_template_spells_a_role_or_audience_value():
    # Templates ask the model (is_user_representative, is_for_professionals, …)
    # or get a label from the enum's choices, so a value lives in accounts.models only.
    assert lines_matching(SPELLED) == []


def test_the_check_finds_a_spelled_value():
    assert SPELLED.search('{% if page.audience == "user_representative" %}')
    assert SPELLED.search("{% if 'all' != value.audience %}")
    assert not SPELLED.search("{% if page.is_for_user_representatives %}")
