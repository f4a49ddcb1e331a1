"""Signal lexicons: loaded-language techniques (``lexicons/<lang>.yaml``) and heading words."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

from .._cues import NEVER, Cues, compile_cues
from .._yaml import load_yaml_text

__all__ = ["SignalLexicon", "signal_lexicon"]


@dataclass
class SignalLexicon:
    lang: str
    techniques: list[tuple[str, Cues]] = field(default_factory=list)
    intensifiers: Cues = NEVER
    neutral: frozenset[str] = frozenset()
    neutral_re: Cues = NEVER
    stopwords: frozenset[str] = frozenset()
    generic_heading_words: frozenset[str] = frozenset()
    # words of an appeal ("The West must wake up"): such a heading asserts nothing to support
    appeal_heading_words: frozenset[str] = frozenset()


def _read(name: str) -> Any:
    base = resources.files("lagebild.signals").joinpath("lexicons")
    if not base.joinpath(name).is_file():
        return {}
    return load_yaml_text(base.joinpath(name).read_text(encoding="utf-8"), name) or {}


@cache
def signal_lexicon(lang: str) -> SignalLexicon:
    raw = _read(f"{lang}.yaml")
    lex = SignalLexicon(lang)
    for technique, patterns in (raw.get("techniques") or {}).items():
        lex.techniques.append((str(technique), compile_cues(str(p) for p in patterns or [])))
    lex.intensifiers = compile_cues(str(p) for p in raw.get("intensifiers") or [])
    neutral = [str(p) for p in raw.get("neutral") or []]
    lex.neutral = frozenset(n.casefold() for n in neutral if "*" not in n)
    lex.neutral_re = compile_cues(neutral)
    words = (_read("headings.yaml") or {}).get(lang) or {}
    lex.stopwords = frozenset(str(w).casefold() for w in words.get("stopwords") or [])
    lex.generic_heading_words = frozenset(str(w).casefold() for w in words.get("generic") or [])
    lex.appeal_heading_words = frozenset(str(w).casefold() for w in words.get("appeal") or [])
    return lex
