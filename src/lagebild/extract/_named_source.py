"""The source a winning candidate names, made precise: a definite description resolved to the body
heard before, a role to the person who holds it, a body's name widened by its owner, parent or camp,
and the span that speaks."""

from __future__ import annotations

import re

from ..document import Attribution
from ._context import Hit, SentenceView
from ._coref import PUBLICATIONS, published_by, resolve_definite, role_holder
from ._kinds import role_of
from ._lexicon import Lexicon
from ._source_hints import foreign_namesake, office_holder, role_before
from ._sources import Candidate

__all__ = ["named_source"]

_OWN_PUBLICATION = re.compile(r"\b(?:in|im)\s+(?:seinem|ihrem|einem|its|their|a)\s+(?:[\w-]+\s+){0,4}?$", re.IGNORECASE)
_DESCRIBED = re.compile(r"(?<![\w-])(?:the|die|der|den|dem)\s+(?:[a-zäöüß-]+\s+){0,2}$", re.IGNORECASE)
_CAMP_PREFIX = re.compile(r"(?<![\w-])(?:pro|anti|Pro|Anti)-$")
_AND = re.compile(r"\s+(?:и|і|та|und|and)\s+")


def named_source(
    view: SentenceView,
    lex: Lexicon,
    cand: Candidate,
    cue: Hit,
    cands: list[Candidate],
    recent: list[Attribution],
    channel: str | None,
) -> Attribution:
    """The attribution of ``cand``, the candidate that won for ``cue``."""
    s0 = view.sent.start
    if (
        cand.what == "institution"
        and cand.text.casefold().split()[-1] in PUBLICATIONS
        and _OWN_PUBLICATION.search(view.doc.text, max(s0, cand.start - 60), cand.start)
    ):
        # "Eine Expertengruppe der Vereinten Nationen war in einem Bericht zu dem Schluss gekommen":
        # the subject's own report, the subject speaks
        bodies = [c for c in cands if c.end <= cand.start and c.what in ("organization", "institution")]
        # ("In ihrem Bericht schreibt die UN-Expertengruppe, ...": the subject after the verb, inverted)
        after = [
            c
            for c in cands
            if c.start >= s0 + cue.end()
            and c.what in ("organization", "institution")
            and c.start - (s0 + cue.end()) <= 6
            and c.text.casefold().split()[-1] not in PUBLICATIONS
        ]
        cand = min(bodies, key=lambda c: c.start) if bodies else (after[0] if after else cand)
    cand = resolve_definite(
        view,
        cand,
        recent or [],
        lex.generic_sources,
        frozenset(lex.source_nouns),
        lex.company_heads,
        lex.spokes_nouns,
        lex.group_nouns,
    )
    # "за словами міністра", "the minister said": the person introduced with that role before
    cand = role_holder(
        view, cand, lambda w: w.casefold() in lex.person_roles or role_of(w, lex) is not None, lex.role_aliases
    )
    if (
        cand.what == "institution"
        and cand.entity_id is None
        and cand.text.casefold().split()[-1] in lex.generic_sources
        # ("U.N. human rights office", "ombudsman's office": named by their own words already)
        and (lex.lang != "en" or (cand.text.islower() and not re.search(r"['’]s\b", cand.text)))
    ):
        # "the rebel group also said": with no body heard before, its words describe the speaker
        lead_in = _DESCRIBED.search(view.doc.text, max(view.sent.start, cand.start - 40), cand.start)
        if lead_in is not None:
            cand = Candidate(
                lead_in.start(), cand.end, view.doc.text[lead_in.start() : cand.end], None, cand.kind, cand.what
            )
    # "начальник Дніпропетровської ОВА Олександр Гриценко": the person the body's name describes speaks
    named = office_holder(view, cand, cands, s0 + cue.start())
    if named is not None and cand.what in ("organization", "institution"):
        cand = Candidate(named.start, named.end, named.text, named.entity_id, cand.kind, "person")
    # "nach Angaben seines Unternehmens Baykar": the name after a generic noun is the body that speaks
    body = next((c for c in cands if c.what == "organization" and 0 <= c.start - cand.end <= 1), None)
    if body is not None and cand.what == "institution" and body.entity_id is not None:
        cand = body
    else:
        cand = published_by(view, cand, cands)  # "laut einem Bericht des Verteidigungsausschusses"
    # "В Главном управлении разведки Минобороны Украины утверждают": a body before its parent in the
    # genitive speaks
    sub = next((c for c in cands if c.what == "organization" and 0 <= cand.start - c.end <= 1), None)
    if lex.lang in ("ru", "uk") and cand.what == "organization" and sub is not None and sub.entity_id:
        text = view.doc.text[sub.start : cand.end]
        cand = Candidate(sub.start, cand.end, text, sub.entity_id, sub.kind, "organization")
    if lex.lang in ("ru", "uk") and cand.what in ("organization", "institution"):
        cand = role_before(lex, view, cand)
    if lex.lang in ("ru", "uk") and cand.what == "organization":
        cand = foreign_namesake(view, cand)  # "Минобороны Литвы": not Russia's ministry
    # "des südkoreanischen Geheimdienstes NIS": the description before the name is source text too
    lead = next((c for c in cands if c.what == "institution" and 0 <= cand.start - c.end <= 1), None)
    span_start = lead.start if lead is not None and cand.what in ("organization", "person") else cand.start
    # "Taiwan's Ministry of National Defense": the owner is part of the source, not a party
    owner = next((m for m in view.mentions if view.doc.text[m.end : span_start] in ("'s ", "’s ")), None)
    if owner is not None and (cand.entity_id is None or view.kb.get(cand.entity_id) is None):
        # "Japan's Ministry of Defense": a body no KB entry names is named with its owner
        text = view.doc.text[owner.start : cand.end]
        cand = Candidate(owner.start, cand.end, text, cand.entity_id, cand.kind, cand.what)
    span_start = owner.start if owner is not None else span_start
    camp = _CAMP_PREFIX.search(view.doc.text, max(0, span_start - 8), span_start)
    if camp is not None and span_start == cand.start:
        # "a pro-Islamic State channel": the camp prefix belongs to the name
        span_start = camp.start()
        cand = Candidate(
            span_start, cand.end, view.doc.text[span_start : cand.end], cand.entity_id, cand.kind, cand.what
        )
    # "по данным Сеула и Киева", "according to Seoul and Kyiv": the second speaker is no party either
    joined = _AND.match(view.doc.text, cand.end)
    co = (
        next((c for c in cands if c.start == joined.end() and c.what == cand.what), None)
        if joined is not None
        else None
    )
    return Attribution(
        source=cand.text,
        source_entity=cand.entity_id,
        source_kind=cand.kind,
        channel=channel,
        cue=cue.group() if channel is None else f"{cue.group()} ... {channel}",
        cue_span=(s0 + cue.start(), s0 + cue.end()),
        source_span=(span_start, co.end if co is not None else cand.end),
    )
