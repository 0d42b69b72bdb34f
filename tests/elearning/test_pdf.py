"""Every PDF the site makes is tagged PDF/UA-1 through `elearning.pdf.render_pdf`: marked content, a structure
tree, the reader's language, a title shown instead of the file name, alt text on every image."""

import datetime
import io
import pathlib

import pytest
from django.conf import settings
from django.utils import translation
from pypdf import PdfReader
from pypdf.generic import BooleanObject, DictionaryObject

from coteaching.pdf import render_plan_pdf
from elearning.pdf import UntitledPdfError, render_pdf
from modules.certificates import render_pdf as render_certificate
from modules.models import Certificate
from tests.factories.accounts import UserFactory
from tests.factories.coteaching import TeachingPlanFactory
from tests.factories.modules import CourseIndexPageFactory, build_course
from tests.factories.theme_sessions import SeriesPageFactory, SessionPageFactory, ThemeSessionIndexPageFactory
from tests.i18n import nb
from theme_sessions import services as session_services
from theme_sessions.models import Registration
from theme_sessions.pdf import render_attendance_certificate

pytestmark = pytest.mark.django_db


def _structure(node, found):
    node = node.get_object()
    if "/S" in node:
        found.append((str(node["/S"]), node.get("/Alt")))
    kids = node.get("/K")
    for kid in kids if isinstance(kids, list) else [kids]:
        kid = kid.get_object() if hasattr(kid, "get_object") else kid
        if isinstance(kid, DictionaryObject):
            _structure(kid, found)
    return found


def assert_tagged(pdf: bytes, *, language: str, title: str) -> list:
    """The PDF/UA essentials, read back with pypdf; returns the structure elements as (type, alt)."""
    reader = PdfReader(io.BytesIO(pdf))
    root = reader.trailer["/Root"]
    assert root["/MarkInfo"]["/Marked"] == BooleanObject(True)
    assert root["/Lang"] == language
    assert root["/ViewerPreferences"]["/DisplayDocTitle"] == BooleanObject(True)
    assert reader.metadata.title == title
    elements = _structure(root["/StructTreeRoot"], [])
    assert ("/H1", None) in elements
    assert all(alt for kind, alt in elements if kind == "/Figure")
    return elements


@pytest.mark.parametrize("language", ["nb", "nn", "en"])
def test_course_certificate_is_tagged_in_the_learners_language(home, language):
    course, _built = build_course(CourseIndexPageFactory(parent=home), modules=1, lessons=1)
    user = UserFactory(first_name="Kari", last_name="Nordmann")
    user.profile.preferred_language = language
    user.profile.save()
    certificate = Certificate.objects.create(
        user=user,
        course=course,
        full_name="Kari Nordmann",
        course_title=course.title,
        hours=6,
        issuer="NK LMH",
        completed_on=datetime.date(2026, 12, 3),
    )
    with translation.override(language):
        title = f"{translation.gettext('Course certificate')} – {course.title}"
    elements = assert_tagged(render_certificate(certificate).read(), language=language, title=title)
    assert [alt for kind, alt in elements if kind == "/Figure"] == [
        translation.trans_real.translation(language).gettext("QR code for the verification page")
    ]


def test_teaching_plan_is_tagged_in_the_language_it_is_read_in():
    plan = TeachingPlanFactory(title="Kurs om diabetes")
    with translation.override("nn"):
        pdf = render_plan_pdf(plan, show_members=False)
        title = f"Kurs om diabetes – {translation.gettext('Teaching plan')}"
    assert_tagged(pdf, language="nn", title=title)


def test_attendance_certificate_is_tagged(home):
    series = SeriesPageFactory(parent=ThemeSessionIndexPageFactory(parent=home))
    session = SessionPageFactory(parent=series, title="Digitale verktøy i gruppeundervisning")
    user = UserFactory()
    session_services.registration_create_for_user(session_id=session.pk, user=user)
    registration = Registration.objects.get(user=user)
    pdf = render_attendance_certificate(registration, issued=datetime.date(2026, 12, 3), language="nb")
    assert_tagged(pdf, language="nb", title=f"{nb('Attendance certificate')} – {session.title}")


def test_an_unknown_language_falls_back_to_bokmal_and_an_untitled_pdf_is_refused(tmp_path, settings):
    (tmp_path / "pdf").mkdir()
    (tmp_path / "pdf" / "untitled.html").write_text(
        '{% extends "pdf/base.html" %}{% block body %}<h1>Uten tittel</h1>{% endblock %}'
    )
    (tmp_path / "pdf" / "titled.html").write_text(
        '{% extends "pdf/base.html" %}{% block title %}Med tittel{% endblock %}{% block body %}<h1>x</h1>{% endblock %}'
    )
    settings.TEMPLATES = [{**settings.TEMPLATES[0], "DIRS": [tmp_path, *settings.TEMPLATES[0]["DIRS"]]}]
    assert_tagged(render_pdf("pdf/titled.html", {}, language="se"), language="nb", title="Med tittel")
    with pytest.raises(UntitledPdfError):
        render_pdf("pdf/untitled.html", {}, language="nb")


def test_no_module_but_the_helper_imports_weasyprint():
    sources = [
        path
        for app in ("accounts", "assignments", "cohorts", "coteaching", "elearning", "evaluations", "modules")
        + ("quizzes", "stories", "theme_sessions")
        for path in (pathlib.Path(settings.BASE_DIR) / app).rglob("*.py")
    ]
    calling = {str(path.relative_to(settings.BASE_DIR)) for path in sources if "from weasyprint" in path.read_text()}
    assert calling == {"elearning/pdf.py"}
