"""A learner signs up for a cohort by keyboard alone. Every cohort page type
(tests/e2e/page_types_cohorts.py) reflows at 320 px and passes axe in
test_site_page_types, with the site's other page types."""

import pytest

from tests.e2e.axe import axe_violations
from tests.e2e.page_types import build_world
from tests.e2e.test_site_keyboard import tab_to
from tests.factories.accounts import PASSWORD
from tests.factories.cohorts import build_cohort
from tests.i18n import nb

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_a_learner_signs_up_for_a_cohort_by_keyboard(page, home, login):
    world = build_world(home)
    cohort = build_cohort(world.course, days=5)
    login(world.learner.email, PASSWORD)
    page.goto(cohort.get_absolute_url())
    button = page.get_by_role("button", name=nb("Sign up"))
    tab_to(page, button)
    with page.expect_navigation():
        page.keyboard.press("Enter")
    page.wait_for_load_state()
    assert nb("You have a seat in the cohort. Welcome!") in page.content()
    assert "https://møte.example.no/kull" in page.content()  # the meeting link, now that the learner has a seat
    assert not axe_violations(page)
