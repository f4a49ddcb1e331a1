"""What a sentence's figures say when no event verb does: a head count of forces in a place is a
deployment, a count of drones or missiles a strike; a launch in a report on a weapons test is part of
the test."""

from __future__ import annotations

from ._context import SentenceView
from ._lexicon import Lexicon
from ._triggers import Trigger

__all__ = ["counts_strikes", "launch_in_a_test_report", "troops_or_statement"]


_STRIKE_UNITS = frozenset({"drones", "missiles", "rockets", "glide bombs", "bombs", "shells"})


_FORCES = frozenset({"soldiers", "troops", "mercenaries", "fighters", "officers"})


def troops_or_statement(view: SentenceView) -> str:
    """A head count of forces in a place with no event verb is where troops are: "In Burkina Faso soll
    das Afrikakorps mit etwa 300 Mann präsent sein", "von rund 2.500 russischen Militärangehörigen in Mali"."""
    forces = any(q.unit in _FORCES and q.kind == "count" for q in view.quantities)
    placed = any(m.type in ("country", "place") and m.role != "adjective" for m in view.mentions)
    return "troop_deployment" if forces and placed else "statement"


def counts_strikes(view: SentenceView) -> bool:
    """A reported count of drones or missiles with no verb of its own ("Die Luftwaffe meldete für
    die Nacht 458 Drohnen und 32 Raketen"): the count of a strike."""
    return any(q.kind == "count" and q.unit in _STRIKE_UNITS for q in view.quantities) and not any(
        m.type == "country" and m.role == "name" and view.word_before(m.start) in ("an", "to", "nach")
        for m in view.mentions
    )


def launch_in_a_test_report(view: SentenceView, lex: Lexicon, trig: Trigger) -> bool:
    """A launch verb in a report about a weapons test, with no place struck: part of the test."""
    if not lex.launch_verbs.fullmatch(trig.text):
        return False
    if any(m.type == "place" and not view.metonym(m) for m in view.mentions):
        return False  # a place struck (a capital speaking for its government does not count)
    index = view.index
    key = ("test_report", id(lex))
    if index is not None and key in index.memo:
        return bool(index.memo[key])
    found = bool(lex.test_report_words.search(view.doc.text))
    if index is not None:
        index.memo[key] = found
    return found
