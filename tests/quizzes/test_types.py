import re
from pathlib import Path

from django.conf import settings

from quizzes.types import QuestionType

TEMPLATES = Path(settings.BASE_DIR) / "templates"
SPELLED = re.compile(rf"""\.type\s*(==|!=)\s*["']({"|".join(QuestionType.values)})["']""")


def test_no_template_spells_a_question_type():
    # Templates ask the question (quizzes.selectors.QuestionView: takes_one_choice, is_graded, …).
    found = [
        f"{path.relative_to(TEMPLATES)}:{number}"
        for path in TEMPLATES.rglob("*.html")
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
        if SPELLED.search(line)
    ]
    assert found == []


def test_the_check_finds_a_spelled_type():
    assert SPELLED.search('{% elif question.type == "short_text" %}')
    assert not SPELLED.search("{% elif question.is_short_text %}")
