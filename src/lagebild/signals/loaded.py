"""Loaded and sensational language, labelled with a persuasion technique.

Patterns per technique come from ``lexicons/<lang>.yaml`` (a documented subset
of the SemEval-2023 Task 3 taxonomy, see ``docs/loaded-language.md``). An
intensifier ("massiv", "verheerend", "devastating") directly before a noun
makes the pair loaded even when the noun alone is neutral ("massiven
Eskalation"); a neutral military word on its own ("Angriff", "Explosion",
"strike") is never flagged.
"""

from __future__ import annotations

import re

from ..document import Document, Signal
from ._data import signal_lexicon

__all__ = ["loaded_language"]

_NEXT_WORD = re.compile(r"\s+([\w-]+)")


def loaded_language(doc: Document) -> list[Signal]:
    lex = signal_lexicon(doc.lang or "en")
    text = doc.text
    found: list[Signal] = []

    def add(a: int, b: int, technique: str) -> None:
        if any(s.start < b and a < s.end for s in found):
            return
        found.append(Signal(a, b, text[a:b], "loaded_language", technique))

    # neutral phrases ("chilling effect", "terror-related") cover the loaded words inside them
    covered = [(m.start(), m.end()) for m in lex.neutral_re.finditer(text)] if not lex.neutral_re.empty else []
    spans: list[tuple[int, int, str]] = []
    for technique, pat in lex.techniques:
        for m in pat.finditer(text):
            if m.group().casefold() in lex.neutral or lex.neutral_re.fullmatch(m.group()):
                continue
            if any(a <= m.start() and m.end() <= b and (b - a) > (m.end() - m.start()) for a, b in covered):
                continue
            spans.append((m.start(), m.end(), technique))
    for m in lex.intensifiers.finditer(text):
        nxt = _NEXT_WORD.match(text, m.end())
        if nxt is None:
            continue
        head = nxt.group(1)
        # the intensifier must qualify a noun: a neutral war word ("massive attack"), or in
        # German any capitalised noun ("massiven Eskalation"); "massive tariff" stays plain
        if lex.neutral_re.fullmatch(head) or (doc.lang == "de" and head[:1].isupper()):
            spans.append((m.start(), nxt.end(), "exaggeration_minimisation"))
    # longest first, so "mit angehaltenem Atem" wins over "Atem"
    for a, b, technique in sorted(spans, key=lambda s: (-(s[1] - s[0]), s[0])):
        add(a, b, technique)
    found.sort(key=lambda s: s.start)
    return found
