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
    if rest is not None:
        return a, rest.end()
    french = _FRENCH_REST.match(text, b) if text[a:b][:1].isupper() and " " in text[a:b] else None
    if french is not None:
        return a, french.end()
    after, before = _patterns(lang)
    lead = before.search(text, max(0, a - 30), a) if before is not None else None
    tail = after.match(text, b) if after is not None else None
    if tail is not None and re.search(r"[,;:()\"“”]|\s(?:said|says|told|and|or)\s", text[b : tail.end()]):
        tail = None  # (not across a clause or into what was said)
    return (lead.start() if lead is not None else a), (tail.end() if tail is not None else b)


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
        wa, wb = _widen(doc.text, n, b, lang)
        if (wa, wb) != (n, b) and "\n" not in doc.text[wa:wb]:
            c.attribution = replace(att, source=doc.text[wa:wb], source_span=(min(a, wa), wb))
    return claims
