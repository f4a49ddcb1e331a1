"""Where a candidate stands relative to a verb of saying: a country that is only the seat of the speaker
("a Western diplomat in Islamabad"), and an English candidate that lies inside the reported clause
("said the TTP had carried out")."""

from __future__ import annotations

import re

from ._context import SentenceView
from ._lexicon import Lexicon
from ._sources import Candidate

__all__ = ["reported_subject", "seat_of_speaker"]

_IN_BEFORE = re.compile(r"(\w+)\s+(?:in|im|aus)\s+$")
_FINITE_AFTER = re.compile(r"\s+(?:had|has|have|was|were|is|are|would|will|could|can|did|does|do|may|might)\b")


def seat_of_speaker(view: SentenceView, cand: Candidate, lex: Lexicon) -> bool:
    """A country or capital right after a speaker word and "in" ("a Western diplomat in Islamabad")."""
    m = _IN_BEFORE.search(view.doc.text, max(0, cand.start - 40), cand.start)
    if m is None:
        return False
    word = m.group(1).casefold()
    words = {word, word + "s", word.removesuffix("s")}
    return bool(words & (lex.anonymous_sources | lex.person_roles | lex.seat_words))


def reported_subject(view: SentenceView, c_end: int, cand: Candidate) -> bool:
    """An English candidate after a speech verb that lies inside the reported clause: more than
    three words after the verb, or the subject of a finite verb ("said the TTP had carried out")."""
    text = view.doc.text
    between = text[c_end : cand.start].split()
    title = cand.what == "person" and all(w[:1].isupper() or w in _TITLE_JOINERS for w in between)
    if len(between) > 3 and not title:
        return True  # (a capitalised title before a name is none: "said Deputy Secretary of Defense X")
    if between and between[-1].casefold() in ("a", "an"):
        return True  # "it said a U.S. Navy destroyer had shot down ...": a speaker takes no indefinite article
    return bool(_FINITE_AFTER.match(text, cand.end))


_TITLE_JOINERS = frozenset("of the for and on".split())
