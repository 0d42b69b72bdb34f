"""An assignment prompt stored before the heading and paragraph blocks became
one shared definition (elearning.blocks) still loads and renders, each block."""

from django.urls import reverse

from assignments.blocks import AssignmentPromptBlock
from assignments.models import Assignment
from elearning.blocks import HeadingBlock, ParagraphBlock
from tests.factories.accounts import PASSWORD


def test_the_prompt_shares_the_heading_and_paragraph():
    children = AssignmentPromptBlock.base_blocks
    assert type(children["heading"]) is HeadingBlock
    assert type(children["paragraph"]) is ParagraphBlock


def test_a_prompt_stored_before_renders_each_block(client, world, assignment):
    Assignment.objects.filter(pk=assignment.pk).update(
        prompt=[
            {"type": "heading", "value": "Før du begynner", "id": "h"},
            {"type": "paragraph", "value": '<p data-block-key="p">Observer en samtale.</p>', "id": "p"},
            {"type": "questions", "value": {"title": "Spørsmål", "questions": ["Hva så du?"]}, "id": "q"},
            {"type": "fact_box", "value": {"title": "Husk", "text": "<p>Ingen navn.</p>"}, "id": "f"},
            {"type": "experience_story", "value": {"quote": "Jeg ble sett.", "teller_role": "Pårørende"}, "id": "e"},
        ]
    )
    assert client.login(email=world.learner.user.email, password=PASSWORD)
    response = client.get(reverse("assignments:assignment", args=[assignment.pk]))
    assert response.status_code == 200
    html = response.content.decode()
    assert '<h2 class="ds-heading" data-size="md">Før du begynner</h2>' in html
    assert '<div class="rich-text"><p data-block-key="p">Observer en samtale.</p></div>' in html
    assert "Hva så du?" in html and "Ingen navn." in html and "Jeg ble sett." in html
