"""Where a party is: the KB country of a place a transfer or deployment goes to ("trafen in Vilnius ein")."""

from __future__ import annotations

from ..document import Mention
from ._context import SentenceView
from ._lexicon import Lexicon
from ._memory import _SKIP, said_at

__all__ = ["place_country", "place_state"]


def place_country(
    view: SentenceView, lex: Lexicon, s0: int, end_abs: int, skip: list[tuple[int, int]], supplier: str | None
) -> str | None:
    """The KB country of a place after a location or recipient preposition in the clause."""
    for m in view.mentions:
        if m.type != "place" or m.start >= end_abs or any(a <= m.start < b for a, b in skip):
            continue
        if view.word_before(m.start, _SKIP) not in lex.location_preps | lex.recipient_preps:
            continue
        if said_at(view, m, lex):
            continue  # "sagte am Donnerstag in Prag": where the source spoke
        state = place_state(view, m)
        if state and state != supplier:
            return state
    return None


def place_state(view: SentenceView, m: Mention) -> str | None:
    """The country of a place: its KB ``country``, or a gazetteer city's ("in Apatzingán" is in Mexico)."""
    ent = view.kb.get(m.entity_id)
    country = getattr(ent, "country", None) if ent is not None else None
    city = view.doc.meta.get("cities", {}).get(m.entity_id)
    country = country or (city[0] if city else None)
    return f"country:{country}" if country else None
