"""How far a known body's name reaches as a source: the whole phrase that names it, so that an analyst
reads who spoke ("des Gemeinsamen Stabs der Selbstverteidigungsstreitkräfte", not the forces; "the Kani
People's Defence Force", not every PDF; "des UN-Expertengremiums", not the UN; "the U.N. human rights office
in Haiti", not the U.N.). The entity stays the known body."""

from __future__ import annotations

import re

from ..document import Mention
from ._context import SentenceView
from ._lexicon import Lexicon

__all__ = ["source_extent"]

# German: a capitalised phrase that ends in a staff or office noun, then "der"/"des" before the body
_STAFF_OF = re.compile(
    r"((?:(?!(?:Das|Der|Die|Dem|Den|Des|Ein|Eine|Einer|Eines|Einem|Nach|Laut|Wie)\s)[A-ZÄÖÜ][\w-]*\s+){0,2}"
    r"(?:Stab|Stabs|Stabes|Generalstab|Generalstabs|Kommando|Kommandos|Führung|"
    r"Hauptquartier|Hauptquartiers|Pressestelle|Oberkommando|Oberkommandos|Expertengremium|Expertengremiums|"
    r"Sanktionsausschuss|Sanktionsausschusses))\s+(?:der|des)\s+$"
)
# English: "the Kani People's Defence Force": one capitalised qualifier after "the"
_QUALIFIER = re.compile(r"\bthe\s+([A-Z][a-z]+)\s+$")
# a hyphenated compound the name opens: "des UN-Expertengremiums", "der NATO-Mission"
_COMPOUND = re.compile(
    r"-[A-ZÄÖÜ][\wäöüß]+(?:\s+(?:für|zu|zum|zur)(?:\s+(?:die|den|das|der))?(?:\s+[A-ZÄÖÜ][\w-]*){1,4})?"
)
# an acronym that a description of one of its offices may follow ("U.N.", "EU", "NATO")
_ACRONYM = re.compile(r"[A-Z][A-Z.]{1,6}")
# English: lower-case words that end in an office noun, maybe with its seat ("U.N. human rights office in Haiti")
_OFFICE_AFTER = re.compile(
    r"\s+((?:[a-z][\w-]*\s+){0,3}(?:office|agency|mission|department|commission|committee|service|command))"
    r"(?:\s+in\s+[A-Z][\w-]*)?(?![\w-])"
)


def source_extent(view: SentenceView, lex: Lexicon, m: Mention, start: int) -> tuple[int, int]:
    """The span of the phrase that names the known body ``m`` as a source (``start`` may already reach
    back over its own country)."""
    text = view.doc.text
    end = m.end
    lo = max(view.sent.start, start - 60)
    if lex.lang == "de":
        staff = _STAFF_OF.search(text, lo, start)
        if staff is not None:
            start = staff.start(1)
    elif lex.lang == "en":
        qualifier = _QUALIFIER.search(text, lo, start)
        # (a place qualifies a local body: "the Kani People's Defence Force"; a person or body does not)
        if qualifier is not None and not any(
            x.start <= qualifier.start(1) < x.end and x.type in ("person", "organization", "country")
            for x in view.mentions
        ):
            start = qualifier.start(1)
        office = _OFFICE_AFTER.match(text, end) if _ACRONYM.fullmatch(m.text) else None
        if office is not None and office.end() <= view.sent.end:
            end = office.end()
    compound = _COMPOUND.match(text, end) if lex.lang == "de" else None
    if compound is not None and compound.end() <= view.sent.end:
        end = compound.end()
    return start, end
