"""The co-teaching flow in a real browser: a user representative starts a
teaching plan and invites a professional by e-mail; the professional accepts
in a second browser; both edit the same section at once, the conflict is
shown with both texts and resolved; the schedule says who leads each part;
the plan is exported as PDF and published to the examples library. axe runs
on every page type."""

import re
from urllib.parse import urlsplit

import pytest
from django.utils import timezone

from accounts.models import Role
from coteaching.models import Membership, PlanSection, TeachingPlan
from tests.e2e.axe import assert_accessible
from tests.factories.accounts import PASSWORD, UserFactory, UserRepresentativeFactory
from tests.factories.coteaching import TeachingPlanFactory
from tests.i18n import nb

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def featured_example(settings, tmp_path):
    """A published example plan that NK LMH features in the library."""
    settings.MEDIA_ROOT = tmp_path / "media"
    now = timezone.now()
    return TeachingPlanFactory(
        title="Å leve med diabetes type 2", published_as_example=True, published_at=now, featured=True, featured_at=now
    )


def _open_section_editor(page, key):
    section = page.locator(f"#section-{key}")
    section.get_by_role("link", name=nb("Edit")).click()
    textarea = page.locator(f"#id_{key}_text")
    textarea.wait_for()
    return textarea


def test_team_forms_edits_with_a_conflict_exports_pdf_and_publishes(
    page, browser, live_server, login, featured_example, mailoutbox
):
    user_rep = UserRepresentativeFactory(first_name="Per", last_name="Erfaren", email="per@example.no")
    professional = UserFactory(first_name="Kari", last_name="Sykepleier", email="kari@example.no")

    # The user representative starts a plan from the main menu.
    page.goto(login(user_rep.email))
    page.get_by_role("navigation", name=nb("Main menu")).get_by_role("link", name=nb("My teaching plans")).click()
    page.wait_for_load_state()
    assert_accessible(page)
    page.get_by_role("link", name=nb("Start a new teaching plan")).click()
    page.wait_for_load_state()
    assert_accessible(page)
    page.get_by_label(nb("Name of the course you are planning")).fill("Mestringskurs for KOLS")
    page.get_by_label(nb("Name of the planning group")).fill("KOLS-gruppa")
    page.get_by_role("button", name=nb("Create the plan")).click()
    page.wait_for_load_state()
    plan = TeachingPlan.objects.get(title="Mestringskurs for KOLS")
    plan_url = page.url
    assert urlsplit(plan_url).path == f"/samarbeid/plan/{plan.pk}/"
    assert_accessible(page)

    # Inviting the professional by e-mail.
    page.get_by_role("link", name=nb("Team and publishing")).click()
    page.wait_for_load_state()
    assert_accessible(page)
    mailoutbox.clear()
    page.get_by_label(nb("E-mail address")).fill(professional.email)
    page.get_by_label(nb("Professional"), exact=True).check()
    page.get_by_role("button", name=nb("Send invitation")).click()
    page.wait_for_load_state()
    assert professional.email in page.content()
    assert len(mailoutbox) == 1
    accept_path = urlsplit(re.search(r"https?://\S+/samarbeid/invitasjon/\S+/", mailoutbox[0].body).group(0)).path

    # Publishing needs a professional: refused with the reason.
    page.get_by_role("button", name=nb("Publish as an example")).click()
    page.wait_for_load_state()
    missing_role = nb(
        "The plan can be published when the team has at least one professional and one user "
        "representative. Invite the one that is missing first."
    )
    assert missing_role in page.content()

    # The professional accepts in a second browser.
    context_b = browser.new_context(locale="nb-NO", base_url=live_server.url, viewport={"width": 1280, "height": 900})
    context_b.set_default_timeout(15_000)
    page_b = context_b.new_page()
    try:
        page_b.goto(accept_path)
        assert "Mestringskurs for KOLS" in page_b.content()
        assert_accessible(page_b)
        page_b.get_by_role("link", name=nb("Log in"), exact=True).last.click()
        page_b.locator("#id_login").fill(professional.email)
        page_b.locator("#id_password").fill(PASSWORD)
        page_b.locator("main form button[type=submit]").click()
        page_b.wait_for_load_state()
        assert urlsplit(page_b.url).path == accept_path
        page_b.get_by_role("button", name=nb("Join the team")).click()
        page_b.wait_for_load_state()
        assert page_b.url == plan_url
        assert Membership.objects.get(team=plan.team, user=professional).role == Role.PROFESSIONAL

        # The used link now explains itself to anyone else.
        page.goto(accept_path)
        assert nb("This invitation has already been used. Ask the team for a new one if you need it.") in (
            page.content()
        )
        assert_accessible(page)

        # Both open the goals section at the same time (htmx, in place).
        page.goto(plan_url)
        mine = _open_section_editor(page, "goals")
        theirs = _open_section_editor(page_b, "goals")
        assert_accessible(page)
        mine.fill("Deltakerne skal kjenne igjen tegn på forverring.")
        theirs.fill("Deltakerne skal kunne bruke pusteteknikker i hverdagen.")
        page_b.locator("#section-goals").get_by_role("button", name=nb("Save")).click()
        page_b.locator("#section-goals").get_by_text("Deltakerne skal kunne bruke pusteteknikker").wait_for()
        assert page_b.locator("#id_goals_text").count() == 0
        saved_version = PlanSection.objects.get(plan=plan, key="goals").version

        # The second save is a conflict: both texts are shown, nothing is lost.
        page.locator("#section-goals").get_by_role("button", name=nb("Save")).click()
        alert = page.locator("#section-goals [role=alert]")
        alert.wait_for()
        assert nb("Someone else saved this section while you were writing") in alert.inner_text()
        saved_box = page.get_by_label(nb("The saved version (theirs)"))
        assert saved_box.input_value() == "Deltakerne skal kunne bruke pusteteknikker i hverdagen."
        assert page.locator("#id_goals_text").input_value() == "Deltakerne skal kjenne igjen tegn på forverring."
        assert_accessible(page)
        assert PlanSection.objects.get(plan=plan, key="goals").version == saved_version  # the losing save wrote nothing

        # Merge and save again.
        merged = (
            "Deltakerne skal kunne bruke pusteteknikker i hverdagen.\nDeltakerne skal kjenne igjen tegn på forverring."
        )
        page.locator("#id_goals_text").fill(merged)
        page.locator("#section-goals").get_by_role("button", name=nb("Save")).click()
        page.locator("#section-goals").get_by_text("kjenne igjen tegn på forverring").wait_for()
        page.locator("#plan-status").get_by_text(nb("Saved: %(section)s.") % {"section": nb("Goals")}).wait_for(
            state="attached"
        )
        section = PlanSection.objects.get(plan=plan, key="goals")
        assert (section.text, section.version) == (merged, 3)

        # The plain-form path (no htmx): the professional opens the edit page directly.
        page_b.goto(f"/samarbeid/plan/{plan.pk}/del/methods/rediger/")
        assert_accessible(page_b)
        page_b.locator("#id_methods_text").fill("Brukerinnlegg og samtale i smågrupper.")
        page_b.get_by_role("button", name=nb("Save")).click()
        page_b.wait_for_url(re.compile(rf"/samarbeid/plan/{plan.pk}/#section-methods$"))
        assert "Brukerinnlegg og samtale i smågrupper." in page_b.locator("#section-methods").inner_text()

        # Version history.
        page_b.goto(f"/samarbeid/plan/{plan.pk}/del/goals/historikk/")
        assert_accessible(page_b)
        assert "pusteteknikker" in page_b.content()

        # The schedule: who leads each part.
        page_b.goto(plan_url)
        page_b.get_by_role("link", name=nb("Edit the schedule")).click()
        page_b.wait_for_load_state()
        assert_accessible(page_b)
        page_b.locator("#id_new-title").fill("Dag 1: Å puste lettere")
        page_b.get_by_role("button", name=nb("Add session")).click()
        page_b.wait_for_load_state()
        assert_accessible(page_b)
        page_b.locator("#id_part-title").fill("Brukerinnlegg: Min første tid med KOLS")
        page_b.locator("#id_part-minutes").fill("15")
        page_b.get_by_label(nb("User representatives"), exact=True).check()
        page_b.get_by_role("button", name=nb("Add part")).click()
        page_b.wait_for_load_state()
        assert "Brukerinnlegg: Min første tid med KOLS" in page_b.content()
        page_b.locator("#parts tbody tr").first.get_by_role("link", name=re.compile(nb("Edit"))).click()
        page_b.wait_for_load_state()
        assert_accessible(page_b)

        # A comment on a section.
        page.goto(plan_url + "?kommentar=goals#comment-form")
        page.locator("#comment-form textarea").fill("Fint at vi fikk med begge målene!")
        page.get_by_role("button", name=nb("Add comment")).click()
        page.wait_for_load_state()
        assert page.locator("#section-goals").get_by_text("Fint at vi fikk med begge målene!").is_visible()
        assert_accessible(page)

        # Print view and PDF export.
        page.get_by_role("link", name=nb("Print view")).click()
        page.wait_for_load_state()
        assert "Min første tid med KOLS" in page.content()
        assert_accessible(page)
        with page.expect_download() as download_info:
            page.locator("main").get_by_role("link", name=nb("Download as PDF")).first.click()
        download = download_info.value
        assert download.suggested_filename.endswith(".pdf")
        with open(download.path(), "rb") as pdf:
            assert pdf.read(5) == b"%PDF-"

        # With both roles in the team, the plan can be published as an example.
        page.goto(plan_url)
        page.get_by_role("link", name=nb("Team and publishing")).click()
        page.get_by_role("button", name=nb("Publish as an example")).click()
        page.wait_for_load_state()
        plan.refresh_from_db()
        assert plan.published_as_example
    finally:
        context_b.close()

    # The examples library is open to everyone: the featured plan first.
    page.get_by_role("button", name=nb("Log out")).click()
    page.wait_for_load_state()
    page.goto("/samarbeid/eksempler/")
    assert_accessible(page)
    content = page.content()
    assert content.index(featured_example.title) < content.index("Mestringskurs for KOLS")
    page.get_by_role("link", name="Mestringskurs for KOLS").click()
    page.wait_for_load_state()
    assert "pusteteknikker" in page.content()
    assert "Fint at vi fikk med begge målene!" not in page.content()
    assert_accessible(page)
    # A private plan stays private.
    page.goto(plan_url)
    assert "/accounts/login/" in page.url
