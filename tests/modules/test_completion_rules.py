"""Templates ask a lesson how it is completed; they never spell a CompletionRule value."""

import re

import pytest

from modules.models import CompletionRule, LessonPage
from tests.template_lines import lines_matching


@pytest.mark.django_db  # a page made in memory reads the default locale
def test_the_lesson_says_how_it_is_completed():
    asked = {
        rule: (lesson.completed_by_marking, lesson.completed_by_reflection, lesson.completed_by_quiz)
        for rule in CompletionRule
        for lesson in [LessonPage(completion_rule=rule)]
    }
    assert asked == {
        CompletionRule.OPENED: (True, False, False),
        CompletionRule.MARKED: (True, False, False),
        CompletionRule.REFLECTION: (False, True, False),
        CompletionRule.QUIZ: (False, False, True),
    }


def test_no_template_spells_a_completion_rule():
    spelled = re.compile(rf"""completion_rule\s*(==|!=)\s*["']({"|".join(CompletionRule.values)})["']""")
    assert lines_matching(spelled) == []
