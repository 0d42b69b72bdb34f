"""Every page type of the site, for the browser checks that run on all of them
(tests/e2e/test_site_page_types.py: no sideways scrolling at 320 px, axe at
320 px and at 1280 px, for the visitor the page is meant for).

To add a page type, append a function decorated with ``@page_type(name, who=...)``
to this module (or to a module imported at the bottom). It gets the shared
``World`` (a course with a lesson, a reflection and a timed quiz with one
submitted and one open attempt, the learner enrolled in it), may build what
else it needs with factories, and returns the path to open. ``who`` is the
visitor: "anonymous", "learner" (a professional, ``world.learner``) or
"user_representative" (``world.representative``).
"""

from collections.abc import Callable
from dataclasses import dataclass

from django.db.models import F, Value
from django.db.models.functions import Concat
from django.urls import reverse

from modules import services as module_services
from modules.models import LessonPage
from quizzes import services as quiz_services
from quizzes.models import Choice
from tests.factories.accounts import UserFactory, UserRepresentativeFactory
from tests.factories.elearning import add_statement_pages
from tests.factories.modules import (
    CourseIndexPageFactory,
    CoursePageFactory,
    LessonPageFactory,
    ModulePageFactory,
    video_block,
)
from tests.factories.quizzes import answer_all, build_quiz
from tests.factories.theme_sessions import (
    EpisodePageFactory,
    PodcastPageFactory,
    SeriesPageFactory,
    SessionPageFactory,
    ThemeSessionIndexPageFactory,
)

WHO = ("anonymous", "learner", "user_representative")


@dataclass
class World:
    home: object
    course: object
    module: object
    lesson: LessonPage
    quiz_lesson: LessonPage
    learner: object
    representative: object
    submitted_attempt: object
    open_attempt: object


@dataclass(frozen=True)
class PageType:
    name: str
    who: str
    path: Callable[[World], str]


PAGE_TYPES: list[PageType] = []


def page_type(name: str, *, who: str = "anonymous"):
    assert who in WHO, who

    def register(function: Callable[[World], str]):
        PAGE_TYPES.append(PageType(name=name, who=who, path=function))
        return function

    return register


def build_world(home) -> World:
    """The shared data every page type can use, built with factories."""
    add_statement_pages(home)
    index = CourseIndexPageFactory(parent=home)
    # Long Norwegian compounds, as real content has: they must wrap, not widen the page.
    course = CoursePageFactory(
        parent=index,
        title="Helsepedagogikk for fagpersoner og brukerrepresentanter",
        target_audiences="Helsepersonell, brukerrepresentanter, erfaringskonsulenter og likepersoner",
    )
    module = ModulePageFactory(parent=course, title="Helsekompetanse og brukermedvirkning i praksis")
    lesson = LessonPageFactory(
        parent=module,
        title="Hva er helsekompetanse?",
        completion_rule="reflection",
        body=[
            ("heading", "Likeverdig samarbeid mellom fagpersoner og erfarne brukere"),
            ("paragraph", "<p>Helsekompetanse er evnen til å finne, forstå, vurdere og bruke helseinformasjon.</p>"),
            ("reflection", {"key": "egen-erfaring", "prompt": "Når var helseinformasjon vanskelig å forstå?"}),
        ],
    )
    quiz = build_quiz(
        ["single", "matching"], title="Kunnskapstest om helsekompetanse", kind="test", time_limit_minutes=20
    )
    Choice.objects.filter(question__quiz=quiz, match_text__gt="").update(
        match_text=Concat(F("match_text"), Value(" i et lærings- og mestringstilbud for pasienter og pårørende"))
    )
    quiz_lesson = LessonPageFactory(
        parent=module,
        title="Kunnskapstest",
        completion_rule="quiz",
        body=[("paragraph", "<p>Test deg selv.</p>"), ("quiz", quiz)],
    )
    course.refresh_from_db()
    learner = UserFactory(first_name="Nora", last_name="Nyberg")
    representative = UserRepresentativeFactory(first_name="Per", last_name="Brukerrepresentant")
    for user in (learner, representative):
        module_services.course_enrol(user=user, course=course)
    submitted = quiz_services.attempt_start(user=learner, quiz_id=quiz.pk, lesson_id=quiz_lesson.pk)[0]
    answer_all(submitted, user=learner, right=False)
    quiz_services.attempt_submit(user=learner, attempt_id=submitted.pk)
    open_attempt = quiz_services.attempt_start(user=learner, quiz_id=quiz.pk, lesson_id=quiz_lesson.pk)[0]
    return World(
        home=home,
        course=course,
        module=module,
        lesson=lesson,
        quiz_lesson=quiz_lesson,
        learner=learner,
        representative=representative,
        submitted_attempt=submitted,
        open_attempt=open_attempt,
    )


# --- Site pages -------------------------------------------------------------


@page_type("home")
def _home(world):
    return "/"


@page_type("home, signed in", who="learner")
def _home_signed_in(world):
    return "/"


@page_type("standard page")
def _standard(world):
    return "/personvern/"


@page_type("search results")
def _search(world):
    return "/sok/?q=helsekompetanse"


@page_type("not found")
def _not_found(world):
    return "/finnes-ikke/"


@page_type("log in")
def _login(world):
    return reverse("account_login")


@page_type("sign up")
def _signup(world):
    return reverse("account_signup")


@page_type("my data", who="learner")
def _my_data(world):
    return reverse("accounts:my_data")


# --- Courses ----------------------------------------------------------------


@page_type("course index")
def _course_index(world):
    return world.course.get_parent().url


@page_type("course page")
def _course(world):
    return world.course.url


@page_type("course page, enrolled", who="learner")
def _course_enrolled(world):
    return world.course.url


@page_type("module page", who="learner")
def _module(world):
    return world.module.url


@page_type("lesson with a reflection", who="learner")
def _lesson(world):
    return world.lesson.url


@page_type("lesson with a video and chapters", who="learner")
def _video_lesson(world):
    return LessonPageFactory(
        parent=world.module,
        title="Slik skriver du et godt læringsmål",
        body=[("paragraph", "<p>Se videoen, og hopp til kapitlet du trenger.</p>"), video_block()],
    ).url


@page_type("module page with long source links", who="learner")
def _module_long_sources(world):
    link = (
        "https://www.helsedirektoratet.no/veiledere/laerings-og-mestringstilbud-for-pasienter-og-parorende"
        "/brukermedvirkning-i-planlegging-gjennomforing-og-evaluering?utm_source=nyhetsbrev&utm_campaign=2026"
    )
    module = ModulePageFactory(
        parent=world.course,
        title="Kilder og videre lesing",
        sources=[
            (
                "source",
                {"author": "Helsedirektoratet", "year": "", "title": "Lærings- og mestringstilbud", "link": link},
            ),
            (
                "source",
                {
                    "author": "Nasjonal kompetansetjeneste for læring og mestring innen helse",
                    "year": "2024",
                    "title": "Standard metode for lærings- og mestringstilbud",
                    "publisher": "NK LMH",
                    "link": link.replace("utm_source", "kildehenvisningmedsvertlangtordsomikkebrytes"),
                },
            ),
        ],
    )
    return module.url


@page_type("lesson with the quiz and the attempts table", who="learner")
def _quiz_lesson(world):
    return world.quiz_lesson.url


@page_type("my courses", who="learner")
def _dashboard(world):
    return reverse("modules:dashboard")


@page_type("certificate lookup")
def _certificate_lookup(world):
    return reverse("certificates:lookup")


# --- Quizzes ----------------------------------------------------------------


@page_type("quiz question", who="learner")
def _quiz_question(world):
    return reverse("quizzes:question", args=[world.open_attempt.pk, 1])


@page_type("quiz submit", who="learner")
def _quiz_submit(world):
    return reverse("quizzes:submit", args=[world.open_attempt.pk])


@page_type("quiz review", who="learner")
def _quiz_review(world):
    return reverse("quizzes:review", args=[world.submitted_attempt.pk])


# --- Theme sessions ---------------------------------------------------------


def _theme_sessions_index(world):
    existing = world.home.get_children().filter(slug="temasamlinger").first()
    return existing.specific if existing else ThemeSessionIndexPageFactory(parent=world.home)


@page_type("theme session index")
def _sessions(world):
    return _theme_sessions_index(world).url


@page_type("theme session series")
def _series(world):
    series = SeriesPageFactory(parent=_theme_sessions_index(world), title="Digitale verktøy i gruppeundervisning")
    SessionPageFactory(parent=series)
    return series.url


@page_type("theme session")
def _session(world):
    return SessionPageFactory(parent=_theme_sessions_index(world), title="Samvalg i praksis").url


@page_type("podcast and episode")
def _podcast(world):
    podcast = PodcastPageFactory(parent=world.home)
    return EpisodePageFactory(parent=podcast).url


@page_type("my theme sessions", who="learner")
def _my_sessions(world):
    return reverse("theme_sessions:my_sessions")


# --- Co-teaching and stories --------------------------------------------------


@page_type("teaching plan examples")
def _examples(world):
    return reverse("coteaching:examples")


@page_type("my teaching plans", who="learner")
def _my_plans(world):
    return reverse("coteaching:my_plans")


@page_type("my story talk", who="user_representative")
def _stories(world):
    return reverse("stories:list")


# Page types of other apps, kept in their own modules (registered on import).
from tests.e2e import page_types_cohorts  # noqa: E402, F401
