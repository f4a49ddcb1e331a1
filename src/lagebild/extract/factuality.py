"""Factuality from cue lexicons with scope.

Hedges count when they stand between the sentence start and the end of the
clause that holds the claim's trigger; a cue in a trailing clause ("..., wobei
viele Berichten zufolge ...") does not hedge the main claim. Precedence:
negated > alleged > uncertain > speculative > reported > asserted.
"""

from __future__ import annotations

from .._cues import Cues
from ._context import Hit, SentenceView
from ._lexicon import Lexicon

__all__ = ["factuality_of", "is_negated"]


def _hits(view: SentenceView, pat: Cues, lo: int, hi: int) -> list[Hit]:
    return [m for m in view.find(pat) if lo <= m.start() < hi]


def is_negated(lex: Lexicon, view: SentenceView, clause: tuple[int, int], scope_end: int) -> tuple[bool, str | None]:
    denial = view.find(lex.denial)
    if denial:
        return True, denial[0].group()
    excepted = [(m.start(), m.end()) for m in view.find(lex.negation_exceptions)]
    for m in _hits(view, lex.negated, clause[0], min(clause[1], scope_end)):
        if not any(a <= m.start() < b for a, b in excepted):
            return True, m.group()
    return False, None


def factuality_of(
    lex: Lexicon, view: SentenceView, clause: tuple[int, int], scope_end: int, attributed: bool
) -> tuple[str, list[str]]:
    """Return (factuality, cues) for a claim whose trigger clause is ``clause``."""
    neg, cue = is_negated(lex, view, clause, scope_end)
    if neg:
        return "negated", [cue or ""]
    for label, pat in (("alleged", lex.alleged), ("uncertain", lex.uncertain), ("speculative", lex.speculative)):
        hits = _hits(view, pat, 0, scope_end)
        if hits:
            return label, [h.group() for h in hits]
    if attributed:
        return "reported", []
    return "asserted", []
