"""The glossary in locale/glossary.toml, for the tests that hold the nb and nn
catalogues and the demo content to it."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path

GLOSSARY = Path(__file__).resolve().parents[1] / "locale" / "glossary.toml"


@dataclass(frozen=True)
class Term:
    use: str
    why: str
    languages: frozenset[str]
    patterns: tuple[re.Pattern, ...]


@dataclass(frozen=True)
class Violation:
    found: str
    use: str
    why: str

    def __str__(self):
        return f"«{self.found}»: use {self.use}. {self.why}"


@cache
def _data() -> dict:
    with GLOSSARY.open("rb") as handle:
        return tomllib.load(handle)


@cache
def terms() -> tuple[Term, ...]:
    result = []
    for entry in _data()["term"]:
        flags = 0 if entry.get("case_sensitive") else re.IGNORECASE
        result.append(
            Term(
                use=entry["use"],
                why=entry["why"],
                languages=frozenset(entry["languages"]),
                patterns=tuple(re.compile(pattern, flags) for pattern in entry["banned"]),
            )
        )
    return tuple(result)


def pinned() -> list[dict]:
    return list(_data().get("pinned", []))


def violations(text: str, *, language: str) -> list[Violation]:
    """Every banned term in ``text`` for a catalogue or content in ``language``."""
    found = []
    for term in terms():
        if language not in term.languages:
            continue
        for pattern in term.patterns:
            for match in pattern.finditer(text):
                found.append(Violation(found=match.group(0), use=term.use, why=term.why))
    return found
