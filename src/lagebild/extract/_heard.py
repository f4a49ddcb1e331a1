"""Speakers heard in sentences that hold no claim: later pronouns ("sagte er", "sagt sie") and impersonal
cues ("hieß es in einer Erklärung") may refer to them."""

from __future__ import annotations

from ..document import Attribution
from ._body_kinds import role_noun_kind
from ._context import SentenceView
from ._kinds import source_kind_of
from ._lexicon import Lexicon
from ._memory import Memory
from .attribution import attribute

__all__ = ["introduced_person", "speaker_without_claim"]


def speaker_without_claim(view: SentenceView, lex: Lexicon, memory: Memory) -> Attribution | None:
    """A named source that speaks in a sentence that holds no claim ("Der Minister sprach von
    einer Provokation.", "Das Ministerium in Baku wies die Darstellung zurück.", an appeal): later pronouns
    ("sagte er") and impersonal cues ("hieß es in einer Erklärung") may refer to it."""
    if (
        view.search(lex.att_verbs) is None
        and view.search(lex.denial) is None
        and view.search(lex.appeals) is None
        and view.search(lex.stance_verbs) is None  # "Für die Regierung verteidigte Staatssekretär X den Kurs."
    ):
        return None  # (an appeal has a speaker too: "X forderte den Sicherheitsrat auf, ...")
    people = [m for m in view.mentions if m.type == "person"]
    if people:
        m = people[0]
        return Attribution(source=m.text, source_entity=m.entity_id, source_kind=source_kind_of(view, m))
    att = attribute(view, lex, len(view.text), set(), memory.sources)
    return att if att.source else None


def introduced_person(view: SentenceView, lex: Lexicon) -> Attribution | None:
    """A person introduced by a role noun as the subject of a sentence without a claim ("Die
    Politikwissenschaftlerin Grace Nyirabera vom ... sieht kaum Chancen", "Analyst Jan Kos doubts it")."""
    people = [m for m in view.mentions if m.type == "person"]
    if not people or len(view.doc.text[view.sent.start : people[0].start].split()) > 3:
        return None
    role = view.doc.text[view.sent.start : people[0].start].split()
    low = role[-1].casefold() if role else ""
    if not low or not (
        low in lex.person_roles
        or role_noun_kind(low, lex) is not None
        or (lex.lang == "de" and any(len(r) >= 6 and low.endswith(r) for r in lex.person_roles))
    ):
        return None
    m = people[0]
    return Attribution(source=m.text, source_entity=m.entity_id, source_kind=source_kind_of(view, m))
