import factory
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model

from modules.models import CourseIndexPage, CourseInvitation, CoursePage, LessonPage, ModulePage
from tests.factories.pages import PageFactory
from tests.factories.theme_sessions import WEBVTT, media_file

PARAGRAPH = (
    "<p>Helsekompetanse handler om å finne, forstå, vurdere og bruke informasjon om helse. "
    "I lærings- og mestringstilbud møtes fagpersoner og erfarne brukere som likeverdige.</p>"
)


class CourseIndexPageFactory(PageFactory):
    class Meta:
        model = CourseIndexPage

    title = "Kurs"
    slug = "kurs"
    intro = "<p>Nettkurs i helsepedagogikk.</p>"


class CoursePageFactory(PageFactory):
    class Meta:
        model = CoursePage

    title = factory.Sequence(lambda n: f"Kurs i helsepedagogikk {n}")
    slug = factory.Sequence(lambda n: f"kurs-{n}")
    intro = "<p>Et nettkurs for fagpersoner og brukerrepresentanter.</p>"
    outcomes = "Du kan forklare helsekompetanse.\nDu kan planlegge et lærings- og mestringstilbud."
    estimated_hours = 4


class ModulePageFactory(PageFactory):
    class Meta:
        model = ModulePage

    title = factory.Sequence(lambda n: f"Modul {n}")
    slug = factory.Sequence(lambda n: f"modul-{n}")
    intro = "<p>Om modulen.</p>"
    estimated_minutes = 45


class LessonPageFactory(PageFactory):
    class Meta:
        model = LessonPage

    title = factory.Sequence(lambda n: f"Leksjon {n}")
    slug = factory.Sequence(lambda n: f"leksjon-{n}")
    summary = "En kort leksjon."
    estimated_minutes = 10
    completion_rule = "marked"
    body = factory.LazyFunction(lambda: [("heading", "Hva er helsekompetanse?"), ("paragraph", PARAGRAPH)])


class CourseInvitationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = CourseInvitation

    label = "Høsten 2026"


def publish(page):
    """Publish `page` through a revision, as an editor does. A page a factory
    makes is live already; publish only where a test needs the revision
    (caches keyed by the live revision, the editor's history, timestamps)."""
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def build_course(parent, *, modules=2, lessons=3, publish_revisions=False, module_kwargs=None, **course_kwargs):
    """A live course with ``modules`` modules of ``lessons`` lessons each,
    published through revisions only with ``publish_revisions`` (a third of
    the cost without). ``module_kwargs`` maps a module index to extra fields
    (e.g. {1: {"audience": "professional"}})."""
    course = CoursePageFactory(parent=parent, **course_kwargs)
    built = []
    for m in range(modules):
        module = ModulePageFactory(parent=course, **(module_kwargs or {}).get(m, {}))
        module_lessons = [LessonPageFactory(parent=module) for _ in range(lessons)]
        built.append((module, module_lessons))
    if publish_revisions:
        for page in [course] + [m for m, _ in built] + [lesson for _, ls in built for lesson in ls]:
            publish(page)
    course.refresh_from_db()
    return course, built


def video_block(*, chapters=(("00:00", "Hva et læringsmål er"), ("00:08", "Et tydelig mål")), poster: bool = False):
    """A lesson body's ("video", value): a 12.5-second video with WebVTT captions, a transcript and
    ``chapters`` ((start, title) pairs); with ``poster`` the video has its own poster image."""
    video = media_file("video", "laeringsmal.mp4", b"\0\0\0\x18ftypmp42" + b"\0" * 1000)
    if poster:
        video.thumbnail.save("laeringsmal.png", ContentFile(b"\x89PNG\r\n\x1a\n" + b"\0" * 100))
    captions = get_document_model()(title="Teksting: Slik skriver du et læringsmål")
    captions.file.save("laeringsmal.vtt", ContentFile(WEBVTT), save=False)
    captions.save()
    return (
        "video",
        {
            "title": "Slik skriver du et godt læringsmål",
            "video": video,
            "captions": captions,
            "transcript": "Et godt læringsmål beskriver hva deltakerne skal kunne etter kurset.",
            "chapters": [{"start": start, "title": title} for start, title in chapters],
        },
    )
