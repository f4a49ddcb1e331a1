"""Cue lists (lexicon patterns) compiled for fast scanning.

Pattern syntax: case-insensitive, on word boundaries; ``foo*`` matches any
ending, ``*foo`` any compound head, ``a ... b`` allows up to nine words between
``a`` and ``b``. A :class:`Cues` object behaves like a compiled regex
(``finditer``, ``search``, ``fullmatch``), but instead of trying its large
alternation at every character it tries it only at word starts whose first
two letters begin one of its cues; cues with a leading ``*`` fall back to a
full scan.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

__all__ = ["NEVER", "Cues", "compile_cues"]

_GAP = r"(?:\s+\S+){0,9}?\s+"
_WORD_START = re.compile(r"(?<![\w-])\w")


def _word(w: str) -> str:
    core = re.escape(w.strip("*"))
    core = core.replace(r"\ ", r"\s+")
    pre = r"\w*" if w.startswith("*") else ""
    post = r"\w*" if w.endswith("*") else ""
    return pre + core + post


def _cue(pattern: str) -> str:
    parts = [p.strip() for p in pattern.split("...")]
    return _GAP.join(r"\s+".join(_word(w) for w in part.split()) for part in parts if part)


_SLOTS = 4
_indexes: dict[int, tuple[str, dict[str, list[int]]]] = {}


def _word_starts(text: str) -> dict[str, list[int]]:
    """Word-start offsets grouped by their first two letters (casefolded), for the few most
    recent texts (cached: a document and the sentence being looked at)."""
    hit = _indexes.get(id(text))
    if hit is not None and hit[0] is text:
        return hit[1]
    index: dict[str, list[int]] = {}
    for m in _WORD_START.finditer(text):
        pos = m.start()
        key = text[pos : pos + 2].casefold()
        bucket = index.get(key)
        if bucket is None:
            index[key] = [pos]
        else:
            bucket.append(pos)
    if len(_indexes) >= _SLOTS:
        del _indexes[next(iter(_indexes))]
    _indexes[id(text)] = (text, index)
    return index


class Cues:
    """A compiled cue list with a regex-like interface."""

    def __init__(self, patterns: Iterable[str]) -> None:
        pats = sorted({str(p).strip() for p in patterns if str(p).strip()}, key=len, reverse=True)
        self.patterns = pats
        self.empty = not pats
        body = "|".join(_cue(p) for p in pats) or r"(?!x)x"
        self.regex = re.compile(r"(?<![\w-])(?:" + body + r")(?![\w])", re.IGNORECASE)
        keys: set[str] = set()
        self.scan_all = False
        for p in pats:
            head = p.split()[0].rstrip("*").casefold()
            if p.startswith("*") or len(head) < 2 or not head[:2].isalnum() and "'" not in head[:2]:
                self.scan_all = True
            keys.add(head[:2])
        self.keys = frozenset(keys)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        if self.empty:
            return iter(())
        if self.scan_all:
            return self.regex.finditer(text)
        return self._at_word_starts(text)

    def _at_word_starts(self, text: str) -> Iterator[re.Match[str]]:
        index, keys = _word_starts(text), self.keys
        if len(keys) < len(index):
            lists = [index[k] for k in keys if k in index]
        else:
            lists = [v for k, v in index.items() if k in keys]
        if not lists:
            return
        positions = lists[0] if len(lists) == 1 else sorted(p for ps in lists for p in ps)
        match = self.regex.match
        last_end = 0
        for pos in positions:
            if pos < last_end:
                continue
            m = match(text, pos)
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
