"""What earlier sentences of a report established, for the claim rules of later ones."""

from __future__ import annotations

import re
from typing import Any

from ..document import Attribution, Mention
from ._context import SentenceView

__all__ = ["Memory"]

# articles and possessives skipped when looking for the word before a mention
_SKIP = frozenset("der die das den dem des ein eine einen einem einer eines the its their his her".split())


_LOCATIVE = frozenset({"in", "im", "at", "near", "bei", "nahe"})


_PARTY_MEMORY = 2  # sentences over which the parties of the last transfer or deployment carry


class Memory:
    """What earlier sentences established: last weapon, countries in order, last claims by type."""

    def __init__(self) -> None:
        self.weapons: list[tuple[int, str]] = []
        self.countries: list[tuple[int, str]] = []
        self.places: list[tuple[int, str]] = []
        self.last_claim: dict[str, dict[str, Any]] = {}
        self.last_type: str | None = None
        self.prev_type: str | None = None  # the claim type of the sentence just before (None: no claim)
        self.sentence_no = 0  # sentences seen so far
        self.last_claim_no: dict[str, int] = {}  # the sentence of the last claim per type
        self.last_source: Attribution | None = None
        self.last_source_end = -1  # where the sentence of the last source ends
        self.sources: list[Attribution] = []

    def see(self, view: SentenceView) -> None:
        for m in view.mentions:
            if m.type == "weapon_system":
                self.weapons.append((m.start, m.entity_id))
            c = view.country_of(m)
            if c:
                self.countries.append((m.start, c))
            if m.type == "place" and not view.metonym(m):
                self.places.append((m.start, m.entity_id))

    def last_place(self, before: int) -> str | None:
        hits = [eid for pos, eid in self.places if pos < before]
        return hits[-1] if hits else None

    def last_weapon(self, before: int) -> str | None:
        hits = [eid for pos, eid in self.weapons if pos < before]
        return hits[-1] if hits else None

    def last_weapon_of(self, categories: list[str], before: int, kb: Any) -> str | None:
        """The last weapon named before ``before`` whose KB category is one of ``categories``."""
        for _pos, eid in reversed([w for w in self.weapons if w[0] < before]):
            ent = kb.get(eid)
            if ent is not None and ent.category in categories:
                return eid
        return None

    def main_country(self, before: int) -> str | None:
        """The country named most often before ``before`` (the later one on a tie): what a report
        means by "the country"."""
        counts: dict[str, tuple[int, int]] = {}
        for pos, eid in self.countries:
            if pos < before:
                counts[eid] = (counts.get(eid, (0, 0))[0] + 1, pos)
        return max(counts, key=lambda e: counts[e]) if counts else None

    def last_country(self, before: int, not_in: set[str]) -> str | None:
        for pos, eid in reversed(self.countries):
            if pos < before and eid not in not_in:
                return eid
        return None


def _right_after(text: str, pos: int, m: Mention) -> bool:
    """A place right after the trigger verb: its object ("bombed Hodeidah")."""
    return pos <= m.start and len(text[pos : m.start].split()) <= 1


_SAID_IN = re.compile(r"\s+(?:[\w'’.-]+\s+){0,3}?(?:in|im|at)\s+(?:der\s+|dem\s+|the\s+)?$", re.IGNORECASE)


def said_at(view: Any, m: Mention, lex: Any) -> bool:
    """A place where a source spoke: "sagte am Donnerstag in Prag", "told reporters in Marib"."""
    lo = max(view.sent.start, m.start - 60)
    for verb in view.find(lex.att_verbs):
        end = view.sent.start + verb.end()
        if lo <= end <= m.start and _SAID_IN.fullmatch(view.doc.text, end, m.start):
            return True
    return False
