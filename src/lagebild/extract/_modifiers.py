"""Where an English body's name starts before its noun: modifiers ("the finance ministry", "the Odesa
regional administration") and a capitalised name ("Hodeidah port authorities")."""

from __future__ import annotations

import re
from functools import cache

from ._context import SentenceView

__all__ = ["modifiers_before", "name_start", "stopwords"]


@cache
def stopwords(lang: str) -> frozenset[str]:
    from ..signals._data import signal_lexicon

    return signal_lexicon(lang).stopwords


# one to five capitalised words right before a body's noun, maybe with an abbreviation in brackets
_NAME_BEFORE = re.compile(r"(?:[A-Z][\w.&-]*\s+){1,5}(?:\([A-Z][\w-]{1,10}\)\s+)?$")


# an English modifier before a body's noun: a lower-case word ("finance", "special") or a capitalised
# adjective of origin ("Western", "European", "Israeli")
_EN_MODIFIER = re.compile(r"[a-z][a-z-]{2,}|[A-Z][a-z]+(?:an|ern|ese|ish|i|ic)|[A-Z][A-Z.]{1,5}")


_NOT_MODIFIERS = frozenset(
    "which that who whom whose million billion thousand hundred percent one two three four five six seven "
    "eight nine ten several some many few other another both".split()
)


def modifiers_before(view: SentenceView, a: int) -> int:
    """Where up to two modifiers before an English body's noun start, stopping at function words and
    mentions: "said the finance ministry" starts at "finance"."""
    stops = stopwords("en")
    for t in reversed([t for t in view.sent.tokens if t.end <= a][-2:]):
        low = t.text.casefold()
        if view.doc.text[t.end : a] == " " and any(
            m.start == t.start and m.end == t.end and m.type == "place" for m in view.mentions
        ):
            return t.start  # "the Odesa regional administration": the place it governs is its name's
        if (
            view.doc.text[t.end : a] == " "
            and t.text[:1].isupper()
            and low not in stops
            and view.doc.text[a:].split(maxsplit=1)[0].casefold() in _ADMIN_WORDS
            and t.start > view.sent.start
        ):
            return t.start  # ("the Gegharkunik regional administration": a region the KB does not know)
        if (
            view.doc.text[t.end : a] != " "
            or not _EN_MODIFIER.fullmatch(t.text)
            or low in stops
            or low in _NOT_MODIFIERS
        ):
            break
        if t.text.endswith(("ed", "ing")) and t.text[:1].islower():
            break  # a verb: "said", "according"
        if any(m.start <= t.start < m.end and m.type != "country" for m in view.mentions):
            break
        a = t.start
    return a


_ADMIN_WORDS = frozenset("regional provincial district municipal oblast city state county".split())


def name_start(view: SentenceView, a: int) -> int:
    """Where a capitalised name before an institution noun starts (not the sentence's first word
    alone, no mention inside: "Hodeidah port authorities" keeps its place out)."""
    lo = max(view.sent.start, a - 80)
    m = _NAME_BEFORE.search(view.doc.text, lo, a)
    if m is None:
        return a
    start = m.start()
    if any(start <= x.start < a for x in view.mentions):
        return a
    if start == view.sent.start and len(view.doc.text[start:a].split()) == 1:
        return a
    return start
