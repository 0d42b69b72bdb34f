"""The bokmål and nynorsk catalogues follow the glossary (locale/glossary.toml):
no banned term in any translation, and the pinned translations as written."""

from pathlib import Path

import polib
import pytest

from tests import glossary

LOCALE = Path(__file__).resolve().parents[2] / "locale"


def _catalogue(language: str) -> polib.POFile:
    return polib.pofile(str(LOCALE / language / "LC_MESSAGES" / "django.po"))


def _translations(entry: polib.POEntry) -> list[str]:
    return [text for text in (entry.msgstr, *entry.msgstr_plural.values()) if text]


@pytest.mark.parametrize("language", ["nb", "nn"])
def test_no_banned_term_in_the_catalogue(language):
    problems = [
        f"{entry.msgid!r} → {text!r}: {violation}"
        for entry in _catalogue(language)
        if not entry.obsolete
        for text in _translations(entry)
        for violation in glossary.violations(text, language=language)
    ]
    assert problems == []


@pytest.mark.parametrize("language", ["nb", "nn"])
def test_pinned_translations(language):
    catalogue = {entry.msgid: entry.msgstr for entry in _catalogue(language) if not entry.obsolete}
    wrong = {
        pin["msgid"]: (catalogue.get(pin["msgid"]), pin[language])
        for pin in glossary.pinned()
        if pin["msgid"] in catalogue and catalogue[pin["msgid"]] != pin[language]
    }
    assert wrong == {}


@pytest.mark.parametrize(
    ("text", "language", "found"),
    [
        ("Ta quizen før neste kursdag.", "nb", "quizen"),
        ("Kursholderne møtes etter samlingen.", "nb", "Kursholderne"),
        ("Sett av tid til debrief.", "nn", "debrief"),
        ("Vi så tegn på alibi-medvirkning.", "nb", "alibi-medvirkning"),
        ("Avbestill påmeldingen din.", "nb", "Avbestill"),
        ("Be deltakeren fortelle hva hen har forstått.", "nb", "hen"),
        ("Gruppa møtes i morgen.", "nb", "Gruppa"),
        ("Personer med KOLS", "nb", "KOLS"),
        ("Du er påmeld på kurset.", "nn", "påmeld på"),
        ("Tekst i bottekst", "nn", "bottekst"),
    ],
)
def test_the_glossary_catches_a_banned_term(text, language, found):
    assert [violation.found for violation in glossary.violations(text, language=language)] == [found]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Øvingsspørsmål og kunnskapstest", "nb"),
        ("Gruppa møtes i morgen.", "nn"),  # nynorsk keeps gruppa
        ("Personer med kols og hjertesvikt", "nb"),
        ("Filen nar-gruppa-tar-en-annen-retning.mp3", "nb"),  # a slug, not a word in a sentence
        ("Du er påmeld til kurset.", "nn"),
        ("Hva vil hun eller han dele?", "nb"),
    ],
)
def test_the_glossary_lets_the_right_words_through(text, language):
    assert glossary.violations(text, language=language) == []
