"""A lesson's body for one learner: the HTML every learner sees alike,
cached per revision, language and audience (in the shared cache and in
this process's memory), around the blocks rendered per
request (reflection tasks with the learner's answers, quizzes)."""

from __future__ import annotations

from dataclasses import dataclass

from django.core.cache import cache
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

from elearning import content_cache
from modules.blocks import DYNAMIC_BLOCK_TYPES
from modules.cache import BODY_CACHE_SECONDS
from modules.models import Audience, LessonPage, ReflectionAnswer
from modules.selectors.progress import lesson_page_state


@dataclass
class BodyPart:
    html: str = ""
    block: object = None
    block_type: str = ""
    # A placeholder the page prints instead of a block rendered per request (modules.learner_html).
    hole: str = ""


def section_visible(section_audience: str, audience: str) -> bool:
    """Audience sections: Audience.ALL for everyone; otherwise for the
    matching learners. Audience.ALL as the learner's audience (not signed in,
    previews) sees every section."""
    if Audience.ALL in (section_audience, audience):
        return True
    return section_audience == audience


def lesson_body_parts(*, lesson: LessonPage, audience: str, preview: bool = False) -> list[BodyPart]:
    """The lesson body as rendered HTML for the blocks every learner sees
    alike, cached per live revision, language and audience, plus placeholders
    for the blocks rendered per request (DYNAMIC_BLOCK_TYPES). The HTML is
    rendered without any learner's data in its context."""
    key = f"modules:lesson-body:{lesson.pk}:{lesson.live_revision_id}:{get_language()}:{audience}"
    cacheable = not preview and lesson.live_revision_id
    cached = content_cache.local_get(key) if cacheable else None
    if cached is None and cacheable:
        cached = cache.get(key)
        if cached is not None:
            content_cache.local_set(key, cached)
    if cached is None:
        cached = []
        buffer: list[str] = []
        for index, block in enumerate(lesson.body):
            if block.block_type in DYNAMIC_BLOCK_TYPES:
                if buffer:
                    cached.append(("html", "".join(buffer)))
                    buffer = []
                cached.append((block.block_type, index))
                continue
            if block.block_type == "audience_section" and not section_visible(block.value["audience"], audience):
                continue
            buffer.append(block.render(context={"page": lesson, "audience": audience, "LANGUAGE_CODE": get_language()}))
        if buffer:
            cached.append(("html", "".join(buffer)))
        if cacheable:
            cache.set(key, cached, BODY_CACHE_SECONDS)
            content_cache.local_set(key, cached)
    parts = []
    for kind, value in cached:
        if kind == "html":
            parts.append(BodyPart(html=mark_safe(value)))  # noqa: S308 (rendered by our block templates)
        else:
            parts.append(BodyPart(block=lesson.body[value], block_type=kind))
    return parts


def lesson_page_context(*, lesson: LessonPage, request, reflection_input: dict | None = None) -> dict:
    preview = getattr(request, "is_preview", False)
    state = getattr(request, "lesson_state", None)
    if state is None and not preview:
        state = lesson_page_state(lesson=lesson, user=request.user, request=request)
    audience = state.progress.audience if state else Audience.ALL
    parts = lesson_body_parts(lesson=lesson, audience=audience, preview=preview)
    answers = {}
    if state and state.enrolled and any(p.block_type == "reflection" for p in parts):
        answers = {
            a.key: a
            for a in ReflectionAnswer.objects.filter(
                user=request.user, lesson__translation_key=lesson.translation_key
            ).only("key", "text", "shared_with_leaders", "updated_at")
        }
    reflection_input = reflection_input or {}
    for part in parts:
        if part.block_type == "reflection":
            task_key = part.block.value["key"]
            answer = answers.get(task_key)
            submitted = reflection_input.get(task_key)
            part.reflection = {
                "key": task_key,
                "prompt": part.block.value["prompt"],
                "answer": answer,
                "text": submitted["text"] if submitted else (answer.text if answer else ""),
                "shared": submitted["shared"] if submitted else bool(answer and answer.shared_with_leaders),
                # Only a cohort course has leaders to share with.
                "can_share": bool(state and state.course.is_cohort_course),
                "error": submitted.get("error", "") if submitted else "",
                "saved": bool(submitted and submitted.get("saved")),
                "lesson_id": lesson.pk,
                "enabled": bool(state and state.enrolled),
            }
    return {
        "state": state,
        "progress": state.progress if state else None,
        "body_parts": parts,
        "embed_consent": embed_consent(request),
    }


def embed_consent(request) -> bool:
    """Whether the visitor consented to embedded content from other websites, for this session."""
    return bool(request.session.get(EMBED_CONSENT_SESSION_KEY)) if hasattr(request, "session") else False


EMBED_CONSENT_SESSION_KEY = "modules_embed_consent"
