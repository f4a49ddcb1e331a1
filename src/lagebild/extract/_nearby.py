"""Small helpers of attribution about what stands near a candidate: the word before it, the
person named just before a pronoun, the own country that opens a known body's name, the asides
between commas whose names do not speak, and the word lists and patterns they use."""

from __future__ import annotations

import re

from ..document import Attribution, Mention
from ._context import SentenceView
from ._kinds import source_kind_of
from ._lexicon import Lexicon
from ._sources import Candidate

__all__ = [
    "AUXILIARY",
    "BRACKETED",
    "OBJECT_PREPOSITIONS",
    "OWN_OUTLET",
    "PARENTHETICAL",
    "UNNAMED_INSIDERS",
    "aside_spans",
    "named_before",
    "own_country_before",
    "word_before",
]

OBJECT_PREPOSITIONS = frozenset(
    "in im aus nach von vom mit für gegen bei beim zu zum zur an am auf über unter into in of from to with for "
    "against at on by near в во из на с со к по против від до з із у для".split()
)


# a perfect tense: the subject, then its auxiliary, then the participle cue at the clause's end
AUXILIARY = re.compile(r"\s+(?:hat|haben|hatte|hatten|has|have|had)\s", re.IGNORECASE)


def named_before(view: SentenceView, lex: Lexicon, c: Candidate, recent: list[Attribution]) -> Candidate | None:
    """ "Vorstandschef X gab sich zuversichtlich. Die Anlage werde ..., sagte er.": a person pronoun
    takes the person named in the sentence before, or earlier in its own, when that person was
    named after the last source spoke."""
    if c.kind not in lex.person_pronouns:
        return None
    sents = view.doc.sentences
    i = next((k for k, s in enumerate(sents) if s.start == view.sent.start), None)
    if i is None:
        return None
    lo = sents[i - 1].start if i > 0 else view.sent.start
    people = [m for m in view.doc.mentions if m.type == "person" and lo <= m.start and m.end <= c.start]
    if not people:
        return None
    m = people[-1]
    last = next((a for a in reversed(recent) if a.source_span), None)
    if last is not None and last.source_span is not None and last.source_span[0] >= m.start:
        return None  # the person spoke already: the pronoun takes the source, as before
    return Candidate(c.start, c.end, m.text, m.entity_id, source_kind_of(view, m), "pronoun")


BRACKETED = re.compile(r"(?:\s+[а-яёіїєґ'’-]+){0,4}\s*\(\s*")


OWN_OUTLET = frozenset("dieser unserer unsere unseres unserem this our этой нашей нашему цієї нашої".split())


def own_country_before(view: SentenceView, m: Mention) -> int:
    """Where a known body's name starts with its own country before it: "U.S. Space Command"."""
    ent = view.kb.get(m.entity_id)
    home = getattr(ent, "country", None) if ent is not None else None
    if not home:
        return m.start
    for c in view.mentions:
        if c.end <= m.start and view.doc.text[c.end : m.start] in ("", " ", ". ") and c.role == "name":
            if view.country_of(c) == f"country:{home}" and c.type == "country":
                return c.start
    return m.start


def word_before(text: str, start: int) -> str:
    words = text[max(0, start - 30) : start].split()
    return words[-1].casefold() if words else ""


# a short lower-case parenthetical between commas ("окрім того", "в свою очередь", "however")
PARENTHETICAL = re.compile(r"^\s*,\s*(?:[^\W\d_A-ZА-ЯЁІЇЄҐ][\w'’-]*\s*){1,3},\s*$")
# unnamed insiders stay unnamed after a known body ("navy sources"), other groups speak for it
UNNAMED_INSIDERS = frozenset("sources source officials official insiders insider quellen kreise kreisen".split())


# a relative clause or an apposition between commas ("Al-Masirah TV, which is run by X, reported";
# "Africa Corps, a force controlled by X, took over"; "Hezbollah, in a statement carried by its Al-Manar
# television channel, said"): who is named inside is not the speaker
ASIDE = re.compile(
    r",\s*(?:which|who|whose|that|a|an|the|one of|in what|seen by|reviewed by|obtained by"
    r"|der|die|das|dessen|deren|welche[rsnm]?|ein|eine|einer"
    r"|in (?:a|an|its|their|his|her|einer|einem|seiner|ihrer))\b"
    r"[^,;:]*(?:,|$)"
    # "JNIM, al-Qaeda's affiliate in the Sahel, claimed": a possessive apposition, closed by a comma and
    # holding no verb of saying ("In Kyiv, Ukraine's air force said, ..." is the main clause)
    r"|,\s*(?:[\w.'’-]+\s+){0,2}[\w.-]+['’]s\s+[a-z](?![^,;:]*\b(?:said|says|told|reported|claimed|stated|announced|added)\b)"
    r"[^,;:]*,",
    re.IGNORECASE,
)


def aside_spans(text: str, offset: int) -> list[tuple[int, int]]:
    """The asides of a sentence text, as absolute spans (``offset`` is where the text starts)."""
    return [(offset + m.start(), offset + m.end()) for m in ASIDE.finditer(text)]
