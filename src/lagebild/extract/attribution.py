"""Attribution: who a claim comes from, through which channel, and of what kind.

A named source is the person or organisation nearest to an attribution cue
("sagte", "teilte ... mit", "laut", "zufolge", "according to", "told"); a
channel is a medium after a channel preposition ("über Telegram", "told
Reuters"). Without a named source, an anonymous cue ("Berichten zufolge",
"man geht davon aus", "angeblich", "sources said") makes the claim anonymous;
otherwise the author stands behind it.
"""

from __future__ import annotations

import re

from ..document import Attribution, Mention
from ._context import SentenceView
from ._lexicon import Lexicon

__all__ = ["attribute", "source_kind_of"]

_SOURCE_TYPES = ("person", "organization", "country")
_MEDIA_KINDS = ("media", "social_media")


def source_kind_of(view: SentenceView, m: Mention) -> str:
    if view.kind(m) == "country":
        return "government"
    ent = view.kb.get(m.entity_id)
    if m.type == "person":
        if ent is not None and ent.affiliation:
            org = view.kb.get(ent.affiliation)
            if org is not None and org.source_kind:
                return org.source_kind
        return "person"
    if ent is not None and ent.source_kind:
        return ent.source_kind
    return "government" if m.type == "organization" else "person"


def _channels(view: SentenceView, lex: Lexicon) -> list[tuple[Mention | None, str, int, int]]:
    """Channel mentions: media/social-media organisations or generic channel words after a channel preposition."""
    out: list[tuple[Mention | None, str, int, int]] = []
    preps = sorted(lex.channel_preps, key=len, reverse=True)
    text = view.doc.text
    for m in view.mentions:
        if m.type != "organization" or source_kind_of(view, m) not in _MEDIA_KINDS:
            continue
        before = text[max(view.sent.start, m.start - 40) : m.start].casefold()
        before = re.sub(
            r"\b(der|die|das|dem|den|des|einem|einer|the|a|an|its|his|her|their|ihrem|seinem|ihren|seinen)\s+$",
            "",
            before,
        )
        if any(re.search(rf"(?<!\w){re.escape(p)}\s+$", before) for p in preps):
            ent = view.kb.get(m.entity_id)
            out.append((m, ent.name if ent else m.text, m.start, m.end))
    for word, label in lex.channel_generic.items():
        for hit in re.finditer(rf"(?<![\w-]){re.escape(word)}(?![\w-])", view.text):
            a, b = hit.start() + view.sent.start, hit.end() + view.sent.start
            if any(x[2] <= a < x[3] for x in out):
                continue
            before = view.text[max(0, hit.start() - 40) : hit.start()].casefold()
            before = re.sub(
                r"\b(der|die|das|dem|den|des|einem|einer|ihrem|seinem|the|a|an|its|his|her|their)\s+$", "", before
            )
            if any(re.search(rf"(?<!\w){re.escape(p)}\s+$", before) for p in preps):
                out.append((None, label, a, b))
    return out


def _nearest(view: SentenceView, cands: list[Mention], pos: int, side: str, reach: int = 80) -> Mention | None:
    best: tuple[float, Mention] | None = None
    for m in cands:
        if side == "after" and m.start >= pos:
            dist = m.start - pos
        elif side == "before" and m.end <= pos:
            dist = pos - m.end
        elif side == "both":
            dist = min(abs(m.start - pos), abs(pos - m.end))
        else:
            continue
        if dist > reach:
            continue
        # people first, then organisations, then governments named by their country
        rank = dist + {"person": 0, "organization": 5, "country": 25}[view.kind(m)]
        if best is None or rank < best[0]:
            best = (rank, m)
    return best[1] if best else None


def attribute(view: SentenceView, lex: Lexicon, scope_end: int, exclude: set[str]) -> Attribution:
    """Attribution of the claim in ``view``; ``scope_end`` is relative to the sentence."""
    s0 = view.sent.start
    channels = _channels(view, lex)
    channel_spans = [(a, b) for _, _, a, b in channels]
    cands = [
        m
        for m in view.mentions
        if view.kind(m) in _SOURCE_TYPES
        and m.entity_id not in exclude
        and not any(a <= m.start < b for a, b in channel_spans)
    ]
    channel = channels[0][1] if channels else None
    found: tuple[Mention, str, int, int] | None = None
    anon = list(lex.anonymous.finditer(view.text))
    cues: list[tuple[int, int, re.Match[str], str, bool]] = []
    for prio, (pat, side) in enumerate(
        ((lex.before_source, "after"), (lex.after_source, "before"), (lex.denial, "both"), (lex.att_verbs, "both"))
    ):
        for cue in pat.finditer(view.text):
            if any(a.start() <= cue.start() < a.end() for a in anon):
                continue  # "Berichten zufolge": anonymous, not a named source
            cues.append((0 if cue.start() < scope_end else 1, prio, cue, side, pat is lex.denial))
    cues.sort(key=lambda c: (c[0], c[1], c[2].start()))
    for _, _, cue, side, denial in cues:
        src = _nearest(view, cands, s0 + (cue.end() if side == "after" else cue.start()), side)
        if src is None:
            continue
        if view.kind(src) == "country" and not denial and side == "both" and src.start > s0 + cue.start():
            continue  # a country after a speech verb is rarely its subject
        found = (src, cue.group(), s0 + cue.start(), s0 + cue.end())
        break
    if found:
        src, cue_text, a, b = found
        ent = view.kb.get(src.entity_id)
        full_cue = cue_text if channel is None else f"{cue_text} ... {channel}"
        return Attribution(
            source=src.text if ent is None or src.type == "person" else src.text,
            source_entity=src.entity_id,
            source_kind=source_kind_of(view, src),
            channel=channel,
            cue=full_cue,
            cue_span=(a, b),
            source_span=(src.start, src.end),
        )
    anon_words = [t for t in view.sent.tokens if t.text.casefold() in lex.anonymous_sources]
    has_verb = bool(lex.att_verbs.search(view.text))
    if anon:
        cue = anon[0]
        return Attribution(None, None, "anonymous", channel, cue.group(), (s0 + cue.start(), s0 + cue.end()))
    if anon_words and has_verb:
        return Attribution(
            None, None, "anonymous", channel, anon_words[0].text, (anon_words[0].start, anon_words[0].end)
        )
    return Attribution(channel=channel)
