"""Cue lists (lexicon patterns) compiled for fast scanning.

Pattern syntax: case-insensitive, on word boundaries; ``foo*`` matches any
ending, ``*foo`` any compound head, ``a ... b`` allows up to nine words between
``a`` and ``b``. A :class:`Cues` object behaves like a compiled regex
(``finditer``, ``search``, ``fullmatch``) and finds the same matches, but
instead of trying its large alternation at every character it tries, at each
word start, only the cues that begin with that word's first two letters.
Word starts are indexed once per text (the last few texts are kept).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

__all__ = ["NEVER", "Cues", "compile_cues", "fold_case", "offsets_of"]

_GAP = r"(?:\s+\S+){0,9}?\s+[«\"„“(]?"  # the next word may open a quotation: "назвало ... «клеветой»"
_WORD_START = re.compile(r"(?<![\w-])\w")
# runs of word characters; those that do not begin with "-" begin at a word start as the cues'
# look-behind "(?<![\w-])" sees it (faster in the regex engine than that look-behind)
_RUN = re.compile(r"-?\w+")
_SLOTS = 4
_BIG = 2000  # texts this long (documents) keep their own slot: sentences do not evict them


def _fold_table() -> dict[int, int]:
    """Characters the regex engine matches with another lower-case letter when ignoring case
    ("ı" with "i", "ſ" with "s"): each mapped to the smallest of its class."""
    try:
        from re import _casefix  # type: ignore[attr-defined]

        extra: dict[int, tuple[int, ...]] = dict(_casefix._EXTRA_CASES)
    except (ImportError, AttributeError):  # pragma: no cover - other Python versions
        extra = {0x69: (0x131,), 0x73: (0x17F,)}
    table: dict[int, int] = {}
    for c, others in extra.items():
        members = [m for m in (c, *others) if chr(m).isalnum()]  # keep word characters word characters
        if chr(c).isalnum() and members:
            table[c] = min(members)
    return {c: t for c, t in table.items() if c != t}


_FOLD = _fold_table()
_FOLDED = re.compile("[" + "".join(re.escape(chr(c)) for c in sorted(_FOLD)) + "]")


def offsets_of(text: str, words: tuple[str, ...] | list[str]) -> list[int]:
    """Every offset in ``text`` where one of ``words`` starts (overlaps included), in order."""
    out = []
    for w in words:
        i = text.find(w)
        while i >= 0:
            out.append(i)
            i = text.find(w, i + 1)
    out.sort()
    return out


def fold_case(s: str) -> str:
    """Lower case with the regex engine's extra case classes merged ("ı" and "i", "ſ" and "s"),
    of the same length as ``s``: where an ``re.IGNORECASE`` literal matches, its folded form
    occurs in the folded text at the same offset."""
    low = s.lower()
    if len(low) != len(s):
        low = s.replace("İ", "i").lower()  # the one capital whose lower case is two characters
    return low.translate(_FOLD) if _FOLDED.search(low) else low


def _key(s: str) -> str:
    """The key of a word start or a cue head: its first three characters, folded."""
    return fold_case(s[:3])[:3]


def _word(w: str) -> str:
    core = re.escape(w.strip("*"))
    core = core.replace(r"\ ", r"\s+")
    pre = r"\w*" if w.startswith("*") else ""
    post = r"\w*" if w.endswith("*") else ""
    return pre + core + post


# German separable verb particles: "griffen ... an", "kündigte ... an" close their clause, however
# long the middle field; such a cue spans up to 24 words but needs the particle at the clause end
# (before punctuation or a conjunction: "wies den Bericht zurück und erklärte")
_PARTICLES = frozenset("an ab auf aus bei ein fest los mit vor weiter zu zurück".split())
_LONG_GAP = r"(?:\s+\S+){0,24}?\s+"
_CLAUSE_END = r"(?=\s*(?:[.,;:!?)\]\"“”»«–—]|$)|\s+(?:und|oder|aber|sondern|doch|sowie)\b)"


def _cue(pattern: str) -> str:
    parts = [p.strip() for p in pattern.split("...") if p.strip()]
    if len(parts) == 2 and parts[1].casefold() in _PARTICLES:
        return _word_seq(parts[0]) + _LONG_GAP + _word(parts[1]) + _CLAUSE_END
    return _GAP.join(_word_seq(part) for part in parts)


def _word_seq(part: str) -> str:
    return r"\s+".join(_word(w) for w in part.split())


def _wrap(body: str) -> re.Pattern[str]:
    return re.compile(r"(?<![\w-])(?:" + (body or r"(?!x)x") + r")(?![\w])", re.IGNORECASE)


class _TextIndex:
    """Word starts of one text, grouped by their first three and first two characters."""

    __slots__ = ("by_key2", "by_key3", "key_at", "low", "memo", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        low = fold_case(text)
        self.low = low
        if len(low) == len(text):
            starts = [m.start() for m in _RUN.finditer(text)]
            pairs = [(p, low[p : p + 3]) for p in starts if text[p] != "-"]
        else:  # pragma: no cover - a character whose lower case is longer
            pairs = [(p, _key(text[p : p + 3])) for p in (m.start() for m in _WORD_START.finditer(text))]
        self.key_at = dict(pairs)
        by_key3: dict[str, list[int]] = {}
        by_key2: dict[str, list[int]] = {}
        for pos, key in pairs:
            for table, k in ((by_key3, key), (by_key2, key[:2])):
                bucket = table.get(k)
                if bucket is None:
                    table[k] = [pos]
                else:
                    bucket.append(pos)
        self.by_key3, self.by_key2 = by_key3, by_key2
        # id(Cues) -> (the Cues, held so that its id is not reused while this index lives; the
        # word starts where its free-start cues may match)
        self.memo: dict[int, tuple[object, list[int]]] = {}


_indexes: dict[int, _TextIndex] = {}
_big: list[_TextIndex] = []


def _word_starts(text: str) -> _TextIndex:
    """The word-start index of ``text``, cached for the last long text (the document) and the
    few most recent short ones (its sentences, claims)."""
    if _big and _big[0].text is text:
        return _big[0]
    hit = _indexes.get(id(text))
    if hit is not None and hit.text is text:
        return hit
    index = _TextIndex(text)
    if len(text) >= _BIG:
        _big[:] = [index]
        return index
    if len(_indexes) >= _SLOTS:
        del _indexes[next(iter(_indexes))]
    _indexes[id(text)] = index
    return index


class Cues:
    """A compiled cue list with a regex-like interface.

    Every match of ``regex`` starts where its look-behind ``(?<![\\w-])`` holds. A cue whose
    head (first word) begins with three fixed characters can only start at a word start with
    that key, one with a two-letter head at a word start with those two letters; at such a
    position only the cues with its keys (and the free-start ones) are tried, in the order of
    the full alternation, so the first cue that matches is the one the full regex would take.
    Free-start cues (a leading ``*``, a one-letter head) can start at any word start, but only
    at the one before an occurrence of their literal part; a cue that begins with punctuation
    is also tried at that character.
    """

    def __init__(self, patterns: Iterable[str]) -> None:
        pats = sorted({str(p).strip() for p in patterns if str(p).strip()}, key=len, reverse=True)
        self.patterns = pats
        self.empty = not pats
        alts = [(p, _cue(p)) for p in pats]
        self.regex = _wrap("|".join(src for _, src in alts))
        self.scan_all = False  # a cue that may start anywhere: the plain regex scan
        self._alts: list[tuple[str | None, str]] = []  # (key, or None for a free start; regex)
        lead: set[str] = set()
        free: list[str] = []
        literals: list[str] = []
        for p, src in alts:
            lead_part = next((part.strip() for part in p.split("...") if part.strip()), "")
            head = lead_part.split()[0] if lead_part else ""
            first = head.lstrip("*")[:1]
            key: str | None = None
            if not first:
                self.scan_all = True
            elif not re.match(r"\w", first):
                lead.add(first)
            elif not head.startswith("*") and len(head.rstrip("*")) >= 2:
                key = _key(head.rstrip("*"))
            if key is None:
                free.append(src.removeprefix(r"\w*"))
                literals.append(fold_case(head.strip("*")))
            self._alts.append((key, src))
        self.keys3 = frozenset(k for k, _ in self._alts if k is not None and len(k) == 3)
        self.keys2 = frozenset(k for k, _ in self._alts if k is not None and len(k) == 2)
        self.any_start = bool(free)
        # a free-start cue matches only at the word start before an occurrence of its literal part
        # (what follows the leading "\w*"); the look-ahead finds every occurrence, overlapping ones
        # too. Its first word's folded literal must occur in the folded text (a cheap pre-check;
        # skipped for the one letter the fold cannot merge with its regex case class)
        self._free_check = re.compile("(?=" + "|".join(free) + ")", re.IGNORECASE) if free else None
        self._literals = None if any("ι" in lit for lit in literals) else tuple(literals)
        chars = "".join(re.escape(c) + re.escape(c.swapcase()) for c in sorted(lead))
        self.lead = re.compile(rf"(?<![\w-])[{chars}]") if lead else None
        self._sub: dict[tuple[str, bool], re.Pattern[str] | None] = {}

    def _regex_for(self, key: str, free: bool) -> re.Pattern[str] | None:
        """The alternation of the cues that may start at a word start with ``key`` (its first
        three characters): those with that key or its first two letters, and the free-start
        ones when ``free``."""
        try:
            return self._sub[(key, free)]
        except KeyError:
            pass
        # keys no cue has collapse to "", so the cache stays as small as the cue list
        k3 = key if key in self.keys3 else ""
        k2 = key[:2] if key[:2] in self.keys2 else ""
        norm = (k3 + "|" + k2, free)
        if norm in self._sub:
            regex = self._sub[norm]
        else:
            srcs = [src for k, src in self._alts if (k is not None and k in (k3, k2)) or (free and k is None)]
            regex = _wrap("|".join(srcs)) if srcs else None
            self._sub[norm] = regex
        if k3 or k2:
            self._sub[(key, free)] = regex  # a key of a cue: remember it directly
        return regex

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        if self.empty:
            return iter(())
        if self.scan_all:
            return self.regex.finditer(text)
        return self._at_word_starts(text)

    def _free_starts(self, index: _TextIndex) -> list[int]:
        """Word starts at which a free-start cue may match: those that begin the run of word
        characters before an occurrence of its literal part."""
        if self._free_check is None:
            return []
        hit = index.memo.get(id(self))
        if hit is not None and hit[0] is self:
            return hit[1]
        starts: list[int] = []
        if self._literals is None or any(lit in index.low for lit in self._literals):
            text, key_at, found = index.text, index.key_at, set()
            for m in self._free_check.finditer(text):
                p = m.start()
                while p > 0 and (text[p - 1].isalnum() or text[p - 1] == "_"):  # what "\w" matches
                    p -= 1
                if p in key_at:
                    found.add(p)
            starts = sorted(found)
        index.memo[id(self)] = (self, starts)
        return starts

    def _candidates(self, text: str) -> tuple[list[int], _TextIndex, bool]:
        """Offsets to try in order (word starts, and punctuation that begins a cue), the text's
        index, and whether free-start cues can match in this text."""
        index = _word_starts(text)
        by3, by2 = index.by_key3, index.by_key2
        cands = [p for k in self.keys3 if k in by3 for p in by3[k]]
        if self.keys2:
            cands += [p for k in self.keys2 if k in by2 for p in by2[k]]
        free_starts = self._free_starts(index)
        cands += free_starts
        if self.lead is not None:
            cands += [m.start() for m in self.lead.finditer(text)]
        if self.keys2 or free_starts or self.lead is not None:
            return sorted(set(cands)), index, bool(free_starts)
        cands.sort()
        return cands, index, False

    def _at_word_starts(self, text: str) -> Iterator[re.Match[str]]:
        cands, index, free = self._candidates(text)
        key_at, regex_for, full = index.key_at, self._regex_for, self.regex
        last_end = 0
        for pos in cands:
            if pos < last_end:
                continue
            key = key_at.get(pos)
            regex = full if key is None else regex_for(key, free)
            if regex is None:
                continue
            m = regex.match(text, pos)
            if m is not None:
                last_end = m.end()
                yield m

    def search(self, text: str) -> re.Match[str] | None:
        return next(iter(self.finditer(text)), None)

    def match(self, text: str, pos: int = 0) -> re.Match[str] | None:
        """A cue that starts at ``pos``."""
        return None if self.empty else self.regex.match(text, pos)

    def fullmatch(self, text: str) -> re.Match[str] | None:
        return None if self.empty else self.regex.fullmatch(text)


def compile_cues(patterns: Iterable[str]) -> Cues:
    return Cues(patterns)


NEVER = Cues([])
