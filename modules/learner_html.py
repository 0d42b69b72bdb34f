"""The per-learner parts of "Mine kurs" and the course, module and lesson
pages, rendered once per state of the learner.

"Mine kurs" (dashboard()) and the body of a course, module or lesson page
(course_body(), module_body(), lesson_body()) show the learner's enrolments,
completions, certificates and reflection answers (their user version,
elearning.user_cache) and content (the content version); each is
kept until one of those changes, or until the next module of one of its
courses opens (the earliest "available from" still to come). Each section
another app adds through the ``learner_dashboard_sections`` or
``course_page_sections`` hook is kept the same way when its function says
what it reads (@user_cache.reads: the user's own state, content and the
named shared versions, e.g. "cohorts"); a section without it is rendered on
every request. Every entry is per site, language and day (dates shown,
cohorts that are current), and a page's entries are fetched in one round
trip. The CSRF token is put in on every request, and so are the lesson's
blocks that read what no version covers (modules.blocks.PER_REQUEST_BLOCK_TYPES:
quizzes with the learner's attempts, embeds with the session's consent).
Anonymous visitors, an editor's preview of a draft and a lesson shown again
with what the learner typed get the page rendered afresh."""

from __future__ import annotations

from functools import cached_property, partial

from django.conf import settings
from django.utils import timezone
from django.utils.safestring import SafeString, mark_safe
from wagtail import hooks

from elearning import user_cache
from elearning.fragments import CSRF_HOLE, fill_csrf, render_with_csrf_hole
from modules import selectors
from modules.blocks import PER_REQUEST_BLOCK_TYPES
from modules.models import CoursePage, LessonPage, ModulePage
from modules.selectors.learner import LEARNER_RECORD

DASHBOARD_SECTIONS_HOOK = "learner_dashboard_sections"
COURSE_PAGE_SECTIONS_HOOK = "course_page_sections"
SECTIONS_HOLE = "modulesrenderedsectionshole"
BLOCK_HOLE = "modulesrenderedblockhole"


def _opening(modules, now) -> float | None:
    """When the earliest module still to open opens (a timestamp), or None."""
    opening = [m.available_from for m in modules if m.available_from and m.available_from > now]
    return min(opening).timestamp() if opening else None


def _still_valid(value) -> bool:
    _html, until = value
    return until is None or timezone.now().timestamp() < until


def _course_name(request, course) -> str:
    return f"modules:course:{course.pk}:{user_cache.page_scope(request)}"


def _module_name(request, module) -> str:
    return f"modules:module:{module.pk}:{user_cache.page_scope(request)}"


def _lesson_name(request, lesson) -> str:
    return f"modules:lesson:{lesson.pk}:{user_cache.page_scope(request)}"


def _section_name(name: str, fn) -> str:
    return f"{name}:{fn.__module__}.{fn.__qualname__}"


def _section(request, fn, *args) -> str:
    section = fn(request, *args)
    return render_with_csrf_hole(request, section["template"], {"section": section}) if section else ""


def _cached(fn) -> bool:
    return getattr(fn, "user_cache_reads", None) is not None


def _section_entries(functions, name: str, render) -> list[user_cache.Entry]:
    """The entries of the sections whose function says what it reads; ``render(fn)`` renders one."""
    return [
        user_cache.Entry(_section_name(name, fn), partial(render, fn), shared=fn.user_cache_reads, content=True)
        for fn in functions
        if _cached(fn)
    ]


def _cacheable(request) -> bool:
    """Anonymous visitors are not cached per user; a preview shows a draft."""
    return request.user.is_authenticated and not getattr(request, "is_preview", False)


def _dashboard_courses(request) -> tuple[str, float | None]:
    items = selectors.dashboard(user=request.user, request=request)
    html = render_with_csrf_hole(
        request,
        "modules/partials/dashboard_courses.html",
        {"items": items, "catalogue_url": None if items else selectors.catalogue_url(request=request)},
    )
    return html, _opening([m for item in items for m in item.modules], timezone.now())


def dashboard(request) -> SafeString:
    """The content of "Mine kurs": the courses, then the sections in the hooks' order."""
    functions = hooks.get_hooks(DASHBOARD_SECTIONS_HOOK)
    name = f"modules:dashboard:{user_cache.page_scope(request)}"
    entries = [user_cache.Entry(name, partial(_dashboard_courses, request), content=True, valid=_still_valid)]
    render = partial(_section, request)
    values = iter(user_cache.get_all(request.user.pk, entries + _section_entries(functions, name, render)))
    parts = [next(values)[0]]
    parts += [next(values) if _cached(fn) else render(fn) for fn in functions]
    return fill_csrf(request, "".join(parts))


class _Progress:
    """The learner's progress in the course, read once, when a section or the body needs it."""

    def __init__(self, course, user):
        self.course, self.user = course, user

    @cached_property
    def values(self) -> dict:
        return selectors.course_page_context(course=self.course, user=self.user)


def _course_main(request, course, progress: _Progress) -> tuple[str, float | None]:
    values = progress.values
    html = render_with_csrf_hole(
        request,
        "modules/partials/course_body.html",
        {"page": course, **values, "course_sections": mark_safe(SECTIONS_HOLE)},  # noqa: S308 (a placeholder of ours)
    )
    return html, _opening(values["progress"].modules, timezone.now())


def course_body(request, course, *, csrf_token=None) -> SafeString:
    """The content of a course page: the modules with the learner's progress,
    their enrolment box and the sections of the ``course_page_sections`` hook
    (fn(request, course, progress) -> dict | None) beside it."""
    functions = hooks.get_hooks(COURSE_PAGE_SECTIONS_HOOK)
    progress = _Progress(course, request.user)

    def section(fn) -> str:
        return _section(request, fn, course, progress.values["progress"])

    if not _cacheable(request):
        main, _until = _course_main(request, course, progress)
        sections = [section(fn) for fn in functions]
    else:
        name = _course_name(request, course)
        entries = [
            user_cache.Entry(name, partial(_course_main, request, course, progress), content=True, valid=_still_valid),
            *_section_entries(functions, name, section),
        ]
        values = iter(user_cache.get_all(request.user.pk, entries))
        main = next(values)[0]
        sections = [next(values) if _cached(fn) else section(fn) for fn in functions]
    return fill_csrf(request, main.replace(SECTIONS_HOLE, "".join(sections)), csrf_token)


def _module_main(request, module) -> tuple[str, float | None]:
    values = selectors.module_page_context(module=module, user=request.user)
    html = render_with_csrf_hole(request, "modules/partials/module_body.html", {"page": module, **values})
    progress = values.get("progress")
    return html, _opening(progress.modules, timezone.now()) if progress else None


def module_body(request, module, *, csrf_token=None) -> SafeString:
    """The content of a module page: its lessons with the learner's progress."""
    if not _cacheable(request):
        return fill_csrf(request, _module_main(request, module)[0], csrf_token)
    name = _module_name(request, module)
    entry = user_cache.Entry(name, partial(_module_main, request, module), content=True, valid=_still_valid)
    ((html, _until),) = user_cache.get_all(request.user.pk, [entry])
    return fill_csrf(request, html, csrf_token)


def _block_hole(index: int) -> str:
    return f"{BLOCK_HOLE}{index}end"  # "end": hole 1 is not the start of hole 12


class _Lesson:
    """A lesson page for one request: its values read once, when the page is rendered."""

    def __init__(self, request, lesson, reflection_input: dict | None):
        self.request, self.lesson, self.reflection_input = request, lesson, reflection_input

    @cached_property
    def values(self) -> dict:
        return selectors.lesson_page_context(
            lesson=self.lesson, request=self.request, reflection_input=self.reflection_input
        )

    def main(self) -> tuple[str, float | None]:
        values = self.values
        for index, part in enumerate(values["body_parts"]):
            if part.block_type in PER_REQUEST_BLOCK_TYPES:
                part.hole = mark_safe(_block_hole(index))  # noqa: S308 (a placeholder of ours)
        html = render_with_csrf_hole(self.request, "modules/partials/lesson_body.html", {"page": self.lesson, **values})
        state = values["state"]
        return html, _opening(state.progress.modules, timezone.now()) if state else None

    def fill_blocks(self, html: str, state) -> str:
        """``html`` with each block rendered per request put into its hole."""
        if BLOCK_HOLE not in html:
            return html
        if "values" in self.__dict__:
            parts = self.values["body_parts"]
        else:  # from the cache: the body's parts are cached for the lesson's revision and the audience
            parts = selectors.lesson_body_parts(lesson=self.lesson, audience=state.progress.audience)
        context = {
            "request": self.request,
            "page": self.lesson,
            "state": state,
            "progress": state.progress if state else None,
            "embed_consent": selectors.embed_consent(self.request),
            "csrf_token": CSRF_HOLE,
        }
        for index, part in enumerate(parts):
            hole = _block_hole(index)
            if part.block_type in PER_REQUEST_BLOCK_TYPES and hole in html:
                html = html.replace(hole, part.block.render(context=context))
        return html


def lesson_body(request, lesson, *, reflection_input: dict | None = None, csrf_token=None) -> SafeString:
    """The content of a lesson page: the learner's place in the course, the
    body with their reflection answers, quizzes and embeds, the progress box
    and the module's lessons. Cached for the state the lesson gate read
    (request.lesson_state); a lesson shown again with what the learner typed
    (``reflection_input``) is not."""
    page = _Lesson(request, lesson, reflection_input)
    state = getattr(request, "lesson_state", None)
    if not _cacheable(request) or reflection_input or state is None:
        html, _until = page.main()
        return fill_csrf(request, page.fill_blocks(html, page.values["state"]), csrf_token)
    name = _lesson_name(request, lesson)
    entry = user_cache.Entry(name, page.main, content=True, valid=_still_valid)
    ((html, _until),) = user_cache.get_all(request.user.pk, [entry])
    return fill_csrf(request, page.fill_blocks(html, state), csrf_token)


def read_ahead(request, page) -> None:
    """Before a course, module or lesson page is served: the learner's
    entries it reads (the lesson gate's learner record too), fetched with
    their user in one round trip (user_cache.read_ahead)."""
    if settings.SESSION_COOKIE_NAME not in request.COOKIES:
        return  # without a session, not signed in
    if isinstance(page, CoursePage):
        name = _course_name(request, page)
        functions = hooks.get_hooks(COURSE_PAGE_SECTIONS_HOOK)
        entries = [(name, ()), *((_section_name(name, fn), fn.user_cache_reads) for fn in functions if _cached(fn))]
    elif isinstance(page, ModulePage):
        entries = [(_module_name(request, page), ())]
    elif isinstance(page, LessonPage):
        entries = [(LEARNER_RECORD, ()), (_lesson_name(request, page), ())]
    else:
        return
    user_cache.read_ahead(entries)
