"""From a question form to an answer value, and back. Pure functions.

Forms never name choices by database id (their order could give an
ordering question away): options are named by their random ``key``, and
the matches of a matching question by their place in the attempt's shuffled
``target_order``. Field names:

    single, true_false, likert   choice=<key>
    multiple                     choice=<key> (repeated)
    ordering                     position-<key>=<1..n>
    matching                     match-<item key>=<index of the match in target_order>
    short_text, reflection       text=<text>

The value shapes are documented in quizzes.grading.
"""

from __future__ import annotations

from django.utils.translation import gettext as _

from elearning.errors import UserError, length_and_limit
from elearning.text import multiline
from quizzes.types import ONE_CHOICE_TYPES, QuestionType

SHORT_TEXT_MAX_LENGTH = 300
REFLECTION_MAX_LENGTH = 10_000
FIELD_MAX_LENGTH = 40  # keys, positions and indexes are short


class AnswerRefused(UserError):
    """The input cannot be an answer to this question; ``message`` says why."""


def _foreign():
    return AnswerRefused(_("That option does not belong to this question. Reload the page and answer again."))


def _keys(spec: dict) -> dict[str, int]:
    return {c["key"]: c["id"] for c in spec["choices"]}


def _limited_text(raw: str, limit: int) -> str:
    text = multiline(raw)
    if len(text) > limit:
        raise AnswerRefused(
            _("Your answer is %(length)s characters long. The limit is %(limit)s; shorten it and save again.")
            % length_and_limit(len(text), limit)
        )
    return text


def _short(raw) -> str:
    if not isinstance(raw, str) or len(raw) > FIELD_MAX_LENGTH or "\x00" in raw:
        raise _foreign()
    return raw


def _getlist(data):
    return data.getlist if hasattr(data, "getlist") else (lambda name: list(data.get(name, [])))


def value_from_form(spec: dict, data, *, targets: list[int] | None = None):
    """The answer value for ``spec`` from ``data`` (a QueryDict or a dict of
    lists). Returns None when nothing is answered. Raises AnswerRefused."""
    kind = spec["type"]
    keys = _keys(spec)
    getlist = _getlist(data)

    if kind in ONE_CHOICE_TYPES:
        chosen = [_short(v) for v in getlist("choice") if v != ""]
        if not chosen:
            return None
        if len(chosen) > 1:
            raise AnswerRefused(_("Choose one option."))
        if chosen[0] not in keys:
            raise _foreign()
        return keys[chosen[0]]

    if kind == QuestionType.MULTIPLE:
        chosen = [_short(v) for v in getlist("choice") if v != ""]
        if len(chosen) > len(keys) or any(key not in keys for key in chosen):
            raise _foreign()
        ids = sorted({keys[key] for key in chosen})
        return ids or None

    if kind == QuestionType.ORDERING:
        places: dict[str, int] = {}
        for key in keys:
            raw = [v for v in getlist(f"position-{key}") if v != ""]
            if not raw:
                continue
            try:
                place = int(_short(raw[-1]))
            except ValueError:
                raise AnswerRefused(_("Choose a place from the list for each item.")) from None
            if not 1 <= place <= len(keys):
                raise AnswerRefused(_("Choose a place from the list for each item."))
            places[key] = place
        if not places:
            return None
        if len(places) < len(keys) or len(set(places.values())) < len(places):
            raise AnswerRefused(_("Give each item its own place, from 1 to %(count)s.") % {"count": len(keys)})
        return [keys[key] for key, _place in sorted(places.items(), key=lambda item: item[1])]

    if kind == QuestionType.MATCHING:
        targets = targets or []
        matches: dict[str, int] = {}
        for key, item_id in keys.items():
            raw = [v for v in getlist(f"match-{key}") if v != ""]
            if not raw:
                continue
            try:
                index = int(_short(raw[-1]))
            except ValueError:
                raise _foreign() from None
            if not 0 <= index < len(targets):
                raise _foreign()
            matches[str(item_id)] = targets[index]
        return matches or None

    if kind in (QuestionType.SHORT_TEXT, QuestionType.REFLECTION):
        limit = SHORT_TEXT_MAX_LENGTH if kind == QuestionType.SHORT_TEXT else REFLECTION_MAX_LENGTH
        raw = getlist("text")
        text = _limited_text(raw[-1] if raw else "", limit)
        return text if text.strip() else None

    raise AnswerRefused(_("This question cannot be answered."))


def form_state(spec: dict, value, *, targets: list[int] | None = None) -> dict:
    """What the form shows for a saved ``value``: chosen keys, places, matches, text."""
    by_id = {c["id"]: c["key"] for c in spec["choices"]}
    state = {"chosen": set(), "places": {}, "matches": {}, "text": ""}
    if value is None:
        return state
    kind = spec["type"]
    if kind in ONE_CHOICE_TYPES and value in by_id:
        state["chosen"] = {by_id[value]}
    elif kind == QuestionType.MULTIPLE and isinstance(value, list):
        state["chosen"] = {by_id[v] for v in value if v in by_id}
    elif kind == QuestionType.ORDERING and isinstance(value, list):
        state["places"] = {by_id[v]: place for place, v in enumerate(value, start=1) if v in by_id}
    elif kind == QuestionType.MATCHING and isinstance(value, dict):
        index_of = {target: index for index, target in enumerate(targets or [])}
        for item_id, target in value.items():
            key = by_id.get(int(item_id)) if str(item_id).isdigit() else None
            if key is not None and target in index_of:
                state["matches"][key] = index_of[target]
    elif kind in (QuestionType.SHORT_TEXT, QuestionType.REFLECTION) and isinstance(value, str):
        state["text"] = value
    return state


def posted_state(spec: dict, data, *, targets: list[int] | None = None) -> dict:
    """What the form shows for input ``value_from_form`` refused: what was
    chosen, placed, matched and typed, as it was sent (what names none of
    this question's options left out), so the learner corrects it instead
    of answering again from the start."""
    keys = _keys(spec)
    getlist = _getlist(data)

    def last_number(name: str) -> int | None:
        raw = [v for v in getlist(name) if v != ""]
        return int(raw[-1]) if raw and _short(raw[-1]).isdigit() else None

    state = {"chosen": {v for v in getlist("choice") if v in keys}, "places": {}, "matches": {}, "text": ""}
    for key in keys:
        place = last_number(f"position-{key}")
        if place is not None and 1 <= place <= len(keys):
            state["places"][key] = place
        index = last_number(f"match-{key}")
        if index is not None and index < len(targets or []):
            state["matches"][key] = index
    text = getlist("text")
    state["text"] = multiline(text[-1]) if text else ""
    return state
