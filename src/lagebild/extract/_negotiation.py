"""Negotiations and contracts: "Kairo verhandelt mit Peking über J-10C", "einen Vertrag über ... mit
dem Hersteller X": the subject buys from the partner, unless the subject's country makes the item."""

from __future__ import annotations

import re

from ..document import Mention
from ._context import SentenceView
from ._lexicon import Lexicon
from ._makers import origin_of

__all__ = ["COMITATIVE", "negotiation"]

COMITATIVE = re.compile(r"(?:\bmit|\bwith)\s+(?:der\s+|dem\s+|the\s+)?$", re.IGNORECASE)
COMITATIVE_FAR = re.compile(r"(?:\bmit|\bwith)\s+(?:der\s+|dem\s+|the\s+)?(?:[\w-]+\s+){0,2}$", re.IGNORECASE)


def negotiation(
    view: SentenceView, lex: Lexicon, countries: list[tuple[Mention, str]], items: list[Mention]
) -> tuple[str | None, str] | None:
    """ "Kairo verhandelt mit Peking über J-10C", "Rabat is negotiating with Washington for F-35s":
    the subject buys from the partner, unless the subject's country makes the item (no partner
    named: the supplier stays open)."""
    cue = view.search(lex.negotiate)
    if cue is None:
        return None
    at = view.sent.start + cue.start()
    partner = next(
        (cid for m, cid in countries if COMITATIVE.search(view.doc.text, max(view.sent.start, m.start - 20), m.start)),
        None,
    )
    subject = next(
        (
            cid
            for m, cid in countries
            if m.start < at and not COMITATIVE.search(view.doc.text, max(view.sent.start, m.start - 20), m.start)
        ),
        None,
    )
    if partner is None:
        # "einen Vertrag ... mit dem Münchner Hersteller KNDS Deutschland": the maker a contract is signed with
        maker = next(
            (
                m
                for m in view.mentions
                if m.type == "organization"
                and m.start > at
                and COMITATIVE_FAR.search(view.doc.text, max(view.sent.start, m.start - 40), m.start)
            ),
            None,
        )
        ent = view.kb.get(maker.entity_id) if maker is not None else None
        partner = f"country:{ent.country}" if ent is not None and ent.country and not ent.source_kind else None
    if partner is None and subject is not None:
        # "Der Stadtstaat soll über zwei weitere Boote verhandeln": who negotiates for arms buys them,
        # unless the arms are its own country's make
        return None if origin_of(view, items, "") == subject else (None, subject)
    if partner is None or subject is None or partner == subject:
        return None
    if origin_of(view, items, partner) == subject:
        return subject, partner  # "Frankreich verhandelt mit Indien über Rafale": the maker sells
    return partner, subject
