"""A source's words in full: the name a claim's source is given is widened to the noun phrase the text
names it by, when the linked name is only part of it ("UN-Expertengremiums", "the U.N. human rights
office", "a panel of UN experts"). The linked entity stays; only the source text grows."""

from __future__ import annotations

import re
from dataclasses import replace

from ..document import Claim, Document
from ._lexicon import get_lexicon

__all__ = ["widened_sources"]

# the rest of a hyphenated compound the name opens ("UN-Expertengremiums", "NATO-Kommandos")
_COMPOUND_REST = re.compile(r"-[^\W\d_][\w-]*")


def _after(lex_nouns: frozenset[str]) -> re.Pattern[str] | None:
    if not lex_nouns:
        return None
    nouns = "|".join(re.escape(n) for n in sorted(lex_nouns, key=len, reverse=True))
    # up to three words between ("'s special", "human rights") before a body noun
    return re.compile(rf"\.?(?:'s|’s)?(?:\s+[\w-]+){{0,3}}?\s+(?:{nouns})(?![\w-])", re.IGNORECASE)


_CACHE: dict[str, tuple[re.Pattern[str] | None, re.Pattern[str] | None]] = {}


def _patterns(lang: str) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    if lang not in _CACHE:
        raw = get_lexicon(lang).raw.get("sub_bodies") or {}
        after = _after(frozenset(str(w) for w in raw.get("after") or []))
        before_words = [str(w) for w in raw.get("before") or []]
        before = (
            re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(w) for w in before_words) + r")\s+$", re.IGNORECASE)
            if before_words
            else None
        )
        _CACHE[lang] = (after, before)
    return _CACHE[lang]


# a French name that goes on after its particle ("Observatoire Sahélien des Droits Humains")
_FRENCH_REST = re.compile(r"(?:\s+(?:des|du|de\s+la|de|d[’'])\s*[A-ZÉ][\w’'-]*(?:\s+[A-ZÉ][\w’'-]*)*)+")


def _widen(text: str, a: int, b: int, lang: str) -> tuple[int, int]:
    rest = _COMPOUND_REST.match(text, b)
    if rest is not None and (lang == "de" or rest.group(0)[1:2].isupper()):  # (not "Athens-based")
        return a, rest.end()
    french = _FRENCH_REST.match(text, b) if text[a:b][:1].isupper() and " " in text[a:b] else None
    if french is not None:
        return a, french.end()
    after, before = _patterns(lang)
    lead = before.search(text, max(0, a - 30), a) if before is not None else None
    tail = after.match(text, b) if after is not None else None
    if tail is not None and re.search(r"[,;:()\"“”]|\.\s+[A-Z]|\s(?:said|says|told|and|or)\s", text[b : tail.end()]):
        tail = None  # (not across a clause or into what was said)
    return (lead.start() if lead is not None else a), (tail.end() if tail is not None else b)


# words a modifier before a source's name never is: articles, pronouns, days and months
_NOT_MODIFIERS = frozenset(
    "the a an this that these those its their his her our according by from for of to with in on at "
    "der die das den dem des ein eine einer einem eines einen nach laut von mit bei im am "
    "monday tuesday wednesday thursday friday saturday sunday montag dienstag mittwoch donnerstag freitag "
    "samstag sonntag january february march april may june july august september october november december "
    "januar februar märz juni juli oktober dezember "
    "в во у на по за з із зі від до про при не ні и і та й что що как як это це этой цієї такой такої".split()
)


def _modifiers_before(text: str, a: int, floor: int, lang: str) -> int:
    """The start of the modifiers right before a source's name, not before ``floor``: "the EU official",
    "Philippine military" (capitalised words in English), "städtischen Militärverwaltung", "Харківської обласної
    прокуратури" (adjective endings of the lexicon's ``sub_bodies.modifier_endings``); up to three words, no
    punctuation between."""
    endings = _endings(lang)
    start = a
    for _ in range(3):
        word = re.search(r"([^\W\d_][\w’'-]*)\s+$", text[max(floor, start - 40) : start])
        if word is None:
            break
        w = word.group(1)
        low = w.casefold()
        proper = w[:1].isupper() and lang == "en"  # (every German noun is capitalised; Russian by endings)
        if low in _NOT_MODIFIERS or not (proper or (len(low) > 3 and low.endswith(endings))):
            break
        start -= len(word.group(0))
    return start


def _endings(lang: str) -> tuple[str, ...]:
    raw = get_lexicon(lang).raw.get("sub_bodies") or {}
    return tuple(str(e) for e in raw.get("modifier_endings") or ())


_QUOTE_PAIRS = {"«": "»", "„": "“", "“": "”", '"': '"'}


def _closing_quote(text: str, a: int, b: int) -> int:
    """The end of a quoted name the source opens ("«Енергетичні рубежі»" named "Енергетичні"): up to its
    closing mark."""
    close = _QUOTE_PAIRS.get(text[a - 1 : a]) if a > 0 else None
    if close is None or close in text[a:b]:
        return b
    end = text.find(close, b, b + 60)
    return end if end >= 0 and not re.search(r"[.,;:!?\n]", text[b:end]) else b


def widened_sources(doc: Document, claims: list[Claim]) -> list[Claim]:
    """Each claim with its source text widened to the whole name the text gives it."""
    lang = doc.lang or "en"
    for c in claims:
        att = c.attribution
        if not att.source or att.source_span is None:
            continue
        a, b = att.source_span
        if not doc.text[a:b].endswith(att.source):
            continue  # a source carried from elsewhere, named in other words
        n = b - len(att.source)  # ("report by the UN": the span may hold the document before the name)
        wa, wb = _widen(doc.text, n, _closing_quote(doc.text, n, b), lang)
        # (not into the cue before the name, nor before the claim's sentence)
        floor = max(c.start if c.start <= n else 0, att.cue_span[1] if att.cue_span and att.cue_span[1] <= n else 0)
        if att.source[:1].islower() or (lang == "de" and att.source_entity is None and " " not in att.source):
            # a source named by a common noun ("обласної прокуратури", "the EU official"), not a name that
            # stands on its own ("Präsident Aleksandar Vučić" stays "Aleksandar Vučić")
            wa = min(wa, _modifiers_before(doc.text, n, floor, lang))
        if (wa, wb) != (n, b) and "\n" not in doc.text[wa:wb]:
            c.attribution = replace(att, source=doc.text[wa:wb], source_span=(min(a, wa), wb))
    return claims
