"""Factuality from cue lexicons with scope.

Hedges count when they stand between the sentence start and the end of the
clause that holds the claim's trigger; a cue in a trailing clause ("..., wobei
viele Berichten zufolge ...") does not hedge the main claim. Precedence:
negated > alleged > uncertain > speculative > reported > asserted.
"""

from __future__ import annotations

import re

from ._lexicon import Lexicon

__all__ = ["factuality_of", "is_negated"]


def _hits(pat: re.Pattern[str], text: str, lo: int, hi: int) -> list[re.Match[str]]:
    return [m for m in pat.finditer(text) if lo <= m.start() < hi]


def is_negated(lex: Lexicon, text: str, clause: tuple[int, int], scope_end: int) -> tuple[bool, str | None]:
    denial = _hits(lex.denial, text, 0, len(text))
    if denial:
        return True, denial[0].group()
    excepted = [(m.start(), m.end()) for m in lex.negation_exceptions.finditer(text)]
    for m in _hits(lex.negated, text, clause[0], min(clause[1], scope_end)):
        if not any(a <= m.start() < b for a, b in excepted):
            return True, m.group()
    return False, None


def factuality_of(
    lex: Lexicon, text: str, clause: tuple[int, int], scope_end: int, attributed: bool
) -> tuple[str, list[str]]:
    """Return (factuality, cues) for a claim whose trigger clause is ``clause``."""
    neg, cue = is_negated(lex, text, clause, scope_end)
    if neg:
        return "negated", [cue or ""]
    for label, pat in (("alleged", lex.alleged), ("uncertain", lex.uncertain), ("speculative", lex.speculative)):
        hits = _hits(pat, text, 0, scope_end)
        if hits:
            return label, [h.group() for h in hits]
    if attributed:
        return "reported", []
    return "asserted", []
