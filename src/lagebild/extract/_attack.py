"""Who attacked whom: the attacking state (``attacker``) and the targeted state (``target``) of an attack
claim, when the sentence names them as states ("Russland griff ukrainische Städte an", "Indian drones
struck posts in Pakistan-administered Kashmir", "Israel answered with airstrikes across southern
Lebanon"). Armed groups have no state: "rockets fired from Lebanon" names no attacker."""

from __future__ import annotations

import re

from ..document import Mention
from ._context import SentenceView
from ._lexicon import Lexicon
from ._memory import _SKIP
from ._party_places import place_state

__all__ = ["attack_parties"]

# prepositions before the target: "gegen die Ukraine", "auf Kiew", "on Ukraine", "against Israel"
_TARGET_PREPS = frozenset("gegen auf on against at into across по на".split())
# prepositions before the place an attack came from, or a partner: no attacker, no target
# (and the maker of a weapon: "ракеты ATACMS производства США", "ракети виробництва КНДР")
_NOT_PARTY = frozenset("from aus von vom with mit nach to zwischen between of des der производства виробництва".split())
# a maker's country before a weapon: "US-made ATACMS missiles", "Chinese-built drones"
_MADE = re.compile(r"-(?:made|built|produced|manufactured|supplied)\b", re.IGNORECASE)


def _force_state(view: SentenceView, m: Mention) -> str | None:
    """The state of a national force or ministry ("die russische Armee", "the IDF")."""
    if m.type != "organization":
        return None
    ent = view.kb.get(m.entity_id)
    country = getattr(ent, "country", None) if ent is not None else None
    if country and getattr(ent, "source_kind", None) in ("military", "government"):
        return f"country:{country}"
    return None


def attack_parties(
    view: SentenceView, lex: Lexicon, trigger: tuple[int, int], end_abs: int, skip: list[tuple[int, int]]
) -> tuple[str | None, str | None]:
    """(attacker, target) as country ids, or None where the sentence does not name them as states."""
    s0 = view.sent.start
    trig_a, trig_b = s0 + trigger[0], s0 + trigger[1]
    attacker = target = None
    for m in view.mentions:
        if m.start >= end_abs or any(a <= m.start < b for a, b in skip):
            continue
        prev = view.word_before(m.start, _SKIP)
        if m.type == "place":
            if target is None and (m.start > trig_b or prev in lex.location_preps) and prev not in _NOT_PARTY:
                target = place_state(view, m)  # "posts in Pakistan-administered Kashmir", "in Charkiw"
            continue
        cid = view.country_of(m) or _force_state(view, m)
        if cid is None or prev in _NOT_PARTY or _MADE.match(view.doc.text, m.end):
            continue
        if prev in _TARGET_PREPS or (m.start > trig_a and m.role == "adjective"):
            target = target or cid  # "gegen die Ukraine", "griff ukrainische Städte an"
        elif m.role == "adjective" and prev in lex.location_preps:
            target = target or cid  # "die Raffinerie im russischen Gebiet Samara"
        elif m.start < trig_a and m.role != "adjective" and prev not in lex.location_preps:
            attacker = attacker or cid  # the subject: "Russland griff ... an", "the IDF struck"
        elif m.role == "adjective" and m.start < trig_a and attacker is None:
            attacker = cid  # "Indian drones and artillery had killed", "ukrainische Drohnen trafen"
        elif m.start > trig_b and m.role != "adjective" and prev not in lex.location_preps:
            target = target or cid  # "Russia attacked Ukraine"
    if attacker == target:
        target = None
    return attacker, target
