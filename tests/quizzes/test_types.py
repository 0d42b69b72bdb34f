import re

from quizzes.types import QuestionType
from tests.template_lines import lines_matching

SPELLED = re.compile(rf"""\.type\s*(==|!=)\s*["']({"|".join(QuestionType.values)})["']""")


def test_no_template_spells_a_question_type():
    # Templates ask the question (quizzes.selectors.QuestionView: takes_one_choice, is_graded, …).
    assert lines_matching(SPELLED) == []


def test_the_check_finds_a_spelled_type():
    assert SPELLED.search('{% elif question.type == "short_text" %}')
    assert not SPELLED.search("{% elif question.is_short_text %}")
