"""Quotations that run over several sentences: every sentence of the quotation is the words of the
one who is quoted, whether the speaker is named before it ('the ministry said: "A. B. C."'), after
it ('"A. B," the governor said.') or, for a quotation that opens its own sentence with no speaker at
either end, in the sentence just before it."""

from __future__ import annotations

from ..document import Attribution, Claim, Document, Sentence
from ..kb.load import KB
from ._candidates import candidates
from ._context import DocIndex, SentenceView
from ._lexicon import Lexicon
from .attribution import attribute

__all__ = ["carry_quotations"]

_OPEN = frozenset("„«‹")
_CLOSE = frozenset("”»›")
_EITHER = frozenset('"“')  # German „...“ closes with “, English “...” opens with it


def _spans(text: str) -> list[tuple[int, int]]:
    """(opening mark, closing mark) of each quotation; one left open runs to the end of its
    paragraph (a quotation over several paragraphs reopens each one)."""
    out: list[tuple[int, int]] = []
    start: int | None = None
    opening, closing = _OPEN, _CLOSE
    first = next((ch for ch in text if ch in "«»"), None)
    if first == "»":
        opening, closing = frozenset("»„›"), frozenset("«”‹")  # German »...«: the marks point inwards
    for i, ch in enumerate(text):
        if ch == "\n" and text.startswith("\n\n", i):
            if start is not None:
                out.append((start, i))
            start = None
        elif start is None and (ch in opening or ch in _EITHER):
            start = i
        elif start is not None and (ch in closing or ch in _EITHER):
            out.append((start, i))
            start = None
    if start is not None:
        out.append((start, len(text)))
    return out


def _speaker(view: SentenceView, lex: Lexicon, sources: list[Attribution], before: int | None) -> Attribution | None:
    """The named speaker of the sentence that opens (``before``: the quotation mark's offset) or
    closes the quotation, found outside the quoted words."""
    att = attribute(view, lex, len(view.text), set(), sources)
    if (att.source is None and att.source_kind != "anonymous") or att.cue_span is None:
        return None  # (an unnamed speaker speaks the quotation too: '"A. B," a local official said.')
    cue = att.cue_span[0]
    if before is not None:
        return att if cue < before else None  # 'the ministry said: "..."': the cue stands before the quote
    return att


def _issuer(view: SentenceView, lex: Lexicon) -> Attribution | None:
    """The body that issued a statement the sentence before a quotation names ("Die Garnison hatte die
    Übung in einer Pressemitteilung angekündigt. „..."): the first body or person named before the frame."""
    frame = view.search(lex.release_frames)
    if frame is None:
        return None
    s0 = view.sent.start
    named = [
        c
        for c in candidates(view, lex, set(), [])
        if c.what in ("organization", "institution", "person") and c.end <= s0 + frame.start()
    ]
    body = min(named, key=lambda c: c.start, default=None)
    if body is None:
        return None
    span = (s0 + frame.start(), s0 + frame.end())
    return Attribution(body.text, body.entity_id, body.kind, None, frame.group(), span, (body.start, body.end))


def _whole_sentence(text: str, sent: Sentence, q0: int, q1: int, lex: Lexicon) -> bool:
    """Whether a quotation is its sentence, with no speech verb of its own ('"We pulled out eleven bodies."'
    after '"...," said X.'): it goes on from the speaker before."""
    start, end = sent.start, sent.end
    outside = text[start:q0] + text[q1 + 1 : end]
    return not outside.strip(" .\n") and lex.att_verbs.search(text[start:end]) is None


def carry_quotations(
    doc: Document, kb: KB, lex: Lexicon, claims: list[Claim], heard: dict[int, list[Attribution]]
) -> None:
    """Give the claims of a quotation's inner sentences, which name no source of their own, the
    attribution of the one who is quoted; ``heard`` holds, per sentence start, the sources heard before
    that sentence (for pronouns and definite descriptions)."""
    if not claims:
        return
    index = DocIndex.of(doc.text)
    sents = [s for s in doc.sentences if not s.is_heading]
    for q0, q1 in _spans(doc.text):
        inside = [s for s in sents if q0 < s.end and s.start < q1]
        if not inside or (len(inside) < 2 and not _whole_sentence(doc.text, inside[0], q0, q1, lex)):
            continue  # a quotation within one sentence: the sentence's own rules read it
        first, last = inside[0], inside[-1]
        att = _speaker(SentenceView.of(doc, first, kb, index), lex, heard.get(first.start, []), q0)
        tail = doc.text[q1 + 1 : last.end] if q1 < len(doc.text) else ""
        if att is None and q1 < len(doc.text) and doc.text[q1] in _CLOSE | _EITHER:
            if tail.strip(" .,;!?") and last.end > q1:
                # '"A. B," the governor said.': the speaker after the closing mark
                found = _speaker(SentenceView.of(doc, last, kb, index), lex, heard.get(last.start, []), None)
                att = found if found is not None and found.cue_span and found.cue_span[0] > q1 else None
        opens_sentence = not doc.text[first.start : q0].strip()
        before = [t for t in sents if t.end <= first.start]
        # ('"A. B," a local official said.': an unnamed speaker after the closing mark is still its speaker)
        closed = doc.text[q1 : q1 + 1] in _CLOSE | _EITHER and lex.att_verbs.search(tail) is not None
        if att is None and opens_sentence and before and not closed and doc.text.count("\n\n", before[-1].end, q0) <= 1:
            # 'The army said four soldiers were killed. "At 03:40, ... . Our teams ..."': a quotation that opens
            # its own sentence, with no speaker at either end, goes on from the speaker just before it
            view = SentenceView.of(doc, before[-1], kb, index)
            found = attribute(view, lex, len(before[-1].text), set(), heard.get(before[-1].start, []))
            att = found if found.source is not None else _issuer(view, lex)
        if att is None:
            continue
        for claim in claims:
            if not (q0 <= claim.start < q1) and not (claim.start < q0 < claim.end and claim.end <= q1 + 2):
                continue
            if claim.attribution.source or claim.attribution.source_kind not in ("author", None):
                continue
            if att.cue_span and claim.start <= att.cue_span[0] < claim.end:
                continue  # the sentence that names the speaker read itself
            claim.attribution = Attribution(
                source=att.source,
                source_entity=att.source_entity,
                source_kind=att.source_kind,
                channel=att.channel,
                cue=att.cue,
                cue_span=att.cue_span,
                source_span=att.source_span,
            )
            if claim.factuality == "asserted":
                claim.factuality = "reported"
            claim.rule = f"{claim.rule}+quotation" if claim.rule else "quotation"
