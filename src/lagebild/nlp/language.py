"""Language identification with lingua, restricted to the supported languages."""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from .._cues import fold_case
from ..document import Document
from ..pipeline import Step, component, warn
from ..settings import get_settings

__all__ = ["detect_language"]

_CYR = re.compile(r"[а-яА-ЯёЁіїєґІЇЄҐ]")
_UK_ONLY = re.compile(r"[іїєґІЇЄҐ]")
_DE_HINT = re.compile(r"\b(der|die|das|und|nicht|ist|mit|für|sich|dass)\b|[äöüß]", re.I)
_EN_HINT = re.compile(r"\b(the|and|of|to|is|that|with|for|said|was)\b", re.I)
_DE_WORDS = frozenset("der die das und nicht ist mit für sich dass".split())
_EN_WORDS = frozenset("the and of to is that with for said was".split())
_RUN = re.compile(r"\w+")
_UMLAUT = re.compile(r"[äöüß]", re.I)


def _hint_counts(sample: str) -> tuple[int, int]:
    """``len(_DE_HINT.findall(sample))`` and ``len(_EN_HINT.findall(sample))``, from one pass
    over the words: a hint word is a whole word (a run of word characters) equal to it when
    case is ignored; German also counts each umlaut and ß, except the ü of a matched "für"."""
    de = en = fuer = 0
    for run in _RUN.findall(sample):
        if len(run) > 5:
            continue
        low = fold_case(run)
        if low in _DE_WORDS:
            de += 1
            fuer += low == "für"
        if low in _EN_WORDS:
            en += 1
    return de + len(_UMLAUT.findall(sample)) - fuer, en


@cache
def _detector() -> Any:
    from lingua import Language, LanguageDetectorBuilder

    codes = get_settings()["language"]["supported"]
    langs = [Language.from_iso_code_639_1(getattr(__import__("lingua").IsoCode639_1, c.upper())) for c in codes]
    return LanguageDetectorBuilder.from_languages(*langs).build()


def _quick_guess(sample: str) -> str | None:
    """Cheap script and function-word test; lingua decides when this is unsure."""
    letters = sum(map(str.isalpha, sample))
    if not letters:
        return None
    cyr = len(_CYR.findall(sample))
    if cyr > 0.5 * letters:
        return "uk" if len(_UK_ONLY.findall(sample)) > 0.01 * cyr else None
    if cyr > 0.05 * letters:
        return None
    de, en = _hint_counts(sample)
    words = max(1, len(sample.split()))
    if de > 0.08 * words and de > 4 * en:
        return "de"
    if en > 0.08 * words and en > 4 * de:
        return "en"
    return None


def detect_language(text: str) -> tuple[str | None, float]:
    settings = get_settings()["language"]
    sample = text[: int(settings["sample_chars"])]
    guess = _quick_guess(sample)
    if guess:
        return guess, 1.0
    values = _detector().compute_language_confidence_values(sample)
    if not values:
        return None, 0.0
    best = values[0]
    return best.language.iso_code_639_1.name.lower(), float(best.value)


@component("language", requires=["text"], assigns=["lang"])
def make_language(context: dict[str, Any]) -> Step:
    """Detect the document language (de, en, ru, uk) unless one was given."""
    default = str(get_settings()["language"]["default"])

    def language(doc: Document) -> Document:
        if doc.lang:
            return doc
        lang, conf = detect_language(doc.text)
        if lang is None or conf < 0.3:
            warn(doc, "LBW01", doc=doc.source or "document", lang=lang or default)
        doc.lang = lang or default
        return doc

    return language
