"""The demo course loader (demo/loaders/modules.py, demo/course_media.py) and
its content (demo/content/modules/mN_*.py): idempotent, complete enough for
the course requirements, and with a demo learner whose progress is partly
done. Works with whichever module files exist."""

import io
import re

import pytest
from django.conf import settings
from django.db import transaction
from django.test import override_settings
from django.utils.html import escape, strip_tags
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, Revision
from wagtail.signal_handlers import disable_reference_index_auto_update
from wagtailmedia.models import get_media_model

from accounts.models import User
from demo import course_media
from demo.loaders import accounts, elearning, quizzes
from demo.loaders import modules as course_demo
from elearning.blocks import chapters_error
from modules import selectors
from modules.models import (
    Audience,
    CompletionRule,
    CoursePage,
    Enrolment,
    LessonCompletion,
    LessonPage,
    ModulePage,
    ReflectionAnswer,
)

pytestmark = pytest.mark.django_db

TEXT_BLOCKS = ("paragraph", "fact_box", "experience_story", "audience_section")
MIN_WORDS = 300


@pytest.fixture
def before_course(demo_accounts, demo_home, demo_quizzes):
    """What load_demo loads before the course: accounts, the home page and quizzes."""


def _counts():
    return {
        "courses": CoursePage.objects.count(),
        "modules": ModulePage.objects.count(),
        "lessons": LessonPage.objects.count(),
        "revisions": Revision.objects.filter(content_type__app_label="modules").count(),
        "images": get_image_model().objects.count(),
        "media": get_media_model().objects.count(),
        "documents": get_document_model().objects.count(),
        "collections": Collection.objects.count(),
        "enrolments": Enrolment.objects.count(),
        "completions": LessonCompletion.objects.count(),
        "answers": ReflectionAnswer.objects.count(),
    }


def _words(kind: str, value) -> int:
    if kind == "paragraph":
        text = str(value.source if hasattr(value, "source") else value)
    elif kind == "experience_story":
        text = value["quote"]
    else:
        text = str(getattr(value["text"], "source", value["text"]))
    return len(re.findall(r"\w+", strip_tags(text)))


@pytest.fixture(scope="module")
def _course_media(tmp_path_factory):
    return tmp_path_factory.mktemp("demo-course-media")


@pytest.fixture(scope="module")
def _loaded_course(django_db_setup, django_db_blocker, _course_media):
    """The course as load_demo leaves it, loaded once for the tests in this
    module that start from it (loading it takes seconds). It lives in a
    transaction that is rolled back after the module, and each test runs in
    a savepoint on top of it, so what one test changes is gone for the next.
    The settings are the ones tests/conftest.py and conftest.py give a test."""
    search = {name: {**config, "AUTO_UPDATE": False} for name, config in settings.WAGTAILSEARCH_BACKENDS.items()}
    cache = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "demo-course"}}
    with (
        django_db_blocker.unblock(),
        override_settings(
            MEDIA_ROOT=_course_media,
            WAGTAILSEARCH_BACKENDS=search,
            CACHES=cache,
            PASSWORD_HASHERS=["django.contrib.auth.hashers.MD5PasswordHasher"],
        ),
        transaction.atomic(),
    ):
        with disable_reference_index_auto_update():  # not across the yield: the tests' own one ends it
            accounts.load()
            elearning.load()
            quizzes.load()
            course_id = course_demo.load().pk
        yield course_id
        transaction.set_rollback(True)


@pytest.fixture
def course(_loaded_course, _course_media, settings):
    settings.MEDIA_ROOT = _course_media
    return CoursePage.objects.get(pk=_loaded_course)


# --- The content files -------------------------------------------------------------


def test_content_has_at_least_six_modules_of_three_to_five_lessons():
    specs = course_demo.module_specs()
    assert len(specs) >= 6
    assert specs[-1]["audience"] == Audience.USER_REPRESENTATIVE  # module 7, the user representatives' own, last
    for spec in specs:
        assert 3 <= len(spec["lessons"]) <= 5, spec["slug"]
        slugs = [lesson["slug"] for lesson in spec["lessons"]]
        assert len(set(slugs)) == len(slugs), spec["slug"]


def test_every_module_lists_real_sources():
    for spec in course_demo.module_specs():
        sources = spec["sources"]
        assert len(sources) >= 4, spec["slug"]
        assert all(source["author"] and source["title"] for source in sources), spec["slug"]
        assert any("Håndbok i helsepedagogikk" in source["title"] for source in sources), spec["slug"]


def test_missing_module_file_is_skipped_with_a_note(monkeypatch):
    monkeypatch.setattr(course_demo, "MODULE_FILES", ["m0_not_written_yet", *course_demo.MODULE_FILES[-1:]])
    out = io.StringIO()
    specs = course_demo.module_specs(stdout=out)
    assert [spec["slug"] for spec in specs] == ["brukerinnlegget"]
    assert "m0_not_written_yet" in out.getvalue()


def test_webvtt_from_captions():
    vtt = course_media.webvtt(
        [("00:00.000", "00:04.500", "Et godt læringsmål,"), ("00:01:04.500", "00:01:07.000", "to")]
    )
    assert vtt.startswith("WEBVTT\n")
    assert "00:00:00.000 --> 00:00:04.500\nEt godt læringsmål," in vtt
    assert "00:01:04.500 --> 00:01:07.000\nto" in vtt


def test_quiz_rule_without_its_quiz_falls_back_to_marked():
    spec = {"completion_rule": "quiz"}
    assert course_demo.completion_rule(spec, [("paragraph", "<p>x</p>")]) == CompletionRule.MARKED
    assert course_demo.completion_rule(spec, [("quiz", object())]) == CompletionRule.QUIZ
    assert course_demo.completion_rule({"completion_rule": "reflection"}, []) == CompletionRule.MARKED


# --- The loaded course ---------------------------------------------------------------


@pytest.mark.usefixtures("before_course")
def test_loads_twice_without_duplicates(django_capture_on_commit_callbacks):
    out = io.StringIO()
    with django_capture_on_commit_callbacks(execute=True):
        course = course_demo.load(stdout=out)
    first = _counts()
    with django_capture_on_commit_callbacks(execute=True):
        again = course_demo.load()
    assert again.pk == course.pk
    assert _counts() == first  # no new pages, revisions, images, media, documents or progress rows
    specs = course_demo.module_specs()
    assert first["modules"] == len(specs)
    assert first["lessons"] == sum(len(spec["lessons"]) for spec in specs)
    assert first["images"] >= len(specs)
    assert "Kurs i helsepedagogikk" in out.getvalue()


def test_course_settings_modules_lessons_and_images(course):
    assert course.title == "Kurs i helsepedagogikk"
    assert course.slug == "kurs-i-helsepedagogikk"
    assert course.live and course.get_parent().specific_class.__name__ == "CourseIndexPage"
    assert course.intro and course.target_audiences and len(course.outcome_list) >= 4
    assert course.estimated_hours >= 1
    assert course.is_open and not course.lock_modules_in_order  # a cohort course is paced by its days
    assert course.certificate_enabled
    modules = list(ModulePage.objects.child_of(course).order_by("path"))
    assert [m.slug for m in modules] == [spec["slug"] for spec in course_demo.module_specs()]
    assert modules[-1].audience == Audience.USER_REPRESENTATIVE
    assert all(m.live and m.outcome_list for m in modules)
    _assert_lessons_have_enough_text_and_valid_blocks(course)
    _assert_images_are_diagrams_with_alt_text(course)


@pytest.mark.usefixtures("before_course")
def test_new_module_files_are_put_in_course_order(monkeypatch):
    later = course_demo.MODULE_FILES[1:]
    monkeypatch.setattr(course_demo, "MODULE_FILES", later)
    course = course_demo.load()
    monkeypatch.undo()
    course_demo.load()
    modules = list(ModulePage.objects.child_of(course).order_by("path"))
    assert [m.slug for m in modules] == [spec["slug"] for spec in course_demo.module_specs()]
    assert [m.url_path.rstrip("/").rsplit("/", 1)[-1] for m in modules] == [m.slug for m in modules]


def _assert_lessons_have_enough_text_and_valid_blocks(course):
    lessons = list(LessonPage.objects.descendant_of(course).order_by("path"))
    assert lessons
    for lesson in lessons:
        words = sum(_words(block.block_type, block.value) for block in lesson.body if block.block_type in TEXT_BLOCKS)
        assert words >= MIN_WORDS, f"{lesson.slug}: {words} words"
        lesson.full_clean()  # completion rules match the blocks (quiz and reflection)
        for block in lesson.body:
            if block.block_type == "image":
                assert block.value["image"] and block.value["alt"].strip(), lesson.slug
    for module in ModulePage.objects.child_of(course):
        assert 3 <= LessonPage.objects.child_of(module).count() <= 5, module.slug
    kinds = {block.block_type for lesson in lessons for block in lesson.body}
    assert {"reflection", "image", "experience_story", "discuss", "audience_section"} <= kinds


def _assert_images_are_diagrams_with_alt_text(course):
    images = [
        block.value
        for lesson in LessonPage.objects.descendant_of(course)
        for block in lesson.body
        if block.block_type == "image"
    ]
    assert images
    for value in images:
        image = value["image"]
        assert (image.width, image.height) == (1200, 675)
        assert image.collection.name == course_media.COLLECTION
        assert len(value["alt"]) > 20


def test_media_and_pages_for_the_demo_learner(course, client):
    videos, audios = [], []
    for lesson in LessonPage.objects.descendant_of(course):
        for block in lesson.body:
            if block.block_type == "video":
                videos.append((lesson, block.value))
            elif block.block_type == "audio":
                audios.append((lesson, block.value))
    assert videos and audios
    for _lesson, value in videos:
        assert value["video"].type == "video" and value["video"].duration > 0
        assert len(value["transcript"].split()) > 30
        with value["captions"].open_file() as handle:
            vtt = handle.read().decode("utf-8")
        assert vtt.startswith("WEBVTT") and vtt.count(" --> ") >= 3
        # A poster (its title slide) and chapters that fit the video, a learner can jump to.
        assert value["video"].thumbnail
        starts = [chapter["start"] for chapter in value["chapters"]]
        assert len(starts) >= 3 and chapters_error(starts, duration=value["video"].duration) is None
    for _lesson, value in audios:
        assert value["audio"].type == "audio" and value["audio"].duration > 0
        assert len(value["transcript"].split()) > 30
    # The captions are served to the <track> element of an enrolled learner's lesson page.
    from accounts.models import User

    lesson, value = videos[0]
    client.force_login(User.objects.get(email=course_demo.LEARNER))
    response = client.get(f"/kurs-handling/teksting/{value['captions'].pk}.vtt")
    assert response.status_code == 200
    assert response.content.decode("utf-8").startswith("WEBVTT")
    _assert_pages_render_for_the_learner(course, client)


def test_missing_diagram_is_drawn_at_load_time(monkeypatch, tmp_path):
    monkeypatch.setattr(course_media, "MEDIA_DIR", tmp_path)
    out = io.StringIO()
    assets = course_media.Assets(stdout=out)
    value = {
        "key": "ny-illustrasjon",
        "alt": "Tre bokser med piler mellom",
        "caption": "En ny illustrasjon",
        "description": "Three boxes connected by arrows, labelled 'Planlegge', 'Gjennomføre', 'Evaluere'.",
    }
    image = assets.image(value)
    assert (image.width, image.height) == (1200, 675)
    assert image.title == "En ny illustrasjon [ny-illustrasjon]"
    assert "ny-illustrasjon.png" in out.getvalue()
    assert course_media.Assets().image(value).pk == image.pk  # drawn the same way again: the same image


def test_quiz_blocks_use_existing_quizzes_only_and_new_ones_on_the_next_load(course):
    from quizzes.models import Quiz

    quiz_slugs = {
        value["slug"]
        for spec in course_demo.module_specs()
        for lesson in spec["lessons"]
        for kind, value in lesson["body"]
        if kind == "quiz"
    }
    existing = set(Quiz.objects.filter(slug__in=quiz_slugs).values_list("slug", flat=True))
    placed = {
        block.value.slug
        for lesson in LessonPage.objects.descendant_of(course)
        for block in lesson.body
        if block.block_type == "quiz"
    }
    assert placed == existing
    for lesson in LessonPage.objects.descendant_of(course).filter(completion_rule=CompletionRule.QUIZ):
        assert lesson.quiz_ids(), lesson.slug

    spec = course_demo.module_specs()[0]
    lesson_spec = next(lesson for lesson in spec["lessons"] if any(kind == "quiz" for kind, _ in lesson["body"]))
    slug = next(value["slug"] for kind, value in lesson_spec["body"] if kind == "quiz")
    quiz = Quiz.objects.filter(slug=slug).first() or Quiz.objects.create(title="Øvingsspørsmål", slug=slug)
    course_demo.load()
    lesson = LessonPage.objects.get(slug=lesson_spec["slug"])
    assert quiz.pk in lesson.quiz_ids()
    assert lesson.completion_rule == lesson_spec["completion_rule"]


# --- The demo learners -------------------------------------------------------------


def test_every_module_page_shows_its_sources(course, client):
    client.force_login(User.objects.get(email=course_demo.LEARNER))
    for module, spec in zip(
        ModulePage.objects.live().child_of(course).order_by("path"), course_demo.module_specs(), strict=True
    ):
        page = client.get(module.url).content.decode()
        assert 'id="sources-heading"' in page, module.slug
        for source in spec["sources"]:
            assert escape(source["title"]) in page, (module.slug, source["title"])


def test_demo_learner_has_partial_progress(course):
    learner = User.objects.get(email=course_demo.LEARNER)
    progress = selectors.course_progress(course=course, user=learner)
    assert progress.enrolled
    assert 0 < progress.percent < 100
    first, second = progress.modules[0], progress.modules[1]
    assert first.completed and not first.locked
    assert not second.completed and not second.locked and any(lesson.completed for lesson in second.lessons)
    assert not progress.modules[2].locked  # the pre-work of day 3 is open before day 3
    assert progress.resume_lesson is not None and progress.resume_lesson.module is second
    assert ReflectionAnswer.objects.filter(user=learner).exists()

    representative = User.objects.get(email=course_demo.USER_REPRESENTATIVE)
    assert Enrolment.objects.filter(user=representative, course=course).exists()
    assert 0 < selectors.course_progress(course=course, user=representative).percent < 100


def _assert_pages_render_for_the_learner(course, client):
    module = ModulePage.objects.child_of(course).order_by("path")[1]
    lesson = LessonPage.objects.child_of(module).order_by("path").first()
    for url in (course.get_parent().url, course.url, module.url, lesson.url):
        response = client.get(url)
        assert response.status_code == 200, url
    ahead = LessonPage.objects.child_of(ModulePage.objects.child_of(course).order_by("path")[2]).first()
    assert client.get(ahead.url).status_code == 200  # the next course day's pre-work
