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

__all__ = ["NEVER", "Cues", "compile_cues"]

_GAP = r"(?:\s+\S+){0,9}?\s+"
_WORD_START = re.compile(r"(?<![\w-])\w")
# a word start (as the cues' look-behind "(?<![\w-])" sees it) with the next character; this
# spelling of the look-behind is twice as fast in the regex engine
_KEY = re.compile(r"(?:^|(?<=[^\w-]))\w.?", re.DOTALL)
_SLOTS = 4


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


def _fold(s: str) -> str:
    """Lower case with the regex engine's extra case classes merged; same length where it can."""
    low = s.lower()
    if len(low) != len(s):
        low = s.replace("İ", "i").lower()  # the one capital whose lower case is two characters
    return low.translate(_FOLD) if _FOLDED.search(low) else low


def _key(s: str) -> str:
    """The two-letter key of a word or a cue head."""
    return _fold(s[:2])[:2]


def _word(w: str) -> str:
    core = re.escape(w.strip("*"))
    core = core.replace(r"\ ", r"\s+")
    pre = r"\w*" if w.startswith("*") else ""
    post = r"\w*" if w.endswith("*") else ""
    return pre + core + post


def _cue(pattern: str) -> str:
    parts = [p.strip() for p in pattern.split("...")]
    return _GAP.join(r"\s+".join(_word(w) for w in part.split()) for part in parts if part)


def _wrap(body: str) -> re.Pattern[str]:
    return re.compile(r"(?<![\w-])(?:" + (body or r"(?!x)x") + r")(?![\w])", re.IGNORECASE)


class _TextIndex:
    """Word starts of one text with their keys, all of them and grouped by key."""

    __slots__ = ("_key_at", "by_key", "memo", "pairs", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        low = _fold(text)
        if len(low) == len(text):
            self.pairs = [(m.start(), m.group()) for m in _KEY.finditer(low)]
        else:  # pragma: no cover - a character whose lower case is longer
            self.pairs = [(p, _key(text[p : p + 2])) for p in (m.start() for m in _WORD_START.finditer(text))]
        by_key: dict[str, list[int]] = {}
        for pos, key in self.pairs:
            bucket = by_key.get(key)
            if bucket is None:
                by_key[key] = [pos]
            else:
                bucket.append(pos)
        self.by_key = by_key
        self.memo: dict[int, list[int]] = {}  # id(Cues) -> word starts where its free-start cues may match
        self._key_at: dict[int, str] | None = None

    def key_at(self) -> dict[int, str]:
        if self._key_at is None:
            self._key_at = dict(self.pairs)
        return self._key_at


_indexes: dict[int, _TextIndex] = {}


def _word_starts(text: str) -> _TextIndex:
    """The word-start index of ``text``, cached for the few most recent texts (a document and
    the sentence being looked at)."""
    hit = _indexes.get(id(text))
    if hit is not None and hit.text is text:
        return hit
    index = _TextIndex(text)
    if len(_indexes) >= _SLOTS:
        del _indexes[next(iter(_indexes))]
    _indexes[id(text)] = index
    return index


class Cues:
    """A compiled cue list with a regex-like interface.

    Every match of ``regex`` starts where its look-behind ``(?<![\\w-])`` holds. A cue that
    begins with two fixed letters can only start at a word start with that key; at such a
    position only its key's cues (and the free-start ones) are tried, in the order of the
    full alternation, so the first cue that matches is the one the full regex would take.
    Free-start cues (a leading ``*``, a one-letter head) can start at any word start, but
    only in a text where their literal part occurs somewhere (one pre-check search per
    text); a cue that begins with punctuation is also tried at that character.
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
        for p, src in alts:
            lead_part = next((part.strip() for part in p.split("...") if part.strip()), "")
            head = lead_part.split()[0].rstrip("*") if lead_part else ""
            first = lead_part.lstrip("*")[:1]
            key: str | None = None
            if not first:
                self.scan_all = True
            elif not re.match(r"\w", first):
                lead.add(first)
            elif not lead_part.startswith("*") and len(head) >= 2 and (head[:2].isalnum() or "'" in head[:2]):
                key = _key(head)
            if key is None:
                free.append(src.removeprefix(r"\w*"))
            self._alts.append((key, src))
        self.keys = frozenset(k for k, _ in self._alts if k is not None)
        self.any_start = bool(free)
        # a free-start cue matches only at the word start before an occurrence of its literal part
        # (what follows the leading "\w*"); the look-ahead finds every occurrence, overlapping ones too
        self._free_check = re.compile("(?=" + "|".join(free) + ")", re.IGNORECASE) if free else None
        chars = "".join(re.escape(c) + re.escape(c.swapcase()) for c in sorted(lead))
        self.lead = re.compile(rf"(?<![\w-])[{chars}]") if lead else None
        self._sub: dict[tuple[str, bool], re.Pattern[str] | None] = {}

    def _regex_for(self, key: str, free: bool) -> re.Pattern[str] | None:
        """The alternation of the cues with ``key`` (and the free-start ones when ``free``)."""
        try:
            return self._sub[(key, free)]
        except KeyError:
            srcs = [src for k, src in self._alts if k == key or (free and k is None)]
            regex = _wrap("|".join(srcs)) if srcs else None
            self._sub[(key, free)] = regex
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
        cached = index.memo.get(id(self))
        if cached is None:
            text, key_at, found = index.text, index.key_at(), set()
            for m in self._free_check.finditer(text):
                p = m.start()
                while p > 0 and (text[p - 1].isalnum() or text[p - 1] == "_"):  # what "\w" matches
                    p -= 1
                if p in key_at:
                    found.add(p)
            cached = sorted(found)
            index.memo[id(self)] = cached
        return cached

    def _candidates(self, text: str) -> tuple[list[tuple[int, str | None]], bool]:
        """Offsets to try with their keys (None: try the full regex), and whether free-start
        cues can match in this text."""
        index = _word_starts(text)
        by_key = index.by_key
        cands: list[tuple[int, str | None]] = [(p, k) for k in self.keys if k in by_key for p in by_key[k]]
        free_starts = self._free_starts(index)
        if free_starts:
            key_at = index.key_at()
            cands += [(p, key_at[p]) for p in free_starts if key_at[p] not in self.keys]
        if self.lead is not None:
            starts = {p for p, _ in cands}
            cands += [(m.start(), None) for m in self.lead.finditer(text) if m.start() not in starts]
        cands.sort(key=lambda c: c[0])
        return cands, bool(free_starts)

    def _at_word_starts(self, text: str) -> Iterator[re.Match[str]]:
        cands, free = self._candidates(text)
        last_end = 0
        for pos, key in cands:
            if pos < last_end:
                continue
            regex = self.regex if key is None else self._regex_for(key, free)
            if regex is None:
                continue
            m = regex.match(text, pos)
            if m is not None:
                last_end = m.end()
                yield m

    def search(self, text: str) -> re.Match[str] | None:
        return next(iter(self.finditer(text)), None)

    def fullmatch(self, text: str) -> re.Match[str] | None:
        return None if self.empty else self.regex.fullmatch(text)


def compile_cues(patterns: Iterable[str]) -> Cues:
    return Cues(patterns)


NEVER = Cues([])
