"""A country adjective or genitive that owns the moved thing ("nordkoreanische Soldaten", "Irans
Drohnen", "Chinese companies delivered"): its state supplies it, unless the adjective belongs to a
body ("алжирские ВВС получили")."""

from __future__ import annotations

import re

from ..document import Mention
from ._context import SentenceView
from ._lexicon import Lexicon

__all__ = ["adjective_before_item"]


def adjective_before_item(view: SentenceView, m: Mention, lex: Lexicon, items: list[Mention]) -> bool:
    if m.role == "name" and view.doc.lang in ("ru", "uk"):
        # "военнослужащих КНДР", "ракеты Ирана": the owner in the genitive after the moved thing
        before = view.doc.text[max(view.sent.start, m.start - 40) : m.start].split()
        w = before[-1] if before else ""
        troops = lex.weak.get("troop_deployment", lex.generic_items)
        return bool(w) and bool(lex.generic_items.fullmatch(w) or troops.fullmatch(w))
    genitive = m.role == "name" and m.text.endswith(("s", "'s", "’s")) and view.doc.lang in ("de", "en")
    troops = lex.weak.get("troop_deployment", lex.generic_items)
    compound = _COMPOUND_TAIL.match(view.doc.text, m.end) if m.role == "name" and view.doc.lang == "de" else None
    if compound is not None:
        # "US-Soldaten", "Nato-Truppen" is no country: the compound's moved thing is the country's
        tail = compound.group(1)
        return bool(troops.fullmatch(tail) or lex.generic_items.fullmatch(tail) or tail.casefold() in lex.moved_people)
    if m.role != "adjective" and not genitive:
        return False  # "nordkoreanische Soldaten", "Irans Drohnen", "Iran's drones"
    after = view.doc.text[m.end : m.end + 60]
    head = re.match(r"\s+([\w-]+)", after)
    if head and _institution_word(lex, head.group(1)):
        return False  # "алжирские ВВС получили истребители", "die polnische Armee erhielt": the body's, not the item's
    if any(0 <= i.start - m.end <= 40 for i in items):
        return True
    # the moved thing within three words: "nordkoreanische Soldaten", "Serbian armoured units"
    words = re.match(r"\s+(\w+)(?:[ ](\w+))?(?:[ ](\w+))?", after)
    if not words:
        return False
    return any(
        w
        and (
            lex.generic_items.fullmatch(w)
            or w.casefold() in lex.moved_people  # "russische Ausbilder", "Chinese ships"
            # "Chinese companies delivered ...", "chinesische Firmen lieferten": their makers' state supplies
            or w.casefold() in lex.company_heads
            or _singular(w.casefold()) in lex.company_heads
            or troops.fullmatch(w)
            # a German compound ending in an item word: "chinesische Militärflugzeuge"
            or any(len(w) > len(h) + 2 and w.casefold().endswith(h) for h in lex.item_heads)
        )
        for w in words.groups()
    )


_COMPOUND_TAIL = re.compile(r"-(\w+)")
_INSTITUTION_WORDS: dict[tuple[int, str], bool] = {}


def _institution_word(lex: Lexicon, word: str) -> bool:
    """Whether ``word`` alone names an institution of the lexicon ("ВВС", "Armee"), remembered per word."""
    key = (id(lex.institutions), word)
    if key not in _INSTITUTION_WORDS:
        if len(_INSTITUTION_WORDS) > 1 << 14:
            _INSTITUTION_WORDS.clear()
        _INSTITUTION_WORDS[key] = any(pat.fullmatch(word) for pat, _ in lex.institutions)
    return _INSTITUTION_WORDS[key]


def _singular(word: str) -> str:
    """An English plural's singular, enough for company nouns ("companies", "firms")."""
    return word[:-3] + "y" if word.endswith("ies") else word[:-1] if word.endswith("s") else word


# a country named as the far side of a border is neither party of a deployment to it
