"""A German source named in the genitive before its count ("Nach Amsels Zählung", "laut Müllers
Schätzung"): the person (or body) whose count it is speaks."""

from __future__ import annotations

import re

from ..document import Mention
from ._context import Hit, SentenceView

__all__ = ["saxon_genitive"]

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
