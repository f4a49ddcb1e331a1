"""Channels of a statement: the medium it went through ("über Telegram", "told Reuters", "Africa
Corps' official Telegram channel"), as opposed to its source."""

from __future__ import annotations

import re
from functools import cache

from ._context import SentenceView
from ._kinds import source_kind_of
from ._lexicon import Lexicon

__all__ = ["MEDIA_KINDS", "OWNER_OF_CHANNEL", "after_prep", "channels_of", "noun_start"]

MEDIA_KINDS = ("media", "social_media")
_ARTICLES = (
    r"(?<!\w)(der|die|das|dem|den|des|einem|einer|the|a|an|its|his|her|their|ihrem|seinem|ihren|seinen"
    r"|своём|своем|своей|своих|своєму|своїй|своїх|официальном|официальной|офіційному|офіційній)\s+$"
)
_ARTICLES_RE = re.compile(_ARTICLES)
# "Africa Corps' official Telegram channel": the owner before the platform speaks through it
OWNER_OF_CHANNEL = re.compile(r"['’]s?\s+(?:official\s+|own\s+)?", re.IGNORECASE)


@cache
def _after_prep_regex(preps: tuple[str, ...]) -> re.Pattern[str]:
    """Any channel preposition right before a position (one search instead of one per preposition)."""
    alts = "|".join(re.escape(p) for p in sorted(preps, key=len, reverse=True)) or r"(?!x)x"
    return re.compile(rf"(?<!\w)(?:{alts})\s+$")


@cache
def _word_regex(word: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-]){re.escape(word)}(?![\w-])")


def after_prep(view: SentenceView, lex: Lexicon, pos: int) -> bool:
    """Whether a channel preposition ("über", "told", "in an interview with") stands right before ``pos``."""
    before = view.doc.text[max(view.sent.start, pos - 40) : pos].casefold()
    if lex.lang in ("ru", "uk"):
        # a Russian or Ukrainian outlet's name stands in quotes: "газете «Коммерсантъ»" (in German a
        # quoted outlet after "der Zeitung" is more often a source: "Der Zeitung „Sega“ zufolge")
        before = before.rstrip('«„“"')
    before = _ARTICLES_RE.sub("", before)
    return _after_prep_regex(tuple(lex.channel_preps)).search(before) is not None


def noun_start(view: SentenceView, lex: Lexicon, pos: int) -> int:
    """Where the kind noun before a name starts ("told the daily Kompas": a channel, not a source)."""
    prev = [t for t in view.sent.tokens if t.end <= pos][-1:]
    return prev[0].start if prev and prev[0].text.casefold() in lex.source_nouns else pos


def channels_of(view: SentenceView, lex: Lexicon) -> list[tuple[str, int, int]]:
    """Channels: media/social-media organisations or channel words after a channel preposition."""
    out: list[tuple[str, int, int]] = []

    def prep_before(pos: int) -> bool:
        return after_prep(view, lex, pos)

    def owned(m_start: int) -> bool:  # "Africa Corps' official Telegram channel": a body's own channel
        return any(
            o.end < m_start and OWNER_OF_CHANNEL.fullmatch(view.doc.text, o.end, m_start)
            for o in view.mentions
            if o.type in ("organization", "person", "country")
        )

    for m in view.mentions:
        if (
            m.type == "organization"
            and source_kind_of(view, m) in MEDIA_KINDS
            and (prep_before(m.start) or owned(m.start))
        ):
            ent = view.kb.get(m.entity_id)
            out.append((ent.name if ent else m.text, m.start, m.end))
    sent_text = view.text
    for word, label in lex.channel_generic.items():
        if word not in sent_text:
            continue  # the pattern is case-sensitive: no occurrence, no match
        for hit in _word_regex(word).finditer(sent_text):
            a, b = hit.start() + view.sent.start, hit.end() + view.sent.start
            if not any(x[1] <= a < x[2] for x in out) and prep_before(a):
                out.append((label, a, b))
    return out
