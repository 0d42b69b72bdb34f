import re

import pytest
from django.urls import reverse

from accounts.models import Role
from coteaching import services
from coteaching.models import (
    SECTION_MAX_LENGTH,
    Invitation,
    Membership,
    PlanComment,
    PlanSection,
    SessionPart,
)
from elearning.errors import Conflict, UserError
from tests.factories.accounts import AdminUserFactory, StaffFactory
from tests.i18n import nb

pytestmark = pytest.mark.django_db

HTMX = {"HTTP_HX_REQUEST": "true"}


def _url(name, *args):
    return reverse(f"coteaching:{name}", args=args)


@pytest.fixture
def scheduled_plan(full_plan, professional):
    day = services.session_create(user=professional, plan=full_plan, data={"title": "Dag 1: Velkommen"})
    services.part_create(
        user=professional,
        session=day,
        data={"title": "Brukerinnlegg", "minutes": 15, "lead": "user_representative", "description": "Min historie"},
    )
    return full_plan


# --- Who sees what ----------------------------------------------------------------


def _member_urls(plan):
    session = plan.sessions.first()
    part = SessionPart.objects.filter(session__plan=plan).first()
    return [
        _url("plan", plan.pk),
        _url("section", plan.pk, "goals"),
        _url("section_edit", plan.pk, "goals"),
        _url("section_history", plan.pk, "goals"),
        _url("team", plan.pk),
        _url("schedule", plan.pk),
        _url("session_edit", plan.pk, session.pk),
        _url("part_edit", plan.pk, part.pk),
        _url("plan_print", plan.pk),
        _url("plan_pdf", plan.pk),
    ]


def test_someone_elses_plan_is_404_for_every_page(client, scheduled_plan, outsider):
    client.force_login(outsider)
    for url in _member_urls(scheduled_plan):
        assert client.get(url).status_code == 404, url
    assert client.get(_url("example", scheduled_plan.pk)).status_code == 404


def test_outsiders_cannot_post_into_someone_elses_plan(client, scheduled_plan, outsider):
    client.force_login(outsider)
    posts = [
        (_url("section_edit", scheduled_plan.pk, "goals"), {"text": "hack", "base_version": 1}),
        (_url("comment_add", scheduled_plan.pk), {"text": "hei"}),
        (_url("invite", scheduled_plan.pk), {"email": "x@example.no", "role": "professional"}),
        (_url("publish", scheduled_plan.pk), {"action": "publish"}),
        (_url("session_add", scheduled_plan.pk), {"new-title": "x"}),
    ]
    for url, data in posts:
        assert client.post(url, data).status_code == 404, url
    assert PlanSection.objects.get(plan=scheduled_plan, key="goals").text == ""
    assert not PlanComment.objects.exists()
    assert not Invitation.objects.exists()


def test_anonymous_visitors_are_sent_to_log_in(client, plan):
    response = client.get(_url("plan", plan.pk))
    assert response.status_code == 302
    assert reverse("account_login") in response["Location"]


def test_every_member_page_renders(pro_client, scheduled_plan):
    section = _url("section", scheduled_plan.pk, "goals")
    for url in _member_urls(scheduled_plan):
        response = pro_client.get(url)
        if url == section:  # a section alone is an htmx partial; without htmx, the plan shows it
            assert response.status_code == 302
            assert response.url == _url("plan", scheduled_plan.pk) + "#section-goals"
            response = pro_client.get(url, **HTMX)
        assert response.status_code == 200, url


def test_plan_page_runs_a_constant_number_of_queries(
    pro_client, scheduled_plan, professional, django_assert_max_num_queries
):
    for key in ("goals", "content", "eval_plan"):
        services.section_save(user=professional, plan=scheduled_plan, key=key, text="Tekst", base_version=1)
        services.comment_add(user=professional, plan=scheduled_plan, text="Kommentar", section_key=key)
    with django_assert_max_num_queries(14):
        response = pro_client.get(_url("plan", scheduled_plan.pk))
    assert response.status_code == 200
    content = response.content.decode()
    assert "Brukerinnlegg" in content
    assert nb("User representative") in content


# --- My plans and new teams -------------------------------------------------------


def test_my_plans_lists_only_my_teams(pro_client, plan, outsider, professional, django_assert_max_num_queries):
    other = services.team_create(user=outsider, name="Andres gruppe", plan_title="Andres plan")
    for n in range(3):
        services.team_create(user=professional, name=f"Gruppe {n}", plan_title=f"Plan {n}")
    # The layout (menu, site settings) takes most of these; the plans take two, however many.
    with django_assert_max_num_queries(12):
        response = pro_client.get(_url("my_plans"))
    assert plan.title in response.content.decode()
    assert other.title not in response.content.decode()


def test_creating_a_team_with_the_plain_form(pro_client, professional):
    response = pro_client.post(_url("team_create"), {"name": "LMS Vestfjord", "plan_title": "Hjertekurs"})
    membership = Membership.objects.get(user=professional)
    assert response.status_code == 302
    assert response["Location"] == _url("plan", membership.team.plan.pk)
    assert membership.role == Role.PROFESSIONAL
    # No section is written yet: none says when it was saved.
    page = pro_client.get(response["Location"]).content.decode()
    assert nb("Version %(version)s, saved %(when)s") % {"version": 1, "when": ""} not in page


def test_a_user_without_a_team_role_chooses_one(client, relative):
    client.force_login(relative)
    response = client.post(_url("team_create"), {"name": "Gruppe", "plan_title": "Plan"})
    assert response.status_code == 422
    response = client.post(_url("team_create"), {"name": "Gruppe", "plan_title": "Plan", "role": "user_representative"})
    assert response.status_code == 302
    assert Membership.objects.get(user=relative).role == Role.USER_REPRESENTATIVE


# --- Editing a section: plain form and htmx ---------------------------------------------


def test_plain_form_edit_saves_and_redirects(pro_client, plan):
    response = pro_client.get(_url("section_edit", plan.pk, "goals"))
    assert response.status_code == 200
    assert "<html" in response.content.decode()
    response = pro_client.post(_url("section_edit", plan.pk, "goals"), {"text": "Deltakerne skal …", "base_version": 1})
    assert response.status_code == 302
    assert response["Location"].endswith("#section-goals")
    section = PlanSection.objects.get(plan=plan, key="goals")
    assert (section.text, section.version) == ("Deltakerne skal …", 2)


def test_htmx_edit_swaps_partials(pro_client, plan):
    response = pro_client.get(_url("section_edit", plan.pk, "goals"), **HTMX)
    content = response.content.decode()
    assert response.status_code == 200
    assert "<html" not in content
    assert 'id="section-goals"' in content and "<textarea" in content
    response = pro_client.post(_url("section_edit", plan.pk, "goals"), {"text": "Nye mål", "base_version": 1}, **HTMX)
    content = response.content.decode()
    assert response.status_code == 200
    assert "<html" not in content and "<textarea" not in content
    assert "Nye mål" in content
    assert nb("Saved: %(section)s.") % {"section": nb("Goals")} in content
    response = pro_client.get(_url("section", plan.pk, "goals"), **HTMX)
    assert "Nye mål" in response.content.decode()


def test_conflict_plain_form_shows_both_texts_and_keeps_yours(client, full_plan, professional, user_rep):
    services.section_save(user=professional, plan=full_plan, key="goals", text="Fagpersonens tekst", base_version=1)
    client.force_login(user_rep)
    response = client.post(_url("section_edit", full_plan.pk, "goals"), {"text": "Brukerens tekst", "base_version": 1})
    content = response.content.decode()
    assert response.status_code == 409
    assert nb("Someone else saved this section while you were writing") in content
    assert "Fagpersonens tekst" in content and "Brukerens tekst" in content
    assert 'name="base_version" value="2"' in content
    assert PlanSection.objects.get(plan=full_plan, key="goals").text == "Fagpersonens tekst"
    # Merge and save again on top of version 2.
    response = client.post(
        _url("section_edit", full_plan.pk, "goals"), {"text": "Fagpersonens tekst\nBrukerens tekst", "base_version": 2}
    )
    assert response.status_code == 302
    assert PlanSection.objects.get(plan=full_plan, key="goals").text == "Fagpersonens tekst\nBrukerens tekst"


def test_conflict_htmx_answers_with_the_form_partial(client, full_plan, professional, user_rep):
    services.section_save(user=professional, plan=full_plan, key="goals", text="Fagpersonens tekst", base_version=1)
    client.force_login(user_rep)
    response = client.post(
        _url("section_edit", full_plan.pk, "goals"), {"text": "Brukerens tekst", "base_version": 1}, **HTMX
    )
    content = response.content.decode()
    assert response.status_code == 409  # htmx swaps 400, 409 and 422 (components/head_links.html)
    assert "<html" not in content
    assert "Fagpersonens tekst" in content and "Brukerens tekst" in content


def test_oversized_text_gets_a_message_and_nothing_is_lost(pro_client, plan, professional):
    services.section_save(user=professional, plan=plan, key="goals", text="Lagret", base_version=1)
    too_long = "x" * (SECTION_MAX_LENGTH + 1)
    response = pro_client.post(_url("section_edit", plan.pk, "goals"), {"text": too_long, "base_version": 1})
    assert response.status_code == 422
    assert "ds-validation-message" in response.content.decode()
    assert too_long in response.content.decode()  # still in the box to shorten
    assert PlanSection.objects.get(plan=plan, key="goals").text == "Lagret"


def test_a_refused_section_save_answers_the_status_of_its_error(pro_client, plan, monkeypatch):
    """The UserError's message goes on its field and the view answers its status."""

    def refuse(**kwargs):
        raise UserError("Ikke nå.", code="closed", field="text")

    monkeypatch.setattr(services, "section_save", refuse)
    url = _url("section_edit", plan.pk, "goals")
    response = pro_client.post(url, {"text": "Mine mål", "base_version": 1}, **HTMX)
    assert response.status_code == 422
    assert "<html" not in response.content.decode()
    assert response.context["form"].errors == {"text": ["Ikke nå."]}

    def clash(**kwargs):
        raise Conflict("Planen er låst.", code="locked")

    monkeypatch.setattr(services, "section_save", clash)
    response = pro_client.post(url, {"text": "Mine mål", "base_version": 1}, **HTMX)
    assert response.status_code == 409 and "Planen er låst." in response.content.decode()


def test_unknown_section_is_404(pro_client, plan):
    assert pro_client.get(_url("section_edit", plan.pk, "nope")).status_code == 404


def test_history_and_restore(pro_client, plan, professional):
    services.section_save(user=professional, plan=plan, key="goals", text="Første", base_version=1)
    services.section_save(user=professional, plan=plan, key="goals", text="Andre", base_version=2)
    response = pro_client.get(_url("section_history", plan.pk, "goals"))
    content = response.content.decode()
    assert "Første" in content and "Andre" in content
    first = PlanSection.objects.get(plan=plan, key="goals").revisions.get(version=2)
    response = pro_client.post(_url("section_restore", plan.pk, "goals"), {"revision": first.pk, "base_version": 3})
    assert response.status_code == 302
    section = PlanSection.objects.get(plan=plan, key="goals")
    assert (section.text, section.version) == ("Første", 4)
    bad = pro_client.post(_url("section_restore", plan.pk, "goals"), {"revision": "x", "base_version": "y"})
    assert bad.status_code == 404


# --- Comments -------------------------------------------------------------------------


def test_comments_on_plan_and_section(pro_client, plan):
    response = pro_client.post(_url("comment_add", plan.pk), {"text": "Husk pausene", "section_key": "framework"})
    assert response.status_code == 302 and response["Location"].endswith("#section-framework")
    pro_client.post(_url("comment_add", plan.pk), {"text": "Fin plan", "section_key": ""})
    content = pro_client.get(_url("plan", plan.pk)).content.decode()
    assert "Husk pausene" in content and "Fin plan" in content
    response = pro_client.post(_url("comment_add", plan.pk), {"text": "x" * 5001})
    assert response.status_code == 422
    assert PlanComment.objects.count() == 2


# --- Schedule -------------------------------------------------------------------------


def test_a_double_click_adds_one_session_and_one_part(pro_client, plan):
    page = pro_client.get(_url("schedule", plan.pk)).content.decode()
    submit_key = re.search(r'name="new-submit_key" value="([^"]+)"', page).group(1)
    data = {"new-title": "Dag 1", "new-submit_key": submit_key}
    first, second = (pro_client.post(_url("session_add", plan.pk), data) for _click in range(2))
    session = plan.sessions.get()
    assert first.status_code == second.status_code == 302
    assert first["Location"] == second["Location"] == _url("session_edit", plan.pk, session.pk)

    page = pro_client.get(_url("session_edit", plan.pk, session.pk)).content.decode()
    submit_key = re.search(r'name="part-submit_key" value="([^"]+)"', page).group(1)
    data = {"part-title": "Velkommen", "part-minutes": "20", "part-lead": "all", "part-submit_key": submit_key}
    for _click in range(2):
        assert pro_client.post(_url("part_add", plan.pk, session.pk), data).status_code == 302
    assert session.parts.count() == 1


def test_schedule_editor(pro_client, plan):
    response = pro_client.post(_url("session_add", plan.pk), {"new-title": "Dag 1", "new-date": "2026-03-02"})
    session = plan.sessions.get()
    assert response["Location"] == _url("session_edit", plan.pk, session.pk)
    response = pro_client.post(
        _url("part_add", plan.pk, session.pk),
        {"part-title": "Brukerinnlegg", "part-minutes": 15, "part-lead": "user_representative"},
    )
    assert response.status_code == 302
    part = session.parts.get()
    assert part.lead == "user_representative"
    content = pro_client.get(_url("plan", plan.pk)).content.decode()
    assert "Brukerinnlegg" in content and nb("User representative") in content
    response = pro_client.post(
        _url("part_add", plan.pk, session.pk), {"part-title": "Feil", "part-minutes": 0, "part-lead": "all"}
    )
    assert response.status_code == 422


def test_schedule_part_conflict_keeps_both(pro_client, scheduled_plan, professional):
    part = SessionPart.objects.get(session__plan=scheduled_plan)
    services.part_update(
        user=professional,
        part=part,
        data={"title": "Deres tittel", "minutes": 20, "lead": "all", "description": ""},
        base_version=1,
    )
    response = pro_client.post(
        _url("part_edit", scheduled_plan.pk, part.pk),
        {"title": "Min tittel", "minutes": 25, "lead": "professional", "description": "", "version": 0},
    )
    content = response.content.decode()
    assert response.status_code == 409
    assert "Deres tittel" in content and "Min tittel" in content
    part.refresh_from_db()
    assert part.title == "Deres tittel"


# --- Print and PDF ---------------------------------------------------------------------


def test_print_view_and_pdf_export(pro_client, scheduled_plan, professional):
    services.section_save(
        user=professional, plan=scheduled_plan, key="goals", text="- mål én\n- mål to", base_version=1
    )
    content = pro_client.get(_url("plan_print", scheduled_plan.pk)).content.decode()
    assert "<li>mål én</li>" in content
    assert "Brukerinnlegg" in content
    response = pro_client.get(_url("plan_pdf", scheduled_plan.pk))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response.content.startswith(b"%PDF")
    assert "attachment" in response["Content-Disposition"]


# --- Dashboard and staff ---------------------------------------------------------------------


def test_dashboard_shows_my_plans(pro_client, plan):
    content = pro_client.get(reverse("modules:dashboard")).content.decode()
    assert nb("My teaching plans") in content
    assert plan.title in content


def test_staff_feature_examples_in_the_wagtail_admin(client, full_plan, professional):
    services.plan_publish_as_example(user=professional, plan=full_plan)
    client.force_login(StaffFactory())
    listing = client.get(reverse("coteaching_admin:examples"))
    assert listing.status_code == 200
    assert full_plan.title in listing.content.decode()
    client.post(reverse("coteaching_admin:feature", args=[full_plan.pk]), {"featured": "1"})
    full_plan.refresh_from_db()
    assert full_plan.featured


def test_only_permitted_staff_may_feature(client, full_plan, professional):
    services.plan_publish_as_example(user=professional, plan=full_plan)
    client.force_login(AdminUserFactory())
    for response in (
        client.get(reverse("coteaching_admin:examples")),
        client.post(reverse("coteaching_admin:feature", args=[full_plan.pk]), {"featured": "1"}),
    ):
        # The view refuses (Wagtail turns its PermissionDenied into a
        # redirect to the admin's front page); the admin itself let them in.
        assert response.status_code == 302 and response.url == reverse("wagtailadmin_home")
    full_plan.refresh_from_db()
    assert not full_plan.featured


def test_the_comment_form_carries_a_key_so_a_resent_form_adds_one_comment(pro_client, plan):
    page = pro_client.get(_url("plan", plan.pk)).content.decode()
    key = re.search(r'name="submit_key" value="([^"]+)"', page).group(1)
    for _ in range(2):
        response = pro_client.post(_url("comment_add", plan.pk), {"text": "Husk pausene", "submit_key": key})
        assert response.status_code == 302
    assert PlanComment.objects.filter(plan=plan).count() == 1
    pro_client.post(_url("comment_add", plan.pk), {"text": "Husk pausene", "submit_key": "a-new-form"})
    assert PlanComment.objects.filter(plan=plan).count() == 2
