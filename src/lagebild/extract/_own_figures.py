"""A country's or body's own figures as the source: "Nach israelischen Angaben", "according to Israeli
figures", "nach thailändischen Militärangaben"."""

from __future__ import annotations

import re

from ..document import Attribution
from ._context import SentenceView
from ._lexicon import Lexicon
from ._sources import Candidate

__all__ = ["own_figures"]

# (an adjective of the figures' standing may stand between: "nach offiziellen indischen Angaben")
_OWN_FIGURES_LEAD = re.compile(
    r"(?<![\w-])(?:nach|laut|according\s+to|per)\s+"
    r"(?P<standing>(?:offiziellen|amtlichen|jüngsten|neuesten|official|latest|[a-zäöü]+schen)\s+)?$",
    re.IGNORECASE,
)


def own_figures(view: SentenceView, lex: Lexicon, cands: list[Candidate], channel: str | None) -> Attribution | None:
    """The figures a candidate names right after "nach", "laut", "according to" (with an adjective of their
    standing or a country's adjective between): "nach israelischen Angaben" (a word that is a source only
    with an owner) or "nach thailändischen Militärangaben" (a source compound)."""
    s0 = view.sent.start
    for c in cands:
        words = c.text.split()
        opener = _OWN_FIGURES_LEAD.search(view.doc.text, max(s0, c.start - 20), c.start)
        tail = bool(words) and words[-1].casefold().endswith(lex.compound_sources)
        owned = c.what == "institution" and bool(words) and words[-1].casefold() in lex.owned_only
        if (owned or (tail and c.what in ("institution", "organization"))) and opener is not None:
            a = opener.start("standing") if opener.group("standing") else c.start
            return Attribution(
                view.doc.text[a : c.end], None, c.kind, channel, view.doc.text[opener.start() : c.end],
                (opener.start(), c.end), (a, c.end),
            )  # fmt: skip
    return None
