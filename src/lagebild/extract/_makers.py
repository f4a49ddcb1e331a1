"""Makers as parties of a transfer: a company that supplies as the subject of a supply verb, the
country of a maker after a supplier preposition, and the KB origin of a named system."""

from __future__ import annotations

from ..document import Mention
from ._context import SentenceView
from ._lexicon import Lexicon
from ._memory import _SKIP, _right_after

__all__ = ["maker_country", "maker_subject", "origin_of"]


def maker_subject(
    view: SentenceView, s0: int, trig_a: int, trig_b: int, skip: list[tuple[int, int]], recipient: str | None
) -> str | None:
    """The KB country of a company named before the supply verb with no country before it, or right
    after it in German inverted order ("Im vergangenen Jahr übergab TKMS ...")."""
    for m in view.mentions:
        after = view.doc.lang == "de" and m.start >= trig_b and _right_after(view.doc.text, trig_b, m)
        if not (s0 <= m.start < trig_a or after) or any(a <= m.start < b for a, b in skip):
            continue
        if m.type in ("country", "person"):
            return None  # someone else is the subject
        if m.type != "organization":
            continue
        country = _org_country(view, m, recipient)
        if country is not None:
            return country
    return None


def _org_country(view: SentenceView, m: Mention, recipient: str | None) -> str | None:
    """The KB country of an organisation mention, unless it is the recipient."""
    ent = view.kb.get(m.entity_id)
    if getattr(ent, "source_kind", None) in ("media", "social_media", "international"):
        return None  # "Telegram-канал «...» написал, что ... перебросили": a platform's seat supplies nothing
    country = getattr(ent, "country", None) if ent is not None else None
    return f"country:{country}" if country and f"country:{country}" != recipient else None


def maker_country(
    view: SentenceView,
    lex: Lexicon,
    s0: int,
    end_abs: int,
    skip: list[tuple[int, int]],
    recipient: str | None,
    buying: bool = False,
) -> str | None:
    """The KB country of an organisation after a supplier preposition ("vom Konzern Kongsberg"), or
    where it was bought ("bei Israel Aerospace Industries bestellt")."""
    preps = lex.supplier_preps | ({"bei"} if buying else set())
    for m in view.mentions:
        if m.type != "organization" or not s0 <= m.start < end_abs or any(a <= m.start < b for a, b in skip):
            continue
        if view.word_before(m.start, _SKIP | _MAKER_NOUNS) not in preps:
            continue
        country = _org_country(view, m, recipient)
        if country is not None:
            return country
    return None


_MAKER_NOUNS = frozenset("konzern hersteller rüstungskonzern unternehmen firma company manufacturer maker firm".split())


def origin_of(view: SentenceView, items: list[Mention], recipient: str) -> str | None:
    """The country of origin of the first named system (KB ``origin``), unless it is the recipient."""
    for m in items:
        ent = view.kb.get(m.entity_id)
        origin = getattr(ent, "origin", None) if ent is not None else None
        if origin and f"country:{origin}" != recipient:
            return f"country:{origin}"
    return None
