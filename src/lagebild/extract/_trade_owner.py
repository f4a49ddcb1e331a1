"""Whose imports or exports a share or sum counts: "81 Prozent der pakistanischen Rüstungsimporte
stammen aus China" (Pakistan receives), "Pakistan's arms imports", "Russia's arms exports" (Russia
supplies). The lexicon lists the nouns (``import_nouns``, ``export_nouns``)."""

from __future__ import annotations

import re

from ..document import Mention
from ._context import SentenceView
from ._lexicon import Lexicon

__all__ = ["trade_owner"]

# what may stand between the owner and the noun: a possessive, an article, "arms", "defence"
_BETWEEN = re.compile(r"(?:['’]s?)?\s+(?:(?:arms|weapons|defen[cs]e|military|major|the)\s+)*$", re.IGNORECASE)


def trade_owner(
    view: SentenceView, lex: Lexicon, countries: list[tuple[Mention, str]]
) -> tuple[str | None, str | None]:
    """(supplier, recipient): the country right before an export or an import noun."""
    supplier = recipient = None
    text = view.doc.text
    for pat, role in ((lex.import_nouns, "recipient"), (lex.export_nouns, "supplier")):
        for hit in view.find(pat):
            at = view.sent.start + hit.start()
            # "pakistanischen Rüstungsimporte", "Pakistan's arms imports", "Russia's exports"
            owner = next(
                (cid for m, cid in countries if m.end <= at and _BETWEEN.fullmatch(text, m.end, at)),
                None,
            )
            if owner is None:
                continue
            if role == "recipient":
                recipient = recipient or owner
            else:
                supplier = supplier or owner
    return supplier, recipient
