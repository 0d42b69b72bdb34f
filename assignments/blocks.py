"""StreamField blocks for an assignment's prompt (oppgavetekst).

The prompt is plain content, the same for every participant: headings, text,
fact boxes, experience stories and documents (elearning.blocks), plus a numbered list of
questions to answer in the submission."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from elearning.blocks import DocumentBlock, ExperienceStoryBlock, FactBoxBlock, HeadingBlock, ParagraphBlock


class QuestionsBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("title"), max_length=200, required=False)
    questions = blocks.ListBlock(blocks.TextBlock(label=_("question")), label=_("questions"), min_num=1)

    class Meta:
        icon = "list-ol"
        template = "blocks/assignment_questions.html"
        help_text = _("Questions the participant answers in the submission, shown as a numbered list.")


class AssignmentPromptBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = ParagraphBlock()
    questions = QuestionsBlock(label=_("Questions"))
    fact_box = FactBoxBlock(label=_("Fact box"))
    experience_story = ExperienceStoryBlock(label=_("Experience story"))
    document = DocumentBlock(label=_("Document"))
