"""Sentences that lean on the one before: a back reference that names the source of the claim
before it ("Об этом сообщило Минобороны"), a sentence that goes on with the transfer before it, and
an event so long before the report that it is background."""

from __future__ import annotations

from typing import Any

from ..document import Claim
from ._context import SentenceView
from ._lexicon import Lexicon
from .attribution import attribute
from .events import Memory

__all__ = ["goes_on_with_transfer", "long_before", "names_source_before"]


def names_source_before(view: SentenceView, lex: Lexicon, before: Claim, memory: Memory) -> bool:
    """ "... уничтожили 87 беспилотников. Об этом говорится в сообщении Минобороны.": a sentence that
    opens with a back reference names the source of the unattributed claim of the sentence before;
    it gives that claim its attribution (and claims nothing itself)."""
    hit = view.search(lex.back_references)
    if (
        hit is None
        or hit.start() > 2
        or before.attribution.source
        or before.attribution.source_kind not in ("author", "anonymous")
    ):
        return False
    prev = view.doc.text[before.end : view.sent.start]
    if "\n\n" in prev or prev.strip(" \n\"'»”.") != "":
        return False  # only the sentence right before, in the same paragraph
    att = attribute(view, lex, len(view.text), set(), memory.sources)
    if att.source is None and att.source_kind in ("author", None):
        return False
    before.attribution = att
    if before.factuality == "asserted" or (
        # "Deutschland will ... übergeben. Das sagte ein Sprecher ...": a stated plan, reported
        before.factuality == "speculative" and before.cues and all(c.casefold() in lex.intentions for c in before.cues)
    ):
        before.factuality = "reported"
    memory.last_source = att
    memory.last_source_end = view.sent.end
    memory.sources.append(att)
    return True


def goes_on_with_transfer(view: SentenceView, lex: Lexicon, memory: Memory) -> bool:
    """A sentence with no event verb right after a transfer claim, about a weapon or a sum, goes on
    with that transfer ("Der Vertrag umfasse zudem rund 600 Lenkflugkörper")."""
    if memory.last_type != "arms_transfer":
        return False
    if memory.sentence_no - memory.last_claim_no.get("arms_transfer", -99) > 1:
        return False
    items = any(m.type in ("weapon_system", "munition") for m in view.mentions) or view.search(lex.generic_items)
    money = any(q.kind == "money" for q in view.quantities)
    return bool(items or money)


def long_before(date: Any, published: str | None) -> bool:
    """Whether an event's date lies in a month at least two months before the report's."""
    value = str(date.get("value") or "") if isinstance(date, dict) else ""
    if not published or len(value) < 4 or not value[:4].isdigit():
        return False
    return _months(published) - _months(value) >= 2


def _months(iso: str) -> int:
    """Months since year 0 of an ISO date, a year alone counting as its December."""
    return int(iso[:4]) * 12 + (int(iso[5:7]) if len(iso) >= 7 and iso[5:7].isdigit() else 12)
