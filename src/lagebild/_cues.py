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


_last: list[object] = [None, []]


def _word_starts(text: str) -> list[tuple[int, str]]:
    """Word-start offsets with their first two letters, for the most recent text (cached)."""
    if _last[0] is not text:
        _last[0] = text
        _last[1] = [(m.start(), text[m.start() : m.start() + 2].casefold()) for m in _WORD_START.finditer(text)]
    starts: list[tuple[int, str]] = _last[1]  # type: ignore[assignment]
    return starts


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
        keys, match = self.keys, self.regex.match
        last_end = 0
        for pos, key in _word_starts(text):
            if pos < last_end or key not in keys:
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
