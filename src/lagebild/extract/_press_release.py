"""The issuer of a press release: a header line such as "YEREVAN, 15 April – Press Service of the Ministry of
Defence" or "Пресс-служба Минобороны России" makes the body that issues the text the speaker of every
sentence the text does not attribute to someone else."""

from __future__ import annotations

import re

from ..document import Attribution, Document
from ..kb.load import KB
from ._candidates import candidates
from ._context import SentenceView
from ._lexicon import get_lexicon

__all__ = ["issuer"]

# the press office of a body, named in a short header line before the body of the text
_PRESS_OFFICE = re.compile(
    r"(?<![\w-])(?:press\s+(?:service|office)|press\s+and\s+information\s+(?:department|office)|"
    r"information\s+department|pressestelle|presseamt|pressedienst|"
    r"пресс-служб\w*|прес-служб\w*|пресслужб\w*|пресс-центр\w*|прес-центр\w*|пресцентр\w*|департамент\w*\s+информаци\w*|департамент\w*\s+інформаці\w*)"
    r"(?:\s+(?:of|des|der|de)(?:\s+the)?)?\s+",
    re.IGNORECASE,
)
_HEADER_LINES = 4  # the title, the dateline, a label ("STATEMENT"): the issuer stands before the body
_MAX_HEADER_WORDS = 20


def issuer(doc: Document, kb: KB) -> tuple[Attribution, tuple[int, int]] | None:
    """The issuing body as an attribution, with the span of its header line, or None."""
    blocks = [(a, b) for a, b in doc.blocks if doc.text[a:b].strip()]
    lex = get_lexicon(doc.lang or "en")
    for k, (a, b) in enumerate(blocks[:_HEADER_LINES]):
        line = doc.text[a:b]
        if len(line.split()) > _MAX_HEADER_WORDS:
            return None  # the body has begun
        hit = _PRESS_OFFICE.search(line)
        if hit is None:
            continue
        if k + 1 >= len(blocks) or lex.att_verbs.search(line) is not None:
            return None  # "Прес-служба ДСНС повідомила, що ...": a sentence of the body, no header
        sent = next((s for s in doc.sentences if s.start <= a + hit.end() < s.end), None)
        if sent is None:
            return None
        view = SentenceView.of(doc, sent, kb)
        bodies = [
            c
            for c in candidates(view, lex, set(), [])
            if a + hit.end() <= c.start < b and c.what in ("organization", "institution")
        ]
        # the first named ("Пресслужба 146-ї окремої механізованої бригади ЗСУ": the brigade, not the ЗСУ)
        body = min(bodies, key=lambda c: (c.start, -c.end), default=None)
        if body is None:
            return None
        att = Attribution(body.text, body.entity_id, body.kind, None, "press release", None, (body.start, body.end))
        return att, (a, b)
    return None
