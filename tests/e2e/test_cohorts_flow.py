"""The cohort pages in a browser: every cohort page type reflows at 320 px
and passes axe (the checks of test_site_page_types, for these pages only),
and a learner signs up for a cohort by keyboard alone."""

import pytest

from tests.e2e.axe import axe_violations
from tests.e2e.page_types import PAGE_TYPES, build_world
from tests.e2e.test_site_keyboard import tab_to
from tests.e2e.test_site_page_types import OVERFLOW
from tests.factories.accounts import PASSWORD
from tests.factories.cohorts import build_cohort
from tests.i18n import nb

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.mark.parametrize("who", ["anonymous", "learner"])
def test_cohort_pages_reflow_at_320px_and_pass_axe(page, home, login, who):
    world = build_world(home)
    if who == "learner":
        login(world.learner.email, PASSWORD)
    failures = []
    for page_type in (p for p in PAGE_TYPES if p.who == who and p.name.startswith("cohort")):
        path = page_type.path(world)
        for width in (320, 1280):
            page.set_viewport_size({"width": width, "height": 800})
            response = page.goto(path)
            assert response.status == 200, f"{page_type.name} ({path}): HTTP {response.status}"
            if width == 320 and page.evaluate(OVERFLOW)["overflow"] > 0:
                failures.append(f"{page_type.name} scrolls sideways at 320 px: {page.evaluate(OVERFLOW)['wide']}")
            failures += [f"{page_type.name} at {width} px: axe {v['id']}: {v['help']}" for v in axe_violations(page)]
    assert not failures, "\n".join(failures)


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
