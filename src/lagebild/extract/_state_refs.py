"""A state named by what kind of state it is: "Das Königreich erhielt 2025 Genehmigungen", "the
city-state is negotiating for two more boats". The description takes up the last country named
before that is such a state (the lexicon's ``state_descriptions`` name the kind; ``state_kinds`` in
``names.yaml`` list the states of each kind)."""

from __future__ import annotations

from functools import cache

from ..document import Mention
from ._context import SentenceView
from ._lexicon import Lexicon, _read
from ._memory import Memory

__all__ = ["state_references"]


@cache
def _kinds() -> dict[str, frozenset[str]]:
    raw = _read("names.yaml").get("state_kinds") or {}
    return {str(k): frozenset(f"country:{c}" for c in v or []) for k, v in raw.items()}


def state_references(
    view: SentenceView, lex: Lexicon, memory: Memory, end_abs: int, skip: list[tuple[int, int]]
) -> list[tuple[Mention, str]]:
    """(mention, country) for each state description in the sentence that takes up a country."""
    out: list[tuple[Mention, str]] = []
    s0 = view.sent.start
    for pat, kind in view.present(lex.state_descriptions):
        states = _kinds().get(kind)
        if not states:
            continue
        for hit in view.find(pat):
            a, b = s0 + hit.start(), s0 + hit.end()
            if a >= end_abs or any(x <= a < y for x, y in skip):
                continue
            cid = next((eid for pos, eid in reversed(memory.countries) if pos < a and eid in states), None)
            if cid is not None:
                out.append((Mention(a, b, hit.group(), cid, "country", "coref.state", "name"), cid))
    return out
