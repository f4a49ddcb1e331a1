"""Broadcasters that show what they report: "Algerian state television showed two of the jets", "das
Staatsfernsehen zeigte", "госТВ показало". A media outlet (or a channel) as the subject of a verb of
showing speaks for what it shows; other subjects of such verbs ("satellite images showed") do not."""

from __future__ import annotations

import re

from ..document import Attribution
from ._context import SentenceView
from ._lexicon import Lexicon
from ._sources import Candidate

__all__ = ["shown_by"]

_MAX_GAP = 40  # characters between the outlet's name and its verb ("state broadcaster RTB showed")


def shown_by(view: SentenceView, lex: Lexicon, cands: list[Candidate], channel: str | None) -> Attribution | None:
    """The outlet that showed what the sentence reports, or None."""
    s0 = view.sent.start
    for verb in view.find(lex.display_verbs):
        v0 = s0 + verb.start()
        outlet = max(
            (c for c in cands if c.kind in ("media", "social_media") and 0 <= v0 - c.end <= _MAX_GAP),
            key=lambda c: c.end,
            default=None,
        )
        if outlet is None and _AS_BEFORE.search(view.doc.text[s0:v0]):
            # "Как показало кубинское государственное телевидение, ...": the outlet after the verb
            v1 = s0 + verb.end()
            outlet = next(
                (
                    c
                    for c in cands
                    if c.kind in ("media", "social_media")
                    and 0 <= c.start - v1 <= _MAX_GAP
                    and not any(p in view.doc.text[v1 : c.start] for p in ",;:")
                ),
                None,
            )
            if outlet is not None:
                return Attribution(
                    outlet.text, outlet.entity_id, outlet.kind, channel, verb.group(), (v0, s0 + verb.end()),
                    (outlet.start, outlet.end),
                )  # fmt: skip
        if outlet is None or "," in view.doc.text[outlet.end : v0]:
            continue
        return Attribution(
            outlet.text, outlet.entity_id, outlet.kind, channel, verb.group(), (v0, s0 + verb.end()),
            (outlet.start, outlet.end),
        )  # fmt: skip
    return None


# "Как показало ...", "Як показало ...": the display verb opens its own clause, its outlet after it
_AS_BEFORE = re.compile(r"(?:^|[,;:—–]\s*)(?:как|как это|як|як це)\s*$", re.IGNORECASE)
