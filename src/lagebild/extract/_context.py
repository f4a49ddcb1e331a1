"""What one sentence offers to the claim rules: its mentions, quantities, times and clauses."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from typing import Any, TypeVar

from .._cues import Cues
from ..document import Document, Mention, Quantity, Sentence, TimeExpr
from ..kb.load import KB

__all__ = ["TIME_CLAUSE", "DocIndex", "Hit", "SentenceView", "clause_bounds", "text_without"]

_S = TypeVar("_S", Mention, Quantity, TimeExpr)

# "... began on 11 October after Pakistan accused Kabul": a clause of time with its own subject
TIME_CLAUSE = re.compile(
    r"\s(?:after|before|nachdem|bevor)\s+[A-ZÄÖÜ]"
    r"|,?\s(?:после того,? как|перед тем,? как|після того,? як|перед тим,? як)\s"
)
_CLAUSE = re.compile(
    r",\s*(?=(?:wobei|während|was|weil|obwohl|sodass|aber|sondern|doch|jedoch|wodurch|womit|dass|die|der|das|"
    r"welche[rsnm]?|which|while|whereas|although|but|as|when|where|who|that"
    # Russian and Ukrainian: "..., однако обломков пока не обнаружено", "..., але ..."
    r"|однако|но|хотя|тогда|проте|але|однак|хоча|тоді)\b)|\s[–—]\s|;|:\s"
    # (a clause of time with its own subject, see TIME_CLAUSE)
    r"|\s(?=(?:after|before|nachdem|bevor)\s+[A-ZÄÖÜ])"
    r"|,?\s(?=(?:после того,? как|перед тем,? как|після того,? як|перед тим,? як)\s)"
    # a relative clause after a preposition: ", auf die die Truppen ...", ", in which ..."
    r"|,\s*(?=(?:auf|in|an|mit|von|bei|für|über|unter|zu|aus|durch|gegen)\s+(?:denen|dessen|deren|welche[rsnm]?)\b)"
    r"|,\s*(?=(?:auf|an|über|für|gegen)\s+(?:die|den|das)\s+(?:die|der|das|sie|er|es|man)\b)"
    r"|,\s*(?=(?:in|of|by|for|to|with|from|on|under)\s+(?:which|whom)\b)",
    re.IGNORECASE,
)


def clause_bounds(text: str, pos: int) -> tuple[int, int]:
    """Start and end (relative to ``text``) of the clause holding ``pos``."""
    start, end = 0, len(text)
    for m in _CLAUSE.finditer(text):
        if m.end() <= pos:
            start = m.end()
        elif m.start() >= pos:
            end = m.start()
            break
    return start, end


class Hit:
    """A cue match with offsets relative to its sentence (the ``re.Match`` methods the rules use)."""

    __slots__ = ("_a", "_b", "_text")

    def __init__(self, a: int, b: int, text: str) -> None:
        self._a, self._b, self._text = a, b, text

    def start(self) -> int:
        return self._a

    def end(self) -> int:
        return self._b

    def group(self) -> str:
        return self._text


_LAST_INDEX: list[DocIndex] = []


class DocIndex:
    """Each cue pattern runs once over the whole document; sentences read their share."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._hits: dict[int, tuple[list[int], list[tuple[int, int, str]]]] = {}
        self._present: dict[int, list[tuple[Cues, str]]] = {}
        self._spans: dict[int, tuple[list[Any], list[int], list[int]]] = {}
        self.memo: dict[Any, Any] = {}  # per-document results of the rules (keyed by the rule)

    @classmethod
    def of(cls, text: str) -> DocIndex:
        """The index of ``text``, shared by the components that read the same document (the
        entity patterns and the claims scan the same cue lists)."""
        last = _LAST_INDEX[0] if _LAST_INDEX else None
        if last is not None and last.text is text:
            return last
        index = cls(text)
        _LAST_INDEX[:] = [index]
        return index

    def _all(self, pat: Cues) -> tuple[list[int], list[tuple[int, int, str]]]:
        key = id(pat)
        cached = self._hits.get(key)
        if cached is None:
            found = [(m.start(), m.end(), m.group()) for m in pat.finditer(self.text)]
            cached = ([a for a, _, _ in found], found)
            self._hits[key] = cached
        return cached

    def present(self, pats: list[tuple[Cues, str]]) -> list[tuple[Cues, str]]:
        """The (pattern, label) pairs, in order, whose pattern occurs somewhere in the document."""
        key = id(pats)
        cached = self._present.get(key)
        if cached is None:
            cached = [(p, v) for p, v in pats if self._all(p)[0]]
            self._present[key] = cached
        return cached

    def within(self, items: list[_S], lo: int, hi: int) -> list[_S]:
        """The items lying inside ``[lo, hi)`` (``lo <= start``, ``end <= hi``), in their list order."""
        key = id(items)
        cached = self._spans.get(key)
        if cached is None or cached[0] is not items or len(cached[2]) != len(items):
            order = sorted(range(len(items)), key=lambda i: items[i].start)
            cached = (items, [items[i].start for i in order], order)
            self._spans[key] = cached
        _, starts, order = cached
        picked = sorted(i for i in order[bisect_left(starts, lo) : bisect_right(starts, hi)] if items[i].end <= hi)
        return [items[i] for i in picked]

    def occurs(self, pat: Cues) -> bool:
        """Whether ``pat`` matches anywhere in the document."""
        return bool(self._all(pat)[0])

    def hits(self, pat: Cues, lo: int, hi: int) -> list[Hit]:
        cached = self._hits.get(id(pat))
        starts, found = cached if cached is not None else self._all(pat)
        first = bisect_left(starts, lo)
        if first == len(starts) or starts[first] >= hi:
            return []  # most patterns, in most sentences
        out = []
        for i in range(first, len(starts)):
            a, b, g = found[i]
            if a >= hi:
                break
            if b <= hi:
                out.append(Hit(a - lo, b - lo, g))
        return out


@dataclass
class SentenceView:
    doc: Document
    sent: Sentence
    kb: KB
    mentions: list[Mention] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)
    times: list[TimeExpr] = field(default_factory=list)
    index: DocIndex | None = None

    def find(self, pat: Cues) -> list[Hit]:
        """Matches of ``pat`` inside this sentence, offsets relative to it."""
        if self.index is None:
            return [Hit(m.start(), m.end(), m.group()) for m in pat.finditer(self.sent.text)]
        return self.index.hits(pat, self.sent.start, self.sent.end)

    def present(self, pats: list[tuple[Cues, str]]) -> list[tuple[Cues, str]]:
        """The (pattern, label) pairs that can match here: those found in the document."""
        return pats if self.index is None else self.index.present(pats)

    def search(self, pat: Cues) -> Hit | None:
        hits = self.find(pat)
        return hits[0] if hits else None

    @classmethod
    def of(cls, doc: Document, sent: Sentence, kb: KB, index: DocIndex | None = None) -> SentenceView:
        if index is not None:  # bisected: no scan of the whole document for every sentence
            lo, hi = sent.start, sent.end
            return cls(
                doc,
                sent,
                kb,
                index.within(doc.mentions, lo, hi),
                index.within(doc.quantities, lo, hi),
                index.within(doc.times, lo, hi),
                index,
            )

        def inside(x: Mention | Quantity | TimeExpr) -> bool:
            return sent.start <= x.start and x.end <= sent.end

        return cls(
            doc,
            sent,
            kb,
            [m for m in doc.mentions if inside(m)],
            [q for q in doc.quantities if inside(q)],
            [t for t in doc.times if inside(t)],
            index,
        )

    @property
    def text(self) -> str:
        return self.sent.text

    def rel(self, pos: int) -> int:
        return pos - self.sent.start

    def kind(self, m: Mention) -> str:
        """The entity type, with capitals used as metonyms read as their country."""
        return "country" if self.metonym(m) else m.type

    def metonym(self, m: Mention) -> str | None:
        ent = self.kb.get(m.entity_id)
        return ent.metonym_of if ent is not None and ent.metonym_of else None

    def country_of(self, m: Mention) -> str | None:
        if m.type == "country":
            return m.entity_id
        return self.metonym(m)

    def word_before(self, pos: int, skip: frozenset[str] = frozenset()) -> str:
        """The word before absolute offset ``pos``, skipping articles and lower-case adjectives."""
        before = self.doc.text[self.sent.start : pos]
        words = re.findall(r"[\w'’-]+", before)
        while words and words[-1].casefold() in skip:
            words.pop()
        return words[-1].casefold() if words else ""

    def word_after(self, pos: int) -> str:
        """The word right after absolute offset ``pos`` in this sentence, lower case."""
        m = _NEXT_WORD.match(self.doc.text, pos, self.sent.end)
        return m.group(1).casefold() if m else ""


_NEXT_WORD = re.compile(r"\s*([\w'’-]+)")


def text_without(text: str, a: int, b: int, spans: list[tuple[int, int]]) -> str:
    """``text[a:b]`` with the ``spans`` inside it (asides) left out."""
    keep, pos = [], a
    for x, y in sorted(spans):
        if a <= x and y <= b:
            keep.append(text[pos:x])
            pos = y + 1 if text[y : y + 1] == "," else y  # (the comma that closes the aside goes with it)
    return "".join(keep) + text[pos:b]
