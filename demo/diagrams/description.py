"""What a diagram shows, read from the English description of an image
block: its labels, notes and layout (see demo/diagrams/__init__.py)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_QUOTED = re.compile(r"(?<![\w])(?:'([^']+?)'|‘([^’]+?)’|“([^”]+?)”|«([^»]+?)»|\"([^\"]+?)\")(?![\w])")
_PARENTHESISED = re.compile(r"\(([a-zæøå][a-zæøå -]{2,30})\)")
_NOTE_CUES = ("text", "titled", "title", "heading", "caption", "reads", "saying", "says")


@dataclass
class Spec:
    layout: str
    labels: list[str]
    notes: list[str] = field(default_factory=list)
    connect_all: bool = False
    bottom_up: bool = False  # the first label is the lowest box
    both_ways: bool = False  # double-headed arrows
    bar: str = ""  # a wide bar below a flow
    exit: tuple[str, str] | None = None  # (from, to): an arrow that leaves a cycle
    semicircle: bool = False
    buttons: list[str] = field(default_factory=list)  # a video meeting's buttons


def _quoted_after(lower: str, text: str, pattern: str) -> str:
    match = re.search(pattern + r"[^'‘“«\"]{0,40}['‘“«\"](?P<label>[^'’”»\"]+)", lower)
    if not match:
        return ""
    return text[match.start("label") : match.end("label")].strip()


def parse(description: str) -> Spec:
    """Labels, notes and layout from an English description."""
    text = " ".join(description.split())
    lower = text.lower()
    labels: list[str] = []
    notes: list[str] = []
    positions: dict[str, int] = {}
    for match in _QUOTED.finditer(text):
        label = next(group for group in match.groups() if group is not None).strip()
        before = lower[max(0, match.start() - 14) : match.start()]
        target = notes if any(cue in before for cue in _NOTE_CUES) and "labelled" not in before else labels
        if label and label not in target:
            target.append(label)
            positions[label] = match.start()
    for match in _PARENTHESISED.finditer(text):
        word = match.group(1).strip()
        if word not in labels and not any(w in word for w in ("short", "wide", "optional", "left", "right")):
            labels.append(word)
            positions[word] = match.start()
    spec = Spec(layout="flow", labels=labels, notes=notes)
    spec.connect_all = bool(
        re.search(r"every (box|element|circle) (with|to) every|all connected|connect(s|ed)? all", lower)
    )
    spec.bottom_up = bool(re.search(r"bottom to top|bottom box|from the bottom", lower))
    spec.both_ways = "double-headed" in lower or "two-way" in lower or "both directions" in lower

    if re.search(r"video (meeting|call)|\btiles\b", lower):
        spec.layout = "meeting"
        split = lower.find("button")
        if split >= 0:
            spec.buttons = [label for label in labels if positions.get(label, 0) > split]
            spec.labels = [label for label in labels if positions.get(label, 0) <= split]
    elif re.search(r"(person icons|participants|people) (in|around|sitting|on)\b|\bchairs\b", lower):
        spec.layout = "people"
        spec.semicircle = "semicircle" in lower or "half circle" in lower or "horseshoe" in lower
    elif re.search(r"\b(two columns|side by side|left column|versus|compared)", lower):
        spec.layout = "columns"
    elif re.search(r"arrow.*on the left.*on the right|\b(scale|spectrum|continuum)\b", lower):
        spec.layout = "scale"
    elif "venn" in lower or "overlapping" in lower:
        spec.layout = "venn"
    elif re.search(r"\b(cycle|circular|loop|wheel)\b", lower):
        spec.layout = "cycle"
        exit_to = _quoted_after(lower, text, r"(leaves|out of) the (loop|cycle|circle)")
        exit_from = _quoted_after(lower, text, r"\bfrom\b")
        if exit_to in labels and exit_from in labels and exit_to != exit_from:
            spec.exit = (exit_from, exit_to)
            spec.labels = [label for label in labels if label != exit_to]
    elif "hexagon" in lower or "every box with every other" in lower or "arranged in a circle" in lower:
        spec.layout = "ring"
    elif "ladder" in lower:
        spec.layout = "ladder"
    elif re.search(r"\b(stair|staircase|steps rising|pyramid)", lower):
        spec.layout = "stairs"
    elif re.search(r"\b(vertical|top to bottom|stacked|from top)", lower):
        spec.layout = "stack"
    elif re.search(r"\b(centre|center|central|in the middle)\b", lower) and "around" in lower:
        spec.layout = "hub"
    elif len(labels) > 6:
        spec.layout = "grid"
    if spec.layout == "flow":
        bar = _quoted_after(lower, text, r"\bbar\b")
        if bar in labels and len(labels) > 2:
            spec.bar = bar
            spec.labels = [label for label in labels if label != bar]
    return spec
