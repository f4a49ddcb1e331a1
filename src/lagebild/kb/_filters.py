"""Filters over the mentions the KB found: a class word after a weapon system, a KB person's surname
after another given name, a place inside a ranked person's name."""

from __future__ import annotations

import re
from typing import Any

from ..document import Document, Mention
from ..extract._lexicon import common_german_word, first_names, get_lexicon

__all__ = ["drop_class_descriptors", "drop_namesakes", "drop_places_in_ranked_names"]


_TYPE_LINK = re.compile(r"\s*(?:vom\s+Typ|des\s+Typs|vom\s+Modell|of\s+the\s+type|type)?\s*", re.IGNORECASE)


def drop_class_descriptors(mentions: list[Mention], text: str) -> list[Mention]:
    """ "KN-15 ballistische Raketen", "Iskander-M missiles": a munition class right after a
    weapon system names that system's class, not a second entity."""
    weapon_ends = {m.end for m in mentions if m.type == "weapon_system"}
    weapon_starts = sorted(m.start for m in mentions if m.type == "weapon_system")
    out = []
    for m in mentions:
        if m.type == "munition" and any(0 < m.start - e <= 2 for e in weapon_ends):
            continue
        if m.type == "munition" and any(
            0 <= st - m.end <= 14 and _TYPE_LINK.fullmatch(text, m.end, st) for st in weapon_starts
        ):
            # "Mittelstreckenrakete Oreschnik", "Drohnen vom Typ Shahed-136": an entity of its own, but
            # the system, not the class, is what the claim is about
            m = Mention(m.start, m.end, m.text, m.entity_id, m.type, m.rule, "descriptor")
        out.append(m)
    return out


_PREV_WORD = re.compile(r"([A-Z][a-z'’]+) $")


def drop_namesakes(doc: Document, mentions: list[Mention], kb: Any) -> list[Mention]:
    """A KB person's surname after another given name is someone else: "Anna Scholz" is not Olaf
    Scholz (the name is then found by the name patterns)."""
    lex = get_lexicon(doc.lang or "en")
    out = []
    for m in mentions:
        ent = kb.get(m.entity_id) if m.type == "person" and " " not in m.text else None
        prev = _PREV_WORD.search(doc.text, max(0, m.start - 30), m.start) if ent is not None else None
        if prev is not None and ent is not None:
            word = prev.group(1)
            own = {w.casefold() for n in (ent.name, *ent.aliases) for w in n.split()}
            # (Cyrillic names: natasha's spans replace the surname, see find_people_cyrillic)
            if word in first_names() and word.casefold() not in own and word.casefold() not in lex.person_roles:
                continue
        out.append(m)
    return out


_RANK_BEFORE = re.compile(r"([\w.]+)\s+$")
_NAME_AFTER = re.compile(r"\s+[A-ZÄÖÜ][a-zäöüß]+\b")


def drop_places_in_ranked_names(doc: Document, mentions: list[Mention]) -> list[Mention]:
    """ "Senior Colonel Gao Wenchuan": a place the KB knows ("Gao") right after a rank and before
    another capitalised word opens a person's name, not a place."""
    lex = get_lexicon(doc.lang or "en")
    ranks = {str(r).strip("*").casefold() for r in lex.raw.get("ranks") or []}  # the bare rank, no compound
    text = doc.text
    spans = [(m.start, m.end) for m in mentions]
    out = []
    for m in mentions:
        if m.type == "place" and " " not in m.text:
            rank = _RANK_BEFORE.search(text, max(0, m.start - 30), m.start)
            name = _NAME_AFTER.match(text, m.end)
            if (
                rank is not None
                and name is not None
                and rank.group(1).rstrip(".").casefold() in ranks
                and not common_german_word(name.group().strip(), doc.lang or "en")
                and not any(a < name.end() and m.end < b for a, b in spans)
            ):
                continue
        out.append(m)
    return out
