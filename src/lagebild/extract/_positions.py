"""Where a candidate stands relative to a verb of saying: a country that is only the seat of the speaker
("a Western diplomat in Islamabad"), and an English candidate that lies inside the reported clause
("said the TTP had carried out")."""

from __future__ import annotations

import re

from ._context import SentenceView
from ._lexicon import Lexicon
from ._sources import Candidate

__all__ = ["owner_of_object", "reported_subject", "seat_of_speaker"]

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


# a publication noun whose owner follows in the genitive: "публикации канала", "заяву відомства"
_PUBLICATION_BEFORE = re.compile(
    r"(?<![\w-])(?:публикаци[яиюей]|сообщени[еяюй]|заявлени[еяюй]|материал(?:ы|а|ов)?|пост(?:ы|а|ов)?|допис(?:у|и|ів)?|"
    r"публікаці[яїюй]|повідомленн[яюі]|заяв[ауіи])\s+$",
    re.IGNORECASE,
)


def owner_of_object(view: SentenceView, cand: Candidate, cands: list[Candidate]) -> bool:
    """A Russian or Ukrainian candidate in the genitive after a publication noun, with another speaker
    before it: the owner of what is spoken about ("В военном ведомстве публикации канала назвали вбросом")."""
    if view.doc.lang not in ("ru", "uk"):
        return False
    if not _PUBLICATION_BEFORE.search(view.doc.text, max(view.sent.start, cand.start - 30), cand.start):
        return False
    return any(c.end <= cand.start and c.what != "anonymous" and c is not cand for c in cands)
