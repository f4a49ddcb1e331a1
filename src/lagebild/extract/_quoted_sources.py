"""A name in quotation marks right after a source cue names the source, known or not: "по данным
«Острогожск онлайн»", "по подсчетам «Переклички»", "за даними «Безпекового радару»". Its kind is that of
the body the report introduced under the same name ("телеграм-канал «Острогожск онлайн»"), else ngo."""

from __future__ import annotations

import re

from ._context import SentenceView
from ._lexicon import Lexicon
from ._sources import Candidate

__all__ = ["quoted_after_cue", "run_outlets"]

_QUOTED = re.compile(r"\s*«([^«»]{2,60})»")


def quoted_after_cue(view: SentenceView, lex: Lexicon, taken: list[Candidate]) -> list[Candidate]:
    """Candidates for quoted names after the sentence's source cues that no other candidate covers."""
    if lex.lang not in ("ru", "uk"):
        return []
    s0 = view.sent.start
    text = view.doc.text
    out: list[Candidate] = []
    for cue in view.find(lex.before_source):
        m = _QUOTED.match(text, s0 + cue.end())
        if m is None or any(c.start < m.end() and m.start() < c.end for c in taken):
            continue
        name = m.group(1)
        kinds = view.doc.meta.get("org_kinds", {})
        earlier = next(
            (
                x
                for x in reversed(view.doc.mentions)
                if x.end <= m.start() and x.type == "organization" and name in x.text
            ),
            None,
        )
        kind = str(kinds.get(earlier.entity_id) or "ngo") if earlier is not None else _introduced(view, lex, name)
        eid = earlier.entity_id if earlier is not None else None
        out.append(Candidate(m.start(1), m.end(1), name, eid, kind, "institution"))
    return out


_WORDS = re.compile(r"[\w-]+")


def _introduced(view: SentenceView, lex: Lexicon, name: str) -> str:
    """The kind of the noun that introduced the name where the report first quoted it ("Местные
    Telegram-каналы «A» и «B»": social media), else ngo."""
    first = view.doc.text.find(f"«{name}»")
    if first < 0 or first >= view.sent.start:
        return "ngo"
    before = _WORDS.findall(view.doc.text[max(0, first - 60) : first])
    for word in reversed(before):
        low = word.casefold().rsplit("-", 1)[-1]
        kind = next((k for n, k in lex.source_nouns.items() if len(n) >= 5 and low.startswith(n)), None)
        if kind is not None:
            return kind
    return "ngo"


# "Houthi-run television", "Hamas-controlled media": an outlet a group runs speaks as an outlet
_RUN_OUTLET = re.compile(
    r"-(?:run|controlled|owned|affiliated|aligned)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:(television|TV|broadcaster|radio|newspaper|news\s+agency|media|outlet|website)|(channel|account))\b",
    re.IGNORECASE,
)


def run_outlets(view: SentenceView, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` with a group that runs an outlet ("Houthi-run television said") replaced by the outlet."""
    out: list[Candidate] = []
    for c in cands:
        m = _RUN_OUTLET.match(view.doc.text, c.end) if c.what in ("organization", "country") else None
        if m is None or m.end() > view.sent.end:
            out.append(c)
            continue
        kind = "media" if m.group(1) else "social_media"
        out.append(Candidate(c.start, m.end(), view.doc.text[c.start : m.end()], None, kind, "institution"))
    return out
