"""Capability claims: the weapon a figure is about, the attribute it measures and its values."""

from __future__ import annotations

import re
from typing import Any

from ..nlp._resources import lang_data
from ._context import SentenceView
from ._lexicon import Lexicon
from .events import Memory, _quantity_dicts, class_of

__all__ = ["capability_args"]

_ATTR_UNITS = {
    "range": {"km", "mi", "m"},
    "calibre": {"mm", "cm"},
    "warhead": {"kg", "t"},
    "payload": {"kg", "t"},
    "speed": {"km/h", "mph", "mach"},
    "endurance": {"h", "min"},
    "weight": {"kg", "t"},
}


def _weapon_of_class(view: SentenceView, memory: Memory) -> str | None:
    """The last named weapon of the class a noun of the sentence names: "Die Raketen ... können Ziele
    in 25 Kilometern Entfernung bekämpfen" after a jet and a missile is the missile."""
    classes: dict[str, list[str]] = lang_data(view.doc.lang or "en").get("item_classes") or {}
    for word in re.findall(r"[\w-]+", view.text):
        cats = class_of(word, classes)
        if cats is not None:
            return memory.last_weapon_of(cats, view.sent.start, view.kb)
    return None


def _item_head(view: SentenceView, lex: Lexicon) -> bool:
    """A German compound ending in a generic item word: "die Horror-Rakete", "die Wunderwaffe"."""
    if lex.lang != "de" or not lex.item_heads:
        return False
    return any(
        len(w) > len(h) + 2 and w.endswith(h)
        for t in view.sent.tokens
        for w in (t.text.casefold(),)
        for h in lex.item_heads
    )


def capability_args(
    view: SentenceView, attribute: str, memory: Memory, lex: Lexicon, trigger: int | None = None
) -> dict[str, Any] | None:
    """Subject, attribute and value of a capability claim, or None without a weapon subject; the
    subject is the system named last before the attribute word (``trigger``, relative to the sentence):
    "Zerstörer, die Tomahawk abfeuern können, die eine Reichweite von 1.600 km haben"."""
    weapons = [m for m in view.mentions if m.type == "weapon_system"]
    if trigger is not None:
        from ._nearby import aside_spans

        aside = aside_spans(view.text, view.sent.start)  # "The KN-23, a missile similar to the Iskander-M, has"
        before = [
            m for m in weapons if m.start < view.sent.start + trigger and not any(a <= m.start < b for a, b in aside)
        ]
        weapons = before[-1:] + [m for m in weapons if m not in before[-1:]] if before else weapons
    subject = weapons[0].entity_id if weapons else None
    referent = False
    if subject is None:
        words = {t.text.casefold() for t in view.sent.tokens}
        first = view.sent.tokens[0].text.casefold() if view.sent.tokens else ""
        referent = bool(
            words & lex.pronouns
            or words & lex.variant_nouns
            or first in lex.subject_demonstratives
            or view.search(lex.generic_items)
            or _item_head(view, lex)
        )
        if referent:
            subject = _weapon_of_class(view, memory) or memory.last_weapon(view.sent.start)
    measures = [q for q in view.quantities if q.kind == "measure"]
    units = _ATTR_UNITS.get(attribute)
    if subject is None and not (
        referent and units and attribute != "calibre" and any(q.unit in units for q in measures)
    ):
        return None  # (a system the KB lacks still has a claim when its figure is measured in the attribute's unit)
    if units and measures and not any(q.unit in units for q in measures):
        # the unit says what is measured: "can reach speeds of 320 km/h" is a speed, "hits Mach 3" too
        attribute = next((a for a, us in _ATTR_UNITS.items() if measures[0].unit in us), attribute)
        units = _ATTR_UNITS.get(attribute)
    args: dict[str, Any] = {"subject": subject, "attribute": attribute} if subject else {"attribute": attribute}
    # the attribute's own figures first, then the sentence's other measures ("155 Millimeter und ... 40 Kilometer")
    qty = [q for q in measures if units is None or q.unit in units]
    qty += [q for q in measures if qty and q not in qty]
    if qty:
        args["quantities"] = _quantity_dicts(qty, with_of=False)
    return args
