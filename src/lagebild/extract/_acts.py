"""Speech verbs used for an act, not a statement: "added five companies to its Entity List", "до
списку ... додали ще 117 танкерів", "Die Nationalgarde zählt rund 12.000 Soldaten" say nothing."""

from __future__ import annotations

import re

from ._context import Hit
from ._lexicon import Lexicon

__all__ = ["moves_object"]

# a figure after a verb, with an approximation word before it ("zählt rund 12.000", "numbers about 4,000")
_FIGURE_AFTER = re.compile(r"(?:\s+[^\W\d]+){0,3}?\s+\d[\d.,]*\d?\s+(?:[^\W\d]+\s+)??")
_MOVED_TO = re.compile(r"\s+(?!that\b)[^;:\"“”«»]{1,80}?\bto\b", re.IGNORECASE)


# "до списку «тіньового флоту» додали", "в санкционный список добавили": the list the verb adds to
_ONTO_LIST = re.compile(
    r"(?<![\w-])(?:до|в|у|во)\s+(?:\S+\s+){0,2}?(?:спис|перелік|перечен|перечн|реєстр|реестр)\w*", re.IGNORECASE
)


# sanctions as the object of the verb: the act of imposing them, not a statement
_SANCTIONS_AFTER = re.compile(
    r"\s+(?:(?:new|neue|weitere|further|additional|новые|нові)\s+)?(?:sanctions|Sanktionen|санкции|санкції)\b",
    re.IGNORECASE,
)


def moves_object(text: str, verb: Hit, lex: Lexicon) -> bool:
    """A speech verb used for an act: "added five companies to its Entity List", "до списку ... додали ще
    117 танкерів" says nothing."""
    if verb.group().casefold() in lex.strength_verbs:
        figure = _FIGURE_AFTER.match(text, verb.end())
        if figure is not None and lex.strength_units.match(text, figure.end()):
            return True  # "Die Nationalgarde zählt rund 12.000 Soldaten": a strength, nobody counts
    first = verb.start() + len(verb.group().split()[0])  # ("kündigte Sanktionen gegen ... an": after its first word)
    if _SANCTIONS_AFTER.match(text, verb.end()) or _SANCTIONS_AFTER.match(text, first):
        return True  # "kündigte Sanktionen gegen fünf Konzerne an", "announced sanctions against": an act
    if verb.group().casefold() not in lex.object_verbs:
        return False
    if lex.lang in ("ru", "uk"):
        return _ONTO_LIST.search(text, max(0, verb.start() - 80), min(len(text), verb.end() + 80)) is not None
    return _MOVED_TO.match(text, verb.end()) is not None
