"""References to a speaker by a role, a possession or a label rather than a name in the clause: "Its press
service" ("Її пресслужба") is the body named last, "the spokesman" after the verb ("додав речник") and "his
team" ("Sein Team zählte") the person who spoke before, "ein Sprecher" with no owner the body that spoke, and
a name that labels a line ("ДСНС: ...") its speaker."""

from __future__ import annotations

import re
from typing import Any

from ._context import SentenceView
from ._lexicon import Lexicon
from ._sources import Candidate

__all__ = ["line_label", "role_reference", "spokesperson_of"]


def role_reference(
    view: SentenceView, lex: Lexicon, toks: list[Any], i: int, verbs: list[tuple[int, int]]
) -> list[Candidate] | None:
    """The candidates the role reference at ``toks[i]`` makes (possibly none), or None when it is no such
    reference and ``toks[i]`` may still be a pronoun."""
    t = toks[i]
    low = t.text.casefold()
    if low in lex.press_services and i > 0 and toks[i - 1].text.casefold() in lex.its_possessives:
        # "Її пресслужба повідомила": the press service of the body named last
        body = _last_body(view, lex, toks[i - 1].start)
        if body is None:
            return []
        return [Candidate(toks[i - 1].start, t.end, body[0], body[1], body[2], "institution")]
    if (
        lex.lang in ("ru", "uk")
        and low in lex.spokes_nouns
        and t.text[:1].islower()
        and i > 0
        and any(a <= toks[i - 1].start < b for a, b in verbs)
        and (i + 1 == len(toks) or not toks[i + 1].text[:1].isalnum())
    ):
        # "..., додав речник", "..., уточнил представитель": the spokesman who spoke before
        return [Candidate(t.start, t.end, t.text, None, min(lex.person_pronouns), "pronoun")]
    if low in lex.team_nouns and i > 0 and toks[i - 1].text.casefold() in lex.team_owners and lex.person_pronouns:
        # "Sein Team zählte ...", "His team counted ...": the person named last speaks with their team
        if not any(a <= n.start < b for n in toks[i + 1 : i + 3] for a, b in verbs):
            return []
        text = view.doc.text[toks[i - 1].start : t.end]
        return [Candidate(toks[i - 1].start, t.end, text, None, min(lex.person_pronouns), "pronoun")]
    return None


def _last_body(view: SentenceView, lex: Lexicon, before: int) -> tuple[str, str | None, str] | None:
    """The organisation named last before ``before``: its name, entity and kind (a company's: ngo)."""
    org = next((m for m in reversed(view.doc.mentions) if m.end <= before and m.type == "organization"), None)
    firms = list(lex.firm_named.finditer(view.doc.text, 0, before)) if lex.firm_named else []
    firm = firms[-1] if firms else None
    if firm is not None and (org is None or firm.start() > org.end):
        return firm.group(1), None, "ngo"
    if org is None:
        return None
    ent = view.kb.get(org.entity_id)
    kind = (ent.source_kind if ent is not None else None) or view.doc.meta.get("org_kinds", {}).get(org.entity_id)
    return org.text, org.entity_id, str(kind or "ngo")


# the owner of a role named right after it: "ein Sprecher des Ministeriums", "a spokesman for the army"
_ROLE_OWNER = re.compile(r"\s+(?:des|der|von|vom|for|of|at)\s", re.IGNORECASE)
_INDEFINITE = frozenset("ein eine einer a an".split())


def spokesperson_of(
    view: SentenceView, lex: Lexicon, cand: Candidate, cands: list[Candidate], recent: list[Any]
) -> Candidate | None:
    """ "Rheinmetall wies das zurück: ..., erklärte ein Sprecher": a spokesperson with no owner named speaks
    for the body that opens the sentence, else for the body that spoke last ("its spokesman": the body named
    last); None when ``cand`` is no such spokesperson or no body is there."""
    if cand.what != "institution" or cand.text.casefold() not in lex.spokes_nouns:
        return None
    if view.word_before(cand.start).casefold() in lex.its_possessives and lex.lang in ("en", "de"):
        # "The Libyan National Army ... denied ... "...," its spokesman said": the body named last
        body = _last_body(view, lex, cand.start)
        return None if body is None else Candidate(cand.start, cand.end, body[0], body[1], body[2], "institution")
    if view.word_before(cand.start).casefold() not in _INDEFINITE or _ROLE_OWNER.match(view.doc.text, cand.end):
        return None
    opener = min(
        (c for c in cands if c.what in ("organization", "institution") and c is not cand and c.end <= cand.start),
        key=lambda c: c.start,
        default=None,
    )
    if opener is not None and len(view.doc.text[view.sent.start : opener.start].split()) <= 3:
        return Candidate(cand.start, cand.end, opener.text, opener.entity_id, opener.kind, "institution")
    last = recent[-1] if recent else None
    opened = _opener_before(view, lex, last)
    if opened is not None:
        return Candidate(cand.start, cand.end, opened[0], None, opened[1], "institution")
    if last is None or not last.source or last.source_kind in (None, "anonymous", "person"):
        return None
    if (last.source_entity or "").startswith(("person:", "country:")):
        return None
    return Candidate(cand.start, cand.end, last.source, last.source_entity, last.source_kind, "institution")


def _opener_before(view: SentenceView, lex: Lexicon, last: Any) -> tuple[str, str] | None:
    """ "Die Wasserschutzpolizei hat ... keine Hinweise gefunden. Ein Sprecher verwies darauf, ...": the
    body that opens the sentence before, when no source spoke there since (its word and kind)."""
    sents = view.doc.sentences
    i = next((k for k, s in enumerate(sents) if s.start == view.sent.start), 0)
    if i == 0:
        return None
    prev = sents[i - 1]
    if last is not None and last.source_span and last.source_span[0] >= prev.start:
        return None  # a source spoke in the sentence before: the last source rule decides
    words = prev.text.split()[:3]
    for k, word in enumerate(words):
        if k > 0 and words[k - 1].casefold() not in _DEFINITE_ARTICLES:
            break
        kind = next((kd for pat, kd in lex.institutions if pat.fullmatch(word)), None)
        if kind is not None and word[:1].isupper():
            return word, kind
    return None


_DEFINITE_ARTICLES = frozenset("der die das the".split())


def line_label(view: SentenceView, cands: list[Candidate]) -> Candidate | None:
    """A body or a person that opens a sentence with a colon ("ДСНС: у Чугуєві рятувальники ліквідували
    пожежу", "Повітряні сили ЗСУ: загалом ...", "Марченко: за попередніми даними, ..."): a live blog's entry
    that the body or person reports (a country or place that labels a line is a topic, not a speaker)."""
    if view.doc.lang not in ("ru", "uk"):
        return None  # seen in Ukrainian live blogs only (in German and English it misread lines)
    s0 = view.sent.start
    return next(
        (
            c
            for c in cands
            if c.start == s0
            and (
                (c.what in ("organization", "institution") and c.kind not in ("anonymous", "person"))
                # ("Марченко: за попередніми даними, ...": a person named before labels what they said)
                or (c.what == "person" and c.kind != "anonymous")
            )
            and view.doc.text.startswith(": ", c.end)
        ),
        None,
    )
