"""Sentence segmentation and tokenisation that survive abbreviations and ordinal dates.

Sentences never cross a line: every line (block) is a paragraph or a heading.
Within a line a boundary is a run of ``.!?…`` (plus closing quotes) followed by
whitespace and an upper-case letter, digit or opening quote, unless the word
before the period is a known abbreviation, a single letter (an initial), or a
number that reads as a German ordinal ("21. Dezember", "am 3. Oktober").
"""

from __future__ import annotations

import re
from typing import Any

from ..document import Document, Sentence, Token
from ..pipeline import Step, component
from ._resources import lang_data

__all__ = ["segment", "tokenize"]

_TOKEN = re.compile(r"\w+(?:[-'’.]\w+)*|[^\w\s]", re.UNICODE)
_BOUNDARY = re.compile(r"[.!?…]+[\"'»«“”’)\]]*\s+(?=[\"'„“«»(\[]?[\w])")
_WORD_BEFORE = re.compile(r"(\w+)\.?$")


def tokenize(text: str, offset: int = 0) -> list[Token]:
    return [Token(m.start() + offset, m.end() + offset, m.group()) for m in _TOKEN.finditer(text)]


def _is_boundary(line: str, m: re.Match[str], data: dict[str, Any]) -> bool:
    punct = m.group().rstrip()
    # bounded windows: slicing or searching the whole rest of a long line per candidate is quadratic
    after = line[m.end() : m.end() + 64]
    nxt = after[:1]
    if nxt.islower():
        return False
    if not punct.startswith("."):
        return True
    before = line[max(0, m.start() - 256) : m.start()]
    wm = _WORD_BEFORE.search(before)
    if not wm:
        return True
    word = wm.group(1)
    if len(word) == 1 and before[-2:-1] in ("-", "‑") and nxt.isupper():
        return True  # the end of a design before a capital: "kaufte IRIS-T. Die", "Iskander-E. Sie"
    if word.casefold() in data["_abbrev"] and len(punct) == 1:
        # "до 2000 км. Масса ...": a unit after a number, then a capital, in a language that writes its
        # nouns in lower case
        return (
            nxt.isupper()
            and word.casefold() in (data.get("unit_abbreviations") or ())
            and re.search(r"\d\s*\w+$", before) is not None
        )
    if len(word) == 1 and word.isalpha() and word.isupper():
        return False  # an initial: "J. Smith", "U. S."
    if word.isdigit() and len(word) <= 3 and len(punct) == 1:
        next_word = re.match(r"\w+", after)
        nw = next_word.group().casefold() if next_word else ""
        if len(word) <= 2 and nw in data["months"]:
            return False
        # "am 3. Oktober", "die 250. Flugabwehrraketenbrigade": an ordinal after an article or preposition
        prev = re.search(r"(\w+)\s+\d{1,3}$", before)
        if prev and prev.group(1).casefold() in set(data.get("ordinal_context") or []):
            return False
        # "der niederländischen 43. Mechanisierten Brigade": an inflected adjective before an ordinal
        if prev and data.get("ordinal_context") and _ADJECTIVE_BEFORE.fullmatch(prev.group(1)):
            return False
    return True


# a lower-case German adjective with an inflected adjective ending ("niederländischen", "ukrainische")
_ADJECTIVE_BEFORE = re.compile(r"[a-zäöüß]+(?:isch|lich|ig)(?:e|en|er|es|em)")


def segment(text: str, start: int, end: int, lang: str) -> list[tuple[int, int]]:
    """Sentence spans (absolute offsets) within text[start:end]."""
    data = lang_data(lang)
    line = text[start:end]
    spans: list[tuple[int, int]] = []
    cur = 0
    for m in _BOUNDARY.finditer(line):
        if _is_boundary(line, m, data):
            stop = m.start() + len(m.group().rstrip())
            if stop > cur:
                spans.append((start + cur, start + stop))
            cur = m.end()
    if cur < len(line):
        spans.append((start + cur, end))
    return [(s, e) for a, b in spans for s, e in _cut(text, a, b) if text[s:e].strip()]


MAX_SENTENCE = 2000  # characters; news sentences stay far below (our gold texts: under 250)


def _cut(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A span longer than ``MAX_SENTENCE`` (a line without punctuation, a pasted table) cut at
    spaces, so that no rule ever works on one unbounded "sentence" (their cost grows with its square)."""
    out = []
    while end - start > MAX_SENTENCE:
        cut = text.rfind(" ", start + MAX_SENTENCE // 2, start + MAX_SENTENCE)
        if cut < 0:
            cut = start + MAX_SENTENCE
        out.append((start, cut))
        start = cut
        while start < end and text[start].isspace():
            start += 1
    out.append((start, end))
    return out


@component("sentences", requires=["text", "lang", "blocks", "headings"], assigns=["sentences", "tokens"])
def make_sentences(context: dict[str, Any]) -> Step:
    """Split each line into sentences and tokens; headings are one sentence each."""

    def sentences(doc: Document) -> Document:
        lang = doc.lang or "en"
        heading_starts = {h.start for h in doc.headings}
        out: list[Sentence] = []
        for i, (s, e) in enumerate(doc.blocks):
            is_heading = s in heading_starts
            spans = [(s, e)] if is_heading else segment(doc.text, s, e, lang)
            for a, b in spans:
                out.append(Sentence(a, b, doc.text[a:b], i, is_heading, tokenize(doc.text[a:b], a)))
        doc.sentences = out
        return doc

    return sentences
