"""A group leader's flow in a browser (issue 15, item 5): from the group
page to a member's details with the reflection they shared, attendance for
the group marked by keyboard (htmx, focus on the confirmation), and a message
to the group that the member then reads on the site."""

import pytest

from cohorts.models import Attendance
from tests.e2e.axe import axe_violations
from tests.e2e.conftest import htmx_settled
from tests.e2e.page_types import build_world
from tests.e2e.page_types_cohorts import led_group_with_member
from tests.e2e.test_site_keyboard import tab_to
from tests.factories.accounts import PASSWORD
from tests.factories.cohorts import days_started
from tests.i18n import nb

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_a_group_leader_follows_the_group_marks_attendance_and_writes_to_it(page, home, login):
    world = build_world(home)
    cohort, group, member = led_group_with_member(world)
    days_started(cohort)  # attendance is marked from a day's start
    login(world.learner.email, PASSWORD)

    page.goto(group.get_absolute_url())
    page.get_by_role("link", name=world.representative.get_full_name()).click()
    page.wait_for_load_state()
    assert "Da legen brukte mange faguttrykk" in page.content()  # shared with the leader
    assert not axe_violations(page)

    page.goto(group.get_absolute_url())
    page.get_by_role(
        "link", name=nb("Mark attendance for %(day)s") % {"day": nb("Day %(number)s") % {"number": 2}}
    ).click()
    page.wait_for_load_state()
    box = page.get_by_role("checkbox", name=world.representative.get_full_name())
    tab_to(page, box)
    page.keyboard.press("Space")
    tab_to(page, page.get_by_role("button", name=nb("Save attendance")))
    page.keyboard.press("Enter")
    htmx_settled(page)
    saved = nb("Attendance for %(day)s is saved.") % {"day": nb("Day %(number)s") % {"number": 2}}
    page.wait_for_function("(text) => document.activeElement.textContent.includes(text)", arg=saved)
    assert Attendance.objects.get(day__number=2, day__cohort=cohort, participant=member).present is True
    assert not axe_violations(page)

    page.goto(group.get_absolute_url())
    page.locator("#id_body").fill("Husk å lese leksjonen om gruppeledelse før vi møtes.")
    page.get_by_role("button", name=nb("Send to the group")).click()  # no subject: refused
    page.wait_for_load_state()
    page.wait_for_function("() => document.activeElement.id === 'message-errors'")
    assert page.locator("#id_body").input_value() == "Husk å lese leksjonen om gruppeledelse før vi møtes."
    assert page.url.endswith("/melding/")  # opened again (bookmark): back on the group page, not a 405
    assert page.goto(page.url).status == 200 and page.url.endswith(group.get_absolute_url())
    assert page.get_by_role("button", name=nb("Send to the group")).is_visible()
    page.locator("#id_subject").fill("Før kursdag 3")
    page.locator("#id_body").fill("Husk å lese leksjonen om gruppeledelse før vi møtes.")
    page.get_by_role("button", name=nb("Send to the group")).click()
    page.wait_for_load_state()
    assert nb("The message is on its way to the group.") in page.content()

    page.context.clear_cookies()  # the member logs in on the same browser
    login(world.representative.email, PASSWORD)
    page.goto(cohort.get_absolute_url())
    page.get_by_role("link", name=nb("Messages to your local group")).click()
    page.wait_for_load_state()
    assert "Husk å lese leksjonen om gruppeledelse før vi møtes." in page.content()
    assert not axe_violations(page)
