"""German sources an impersonal or possessive phrase names: the genitive before a count ("Nach Amsels
Zählung", "laut Müllers Schätzung": the person or body whose count it is) and the capital an impersonal
cue comes from ("In Moskau hieß es", "hieß es aus Kiew": its government)."""

from __future__ import annotations

import re

from ..document import Mention
from ._context import Hit, SentenceView

__all__ = ["capital_says", "saxon_genitive"]

_OWN_COUNT = re.compile(
    r"\b(?:[Nn]ach|[Ll]aut|[Gg]emäß)\s+([A-ZÄÖÜ][\w-]+s)\s+(?:eigenen?\s+)?"
    r"(?:Zählung|Angaben|Worten|Schätzungen?|Einschätzung|Berechnungen?|Rechnung|Darstellung|Analyse|Daten|"
    r"Recherchen?|Erkenntnissen|Informationen)\b"
)


def saxon_genitive(view: SentenceView) -> tuple[Mention, Hit] | None:
    """The person or organisation named in a genitive right before a word for its count, with the cue."""
    if view.doc.lang != "de":
        return None
    hit = _OWN_COUNT.search(view.text)
    if hit is None:
        return None
    a, b = view.sent.start + hit.start(1), view.sent.start + hit.end(1)
    owner = next(
        (m for m in view.mentions if m.start == a and m.end == b and m.type in ("person", "organization")), None
    )
    return (owner, Hit(hit.start(), hit.end(), hit.group())) if owner is not None else None


_CAPITAL_SAYS = re.compile(
    # (at the sentence's start: "Aus Sicherheitskreisen in Taipeh hieß es" is the seat of unnamed sources)
    r"^\W*(?:In|Aus)\s+(?P<a>[A-ZÄÖÜ][\w-]+)\s+(?:hieß|heißt)\s+es\b"
    r"|\b(?:hieß|heißt)\s+es\s+(?:in|aus)\s+(?P<b>[A-ZÄÖÜ][\w-]+)(?=[\s,.;])"
)


def capital_says(view: SentenceView) -> tuple[Mention, Hit] | None:
    """A capital that stands for its state with an impersonal cue ("In Moskau hieß es", "..., hieß es in
    Kiew"): the capital speaks, for its government."""
    if view.doc.lang != "de":
        return None
    hit = _CAPITAL_SAYS.search(view.text)
    if hit is None:
        return None
    name = "a" if hit.group("a") else "b"
    a, b = view.sent.start + hit.start(name), view.sent.start + hit.end(name)
    capital = next((m for m in view.mentions if m.start == a and m.end == b and view.metonym(m)), None)
    return (capital, Hit(hit.start(), hit.end(), hit.group())) if capital is not None else None
