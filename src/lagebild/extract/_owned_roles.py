"""A role owned by a body named before the person: "Eastgate's managing director, Daniel Koh," (the firm
speaks), "sagte deren Analyst Nemanja Ristić" (the think tank that "deren" refers to), "its founder X"."""

from __future__ import annotations

import re
from typing import Any

from ..document import Mention
from ._context import SentenceView
from ._lexicon import Lexicon

__all__ = ["owned_role_kind"]

# an owner (a possessive pronoun or a name with 's), up to two modifiers, a role noun, maybe a comma
_OWNED_ROLE = re.compile(
    r"(?:\b(?P<pronoun>deren|dessen|its|their)|(?P<name>[A-ZÄÖÜ][\w-]*)['’]s)\s+"
    r"(?:[a-z][\w-]*\s+){0,2}(?P<role>[A-Za-zÄÖÜäöüß-]+),?\s*$"
)
# roles of a firm's or a body's staff that speak for it (their own kind, if any, is a person's)
_STAFF = frozenset(
    "director founder co-founder chairman chairwoman owner analyst researcher expert economist head "
    "direktor gründer mitgründer inhaber analyst analystin forscher forscherin experte expertin leiter leiterin".split()
)


# offices that only a firm has, with no owner named
_FIRM_OFFICE = re.compile(
    r"\b(?:export|managing|sales|commercial|marketing)\s+director,?\s*$|\b(?:Exportchef|Exportchefin|Vertriebschef"
    r"|Vertriebschefin|Exportdirektor|Exportdirektorin|Vertriebsleiter|Vertriebsleiterin),?\s*$",
    re.IGNORECASE,
)
# roles that only a firm has ("Eastgate's managing director"; "Russia's defence minister" is no firm's)
_FIRM_ROLES = frozenset(
    "director founder co-founder chairman chairwoman owner direktor gründer mitgründer inhaber".split()
)


def owned_role_kind(view: SentenceView, lex: Lexicon, m: Mention, kind_of: Any) -> str | None:
    """The kind of the body that owns the role right before the person ``m``, or None. ``kind_of`` gives
    the kind of an organisation mention."""
    if lex.lang not in ("en", "de"):
        return None
    from ._kinds import COMPANY_KIND  # (here: _kinds imports this module)

    if _FIRM_OFFICE.search(view.doc.text, max(view.sent.start, m.start - 40), m.start):
        return COMPANY_KIND  # "export director Emre Kalaycıoğlu said": an office only a firm has
    hit = _OWNED_ROLE.search(view.doc.text, max(view.sent.start, m.start - 80), m.start)
    if hit is None or hit.group("role").casefold() not in _STAFF:
        return None
    if hit.group("name"):
        # "Eastgate's managing director": the body whose name ends right before "'s"
        end = hit.start("name") + len(hit.group("name"))
        owner = next((o for o in view.doc.mentions if o.type == "organization" and o.end == end), None)
        if owner is None:
            # ("Eastgate Aero Supply shipped ... Eastgate's managing director"): a short form of a body named before
            owner = next(
                (
                    o
                    for o in reversed(view.doc.mentions)
                    if o.type == "organization" and o.end <= hit.start() and o.text.split()[0] == hit.group("name")
                ),
                None,
            )
    else:
        # "deren Analyst", "its founder": the body that opened a sentence last before the pronoun (the
        # subject it refers to, not an object named since: "..., dass die serbische Armee ... verfügt")
        owner = next(
            (
                o
                for o in reversed(view.doc.mentions)
                if o.type == "organization" and o.end <= hit.start() and _opens(view, o)
            ),
            None,
        )
    if owner is None and hit.group("name") and hit.group("role").casefold() in _FIRM_ROLES:
        place = any(o.start <= hit.start("name") < o.end for o in view.doc.mentions if o.type != "organization")
        return None if place else COMPANY_KIND  # "Eastgate's managing director": a firm no pattern named
    return None if owner is None else str(kind_of(owner))


def _opens(view: SentenceView, o: Mention) -> bool:
    """Whether the mention stands in the first words of its sentence (its subject)."""
    sent = next((s for s in view.doc.sentences if s.start <= o.start < s.end), None)
    return sent is not None and len(view.doc.text[sent.start : o.start].split()) <= 3
