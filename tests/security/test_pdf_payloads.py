"""Text a person typed, in every PDF the site makes (the course certificate,
the teaching plan, the theme-session attendance certificate), comes out as
the literal text -- read back with pypdf -- never as markup; and the PDF
renderer fetches nothing but data: URIs, so no HTML that reaches it can read
the server's files or call another host (elearning/pdf.py). The learner's
story has no PDF."""

import datetime
import http.server
import io
import re

import pytest
from PIL import Image
from pypdf import PdfReader

from coteaching.models import PlanSection
from coteaching.pdf import render_plan_pdf
from elearning.pdf import render_pdf
from modules.certificates import render_pdf as render_certificate
from modules.models import Certificate
from tests.factories.accounts import UserFactory
from tests.factories.coteaching import TeachingPlanFactory
from tests.factories.modules import CourseIndexPageFactory, build_course
from tests.factories.theme_sessions import SeriesPageFactory, SessionPageFactory, ThemeSessionIndexPageFactory
from tests.servers import serving
from theme_sessions import services as session_services
from theme_sessions.models import Registration
from theme_sessions.pdf import render_attendance_certificate

pytestmark = pytest.mark.django_db

PAYLOAD = '<img src="file:///etc/passwd"><script>alert(1)</script>'


def _text(pdf: bytes) -> str:
    """The PDF's text without whitespace: a long line wraps anywhere."""
    reader = PdfReader(io.BytesIO(pdf))
    return re.sub(r"\s+", "", "".join(page.extract_text() for page in reader.pages))


LITERAL = re.sub(r"\s+", "", PAYLOAD)


def _images(pdf: bytes) -> int:
    return sum(len(page.images) for page in PdfReader(io.BytesIO(pdf)).pages)


def test_a_name_with_markup_is_literal_text_on_the_course_certificate(home):
    course, _built = build_course(CourseIndexPageFactory(parent=home), modules=1, lessons=1)
    user = UserFactory(first_name=PAYLOAD, last_name="")
    certificate = Certificate.objects.create(
        user=user, course=course, full_name=PAYLOAD, course_title=course.title, hours=6, issuer="NK LMH",
        completed_on=datetime.date(2026, 12, 3),
    )  # fmt: skip
    pdf = render_certificate(certificate).read()
    assert LITERAL in _text(pdf)
    assert _images(pdf) == 1  # the QR code only


def test_a_plan_with_markup_is_literal_text_in_the_plan_pdf():
    plan = TeachingPlanFactory(title=PAYLOAD)
    PlanSection.objects.filter(plan=plan).update(text=f"Mål: {PAYLOAD}\n\n- <b>punkt</b>")
    pdf = render_plan_pdf(plan, show_members=False)
    text = _text(pdf)
    assert text.count(LITERAL) >= 2 and "<b>punkt</b>" in text
    assert _images(pdf) == 0


def test_a_name_with_markup_is_literal_text_on_the_attendance_certificate(home):
    session = SessionPageFactory(parent=SeriesPageFactory(parent=ThemeSessionIndexPageFactory(parent=home)))
    user = UserFactory(first_name=PAYLOAD, last_name="")
    session_services.registration_create_for_user(session_id=session.pk, user=user)
    registration = Registration.objects.get(user=user)
    pdf = render_attendance_certificate(registration, issued=datetime.date(2026, 12, 3), language="nb")
    assert LITERAL in _text(pdf)
    assert _images(pdf) == 0


class _Recorder(http.server.BaseHTTPRequestHandler):
    def do_GET(self):  # noqa: N802 (the stdlib's name)
        self.server.paths.append(self.path)
        self.send_response(404)
        self.end_headers()

    def log_message(self, *args):
        pass


@pytest.fixture
def remote():
    """A web server that records what it is asked for."""
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Recorder)
    server.paths = []
    with serving(server):
        yield server


def test_the_renderer_fetches_no_local_file_and_no_url(settings, tmp_path, remote):
    """Defect: WeasyPrint's default fetcher read file:// and http:// URLs, so
    HTML that ever reached it unescaped (a future template, an editor's rich
    text) could put the server's files into a PDF or call other hosts."""
    secret = tmp_path / "secret.png"
    secret.write_bytes(_png())
    url = f"http://127.0.0.1:{remote.server_address[1]}"
    (tmp_path / "pdf").mkdir()
    (tmp_path / "pdf" / "untrusted.html").write_text(
        '{% extends "pdf/base.html" %}{% block title %}Test{% endblock %}'
        "{% block style %}body { background: url(" + url + "/bg.png); }{% endblock %}"
        "{% block body %}<h1>Test</h1>{{ html|safe }}{% endblock %}"
    )
    settings.TEMPLATES = [{**settings.TEMPLATES[0], "DIRS": [tmp_path, *settings.TEMPLATES[0]["DIRS"]]}]
    html = (
        f'<img src="file://{secret}" alt="a"><img src="{secret}" alt="b"><img src="{url}/i.png" alt="c">'
        f'<link rel="stylesheet" href="{url}/x.css"><iframe src="file:///etc/passwd"></iframe>'
        '<object data="file:///etc/passwd"></object>'
    )
    pdf = render_pdf("pdf/untrusted.html", {"html": html}, language="nb")
    assert remote.paths == []
    assert _images(pdf) == 0
    assert "root:" not in _text(pdf)


def _png() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (8, 8), "red").save(buffer, format="PNG")
    return buffer.getvalue()
