"""The demo course "Kurs i helsepedagogikk", from demo/content/modules/mN_*.py
(see MODULE_FILES; a module file that does not exist yet is skipped with a
note), with its illustrations, videos with captions and audio clips, and a
demo learner whose progress is partly done.

Idempotent: pages are looked up by slug under their parent and republished
only when their content changed; images, media and caption documents are
found again the same way (demo/course_media.py). A video or audio block
whose file is missing is left out with a note.

Quizzes come from demo/loaders/quizzes.py, which load_demo runs first. A quiz block
whose quiz does not exist is left out; a lesson whose rule is "quiz" but has
no quiz is then completed by marking it instead.
"""

from __future__ import annotations

import importlib
from decimal import Decimal

from wagtail.fields import StreamField
from wagtail.models import Locale

from accounts.models import Role, User
from demo import course_media
from demo.pages import without_ids
from elearning.models import HomePage
from modules import review, selectors, services
from modules.models import (
    Audience,
    CompletionRule,
    CourseIndexPage,
    CoursePage,
    EnrolmentMode,
    EnrolmentSource,
    LearningPathPage,
    LessonPage,
    ModulePage,
)
from quizzes.models import Quiz

# The course's modules, in order. Module 7 is the user representatives' own.
MODULE_FILES = [
    "m1_helsekompetanse",
    "m2_brukermedvirkning",
    "m3_relasjonskompetanse",
    "m4_gruppeledelse",
    "m5_didaktikk",
    "m6_endring_og_mestring",
    "m7_brukerinnlegget",
]

INDEX = {
    "title": "Kurs",
    "slug": "kurs",
    "intro": (
        "<p>Nettkurs i helsepedagogikk fra NK LMH for fagpersoner og erfarne brukere som planlegger, "
        "gjennomfører og evaluerer lærings- og mestringstilbud sammen. Kursene er gratis, du tar dem i ditt "
        "eget tempo, og du får kursbevis når du er ferdig.</p>"
    ),
}

COURSE = {
    "title": "Kurs i helsepedagogikk",
    "slug": "kurs-i-helsepedagogikk",
    "intro": (
        "<p>Hvordan lærer mennesker å leve godt med langvarig sykdom, og hvordan kan vi legge til rette for "
        "det? Dette nettkurset gir deg et grunnlag i helsepedagogikk for arbeid i lærings- og mestringstilbud: "
        "helsekompetanse, brukermedvirkning, relasjonskompetanse og kommunikasjon, gruppeledelse, didaktikk "
        "og planlegging med den didaktiske relasjonsmodellen, og endrings- og mestringsprosesser.</p>"
        "<p>Kurset er laget for fagpersoner og erfarne brukere som skal planlegge og holde kurs sammen, som "
        "likeverdige. Hver modul har korte leksjoner med fagtekst, eksempler fra praksis, erfaringshistorier, "
        "refleksjonsoppgaver og øvingsspørsmål. Svarene dine på refleksjonsoppgavene er private. Tar du kurset "
        "sammen med kolleger eller en arbeidsgruppe, finner du også spørsmål dere kan diskutere i gruppen.</p>"
        "<p>Kurset går i kull: fem kursdager over omtrent åtte uker, med lokalgrupper og praksisoppgaver "
        "mellom dagene. Modulene står åpne hele tiden, så du kan lese i ditt eget tempo før og etter hver "
        "kursdag. Brukerrepresentanter får i tillegg en egen modul om brukerinnlegget: hvordan du bruker egen "
        "erfaring i undervisning.</p>"
    ),
    "target_audiences": (
        "Fagpersoner i spesialisthelsetjenesten og kommunene som planlegger eller holder lærings- og "
        "mestringstilbud, og brukerrepresentanter og erfarne brukere som underviser sammen med dem."
    ),
    "outcomes": [
        "Du kan forklare hva helsekompetanse er, og tilpasse informasjon og undervisning til deltakerne.",
        "Du kan beskrive hva brukermedvirkning betyr i planlegging og gjennomføring av lærings- og mestringstilbud.",
        "Du kan bruke relasjonskompetanse og god kommunikasjon i møte med deltakere og medundervisere.",
        "Du kan lede en gruppe slik at deltakerne lærer av hverandre.",
        "Du kan planlegge et lærings- og mestringstilbud med den didaktiske relasjonsmodellen.",
        "Du kan støtte deltakere i endrings- og mestringsprosesser.",
    ],
}

LEARNER = "deltaker@demo.helsepedagogikk.no"
USER_REPRESENTATIVE = "bruker@demo.helsepedagogikk.no"
GROUP_LEADER = "gruppeleder@demo.helsepedagogikk.no"
# The demo learner's own reflection answers (a nurse at a learning and mastery centre).
LEARNER_ANSWERS = {
    "helsekompetanse-egen-erfaring": (
        "Da faren min fikk hjertesvikt, fikk han med seg et ark om væskerestriksjon og daglig veiing hjem fra "
        "sykehuset. Arket var fullt av fagord, og ingen hadde sjekket om han forsto hvorfor vekten var viktig. "
        "Han veide seg ikke før jeg spurte. Det som ville gjort det lettere, var at noen hadde bedt ham fortelle "
        "med egne ord hva han skulle gjøre hjemme, og at arket var skrevet i klarspråk. Det tar jeg med meg: "
        "Jeg vil bruke teach-back på kurset vårt, og be brukerrepresentanten lese informasjonsmateriellet før "
        "vi deler det ut."
    ),
    "brukermedvirkning-likeverd-1": (
        "På hjertekurset vårt er brukerrepresentanten med i gjennomføringen: hun har et innlegg om å leve med "
        "hjertesvikt på andre kursdag. Men hun var ikke med da vi planla kurset, og evalueringen er et skjema "
        "som bare fagpersonene leser. Hadde hun vært med i planleggingen, tror jeg vi hadde brukt mindre tid på "
        "medisiner og mer tid på hvordan det er å komme tilbake i jobb. Jeg vil invitere henne til "
        "evalueringsmøtet etter neste kurs, og spørre om hun vil være med i arbeidsgruppen fra starten."
    ),
}
REFLECTION_ANSWER = (
    "Jeg tenker på kurset vårt for personer med nyoppdaget diabetes. Vi har planlagt det meste ut fra hva vi "
    "fagpersoner synes er viktig. Neste gang vil jeg spørre brukerrepresentanten i arbeidsgruppen tidlig hva "
    "deltakerne trenger å mestre den første tiden, og sette av mer tid til at deltakerne kan dele erfaringer."
)


def _out(stdout, message: str) -> None:
    if stdout is not None:
        stdout.write(message)


# --- Content ------------------------------------------------------------------------


def module_specs(*, stdout=None) -> list[dict]:
    """The MODULE dicts of the module files that exist, in course order."""
    specs = []
    for name in MODULE_FILES:
        try:
            module = importlib.import_module(f"demo.content.modules.{name}")
        except ModuleNotFoundError as exc:
            if exc.name != f"demo.content.modules.{name}":
                raise
            _out(stdout, f"Course demo: demo/content/modules/{name}.py is not written yet; skipped.")
            continue
        specs.append(module.MODULE)
    return specs


# --- Lesson bodies -------------------------------------------------------------------


def _quizzes() -> dict:
    return {quiz.slug: quiz for quiz in Quiz.objects.all()}


def lesson_body(spec: dict, *, assets: course_media.Assets, quizzes: dict, stdout=None) -> list[tuple[str, object]]:
    """StreamField data for a lesson spec (see demo/content/modules/)."""
    body = []
    for kind, value in spec["body"]:
        if kind in ("heading", "paragraph"):
            body.append((kind, value))
        elif kind in ("fact_box", "experience_story", "reflection", "discuss", "audience_section"):
            body.append((kind, dict(value)))
        elif kind == "sources":
            body.append(("sources", {"heading": value["heading"], "sources": [dict(s) for s in value["sources"]]}))
        elif kind == "image":
            image = assets.image(value)
            body.append(("image", {"image": image, "alt": value["alt"], "caption": value.get("caption", "")}))
        elif kind == "video":
            cues = course_media.parse_captions(value["captions"])
            video = assets.media(
                value["key"],
                title=value["title"],
                kind="video",
                suffix="mp4",
                duration=round(cues[-1][1] + 0.5, 1),
                size=(640, 360),
                poster=f"{value['key']}-poster.png",
            )
            if video is not None:
                captions = assets.captions(value["key"], title=value["title"], captions=value["captions"])
                body.append(
                    (
                        "video",
                        {
                            "title": value["title"],
                            "video": video,
                            "captions": captions,
                            "transcript": value["transcript"],
                            "chapters": [
                                {"start": start, "title": title} for start, title in value.get("chapters", [])
                            ],
                        },
                    )
                )
        elif kind == "audio":
            duration = course_media.audio_seconds(value["key"])
            audio = assets.media(value["key"], title=value["title"], kind="audio", suffix="mp3", duration=duration)
            if audio is not None:
                body.append(("audio", {"title": value["title"], "audio": audio, "transcript": value["transcript"]}))
        elif kind == "quiz":
            quiz = quizzes.get(value["slug"])
            if quiz is None:
                _out(stdout, f"Course demo: quiz '{value['slug']}' does not exist yet; its block is left out.")
            else:
                body.append(("quiz", quiz))
        else:
            raise ValueError(f"Unknown block type in the demo content: {kind}")
    return body


def completion_rule(spec: dict, body: list) -> str:
    rule = spec["completion_rule"]
    kinds = {kind for kind, _value in body}
    if rule == CompletionRule.QUIZ and "quiz" not in kinds:
        return CompletionRule.MARKED
    if rule == CompletionRule.REFLECTION and "reflection" not in kinds:
        return CompletionRule.MARKED
    return rule


# --- Pages ---------------------------------------------------------------------------


def _set(page, fields: dict) -> bool:
    """Set the fields; True if any value changed."""
    changed = False
    for name, value in fields.items():
        field = page._meta.get_field(name)
        if isinstance(field, StreamField):
            before = without_ids(getattr(page, name).get_prep_value()) if page.pk else None
            setattr(page, name, value)
            changed |= without_ids(getattr(page, name).get_prep_value()) != before
        else:
            if isinstance(value, float):
                value = Decimal(str(value))
            if getattr(page, name) != value:
                setattr(page, name, value)
                changed = True
    return changed


def _upsert(parent, model, slug: str, fields: dict):
    """The child page with this slug, created or updated, and published when
    it is new, changed, not live or has an unpublished draft."""
    page = model.objects.child_of(parent).filter(slug=slug).first()
    if page is None:
        page = model(slug=slug)
        _set(page, fields)
        parent.add_child(instance=page)
        changed = True
    else:
        changed = _set(page, fields)
    if changed or not page.live or page.has_unpublished_changes:
        page.save_revision().publish()
        page.refresh_from_db()
    return page


def _order_children(parent, model, pages: list) -> None:
    """Put the children in the order of ``pages`` (new module files may come
    before modules loaded earlier)."""
    current = list(model.objects.child_of(parent).order_by("path").values_list("pk", flat=True))
    wanted = [page.pk for page in pages]
    if [pk for pk in current if pk in wanted] == wanted:
        return
    for page in pages:
        model.objects.get(pk=page.pk).move(parent, pos="last-child")


def _course_index(home) -> CourseIndexPage:
    index = CourseIndexPage.objects.child_of(home).first()  # at most one per home page
    slug = index.slug if index else INDEX["slug"]
    return _upsert(home, CourseIndexPage, slug, {"title": INDEX["title"], "intro": INDEX["intro"]})


def _hours(specs: list[dict]) -> Decimal:
    """The common path (modules for everyone), rounded to half hours."""
    minutes = sum(spec["estimated_minutes"] for spec in specs if spec["audience"] == Audience.ALL)
    return Decimal(max(1, round(minutes / 30))) / 2


def load_course(*, home, stdout=None) -> CoursePage:
    specs = module_specs(stdout=stdout)
    index = _course_index(home)
    course = _upsert(
        index,
        CoursePage,
        COURSE["slug"],
        {
            "title": COURSE["title"],
            "intro": COURSE["intro"],
            "target_audiences": COURSE["target_audiences"],
            "outcomes": "\n".join(COURSE["outcomes"]),
            "estimated_hours": _hours(specs),
            "enrolment_mode": EnrolmentMode.OPEN,
            "open_reading": True,
            # A cohort course is paced by its course days: the pre-work a day names must be open.
            "lock_modules_in_order": False,
            "certificate_enabled": True,
            "certificate_hours": None,
        },
    )
    assets = course_media.Assets(stdout=stdout)
    quizzes = _quizzes()
    modules = []
    lessons_total = 0
    for spec in specs:
        module = _upsert(
            course,
            ModulePage,
            spec["slug"],
            {
                "title": spec["title"],
                "intro": spec["intro"],
                "outcomes": "\n".join(spec["outcomes"]),
                "estimated_minutes": spec["estimated_minutes"],
                "audience": spec["audience"],
                "sources": [("source", dict(source)) for source in spec.get("sources", [])],
            },
        )
        lessons = []
        for lesson_spec in spec["lessons"]:
            body = lesson_body(lesson_spec, assets=assets, quizzes=quizzes, stdout=stdout)
            lessons.append(
                _upsert(
                    module,
                    LessonPage,
                    lesson_spec["slug"],
                    {
                        "title": lesson_spec["title"],
                        "summary": lesson_spec["summary"],
                        "estimated_minutes": lesson_spec["estimated_minutes"],
                        "completion_rule": completion_rule(lesson_spec, body),
                        "body": body,
                    },
                )
            )
        _order_children(module, LessonPage, lessons)
        modules.append(module)
        lessons_total += len(lessons)
    _order_children(course, ModulePage, modules)
    _out(stdout, f"Course demo: '{course.title}' with {len(modules)} modules and {lessons_total} lessons.")
    return course


# --- Demo learners ---------------------------------------------------------------------


def _live_lessons(module: ModulePage) -> list[LessonPage]:
    return list(LessonPage.objects.live().child_of(module).order_by("path"))


def complete_lesson(*, user, lesson: LessonPage, answers: dict[str, str] | None = None) -> None:
    """Complete a lesson the way its rule asks, through modules.services, so
    the progress rows are the ones a learner would make."""
    lesson = lesson.specific
    rule = lesson.completion_rule
    if rule == CompletionRule.REFLECTION:
        for key in lesson.reflection_keys():
            text = (answers or {}).get(key, REFLECTION_ANSWER)
            services.reflection_save(user=user, lesson_id=lesson.pk, key=key, text=text)
    elif rule == CompletionRule.QUIZ:
        for quiz_id in lesson.quiz_ids():
            services.progress_record_quiz_pass(user=user, lesson_id=lesson.pk, quiz_id=quiz_id)
    elif rule == CompletionRule.OPENED:
        visit_lesson(user=user, lesson=lesson)
    else:
        services.lesson_mark_complete(user=user, lesson_id=lesson.pk)


def visit_lesson(*, user, lesson: LessonPage) -> None:
    """What opening the lesson page does: remember it for "Fortsett der du
    slapp" (and complete it when its rule is "opened")."""
    state = selectors.lesson_page_state(lesson=lesson, user=user)
    if state is not None and state.enrolled and not state.locked:
        services.lesson_record_visit(user=user, lesson=lesson, state=state)


def load_learners(*, course: CoursePage, stdout=None) -> None:
    """Two learners in the course (the cohort and its groups are the cohorts
    demo's): the
    professional has completed the first module and half of the second
    (with a reflection answer), the user representative has just started."""
    users = {u.email: u for u in User.objects.filter(email__in=[LEARNER, USER_REPRESENTATIVE, GROUP_LEADER])}
    learner, representative = users.get(LEARNER), users.get(USER_REPRESENTATIVE)
    if learner is None or representative is None:
        _out(stdout, "Course demo: the demo accounts are missing (load the accounts demo first); no progress made.")
        return None
    for user in (learner, representative):
        services.course_enrol(user=user, course=course, source=EnrolmentSource.STAFF)

    modules = list(ModulePage.objects.live().child_of(course).filter(audience=Audience.ALL).order_by("path"))
    if not modules:
        return None
    for lesson in _live_lessons(modules[0]):
        complete_lesson(user=learner, lesson=lesson, answers=LEARNER_ANSWERS)
    if len(modules) > 1:
        lessons = _live_lessons(modules[1])
        done = lessons[: max(1, len(lessons) // 2)]
        for lesson in done:
            complete_lesson(user=learner, lesson=lesson, answers=LEARNER_ANSWERS)
        rest = lessons[len(done) :]
        reflective = next((lesson for lesson in rest if lesson.reflection_keys()), None)
        if reflective is not None:  # an answer saved on a lesson the learner is still working on
            key = reflective.reflection_keys()[0]
            text = LEARNER_ANSWERS.get(key, REFLECTION_ANSWER)
            services.reflection_save(user=learner, lesson_id=reflective.pk, key=key, text=text)
        if rest:
            visit_lesson(user=learner, lesson=rest[0])
    first = _live_lessons(modules[0])[:1]
    for lesson in first:
        complete_lesson(user=representative, lesson=lesson)
    progress = selectors.course_progress(course=course, user=learner)
    _out(stdout, f"Course demo: {LEARNER} is {progress.percent} % through the course.")
    return None


def load(*, stdout=None) -> CoursePage:
    home = HomePage.objects.filter(locale=Locale.get_default()).first()
    if home is None:
        raise RuntimeError("Load the elearning demo first (the home page).")
    course = load_course(home=home, stdout=stdout)
    load_learners(course=course, stdout=stdout)
    load_path(home=home, course=course, stdout=stdout)
    load_review_workflow(course=course, stdout=stdout)
    return course


# --- The user representatives' path and the review workflow -----------------------------

PATH = {
    "title": "Veien for brukerrepresentanter",
    "slug": "brukerrepresentant",
    "search_description": (
        "Modulene og leksjonene i kurset som forbereder deg på å planlegge og undervise sammen med en fagperson."
    ),
    "intro": (
        "<p>Som erfaren bruker i et lærings- og mestringstilbud bidrar du med noe fagpersonene ikke kan gi: "
        "kunnskapen om hvordan det er å leve med sykdommen i hverdagen. Denne veien samler det i kurset som er "
        "mest nyttig for deg som skal være med og planlegge, undervise og evaluere sammen med en fagperson.</p>"
        "<p>Du får modulen <b>Brukerinnlegget – fra egen erfaring til formidling</b>, som er laget for deg, og de "
        "felles modulene som hele arbeidsgruppen bør kjenne. Leksjoner med en egen del for brukerrepresentanter "
        "er merket. Fremdriften din teller i kurset, så du kan gå videre til kursbeviset når du vil.</p>"
    ),
    "after_text": (
        "<p>Når du har gått gjennom veien, kan du skrive ditt eget brukerinnlegg i "
        '<a href="/brukerinnlegg/">verktøyet for brukerinnlegg</a>, dele utkastet med fagpersonen du skal '
        'undervise sammen med, og lage <a href="/samarbeid/">en undervisningsplan</a> sammen i teamet deres.</p>'
    ),
}


def load_path(*, home, course: CoursePage, stdout=None) -> LearningPathPage:
    page = _upsert(
        home,
        LearningPathPage,
        PATH["slug"],
        {
            "title": PATH["title"],
            "search_description": PATH["search_description"],
            "intro": PATH["intro"],
            "after_text": PATH["after_text"],
            "audience": Role.USER_REPRESENTATIVE,
            "course_id": course.pk,
        },
    )
    _out(stdout, f"Learning path: '{page.title}' at {page.url_path}.")
    return page


def load_review_workflow(*, course: CoursePage, stdout=None) -> None:
    """The moderation workflow on the course index, with the demo user
    representative on the editorial board as its first reviewer."""
    reviewers = list(User.objects.filter(email="gjennomgang@demo.helsepedagogikk.no"))
    workflow = review.course_review_workflow_ensure(course_index=course.get_parent(), reviewers=reviewers)
    _out(stdout, f"Review workflow: '{workflow.name}'.")
