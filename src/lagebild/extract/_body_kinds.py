"""The source kind a word of a source names: a role noun in any case ("des Gouverneurs",
"губернатора", "spokesmen"), a compound headed by an institution or a KB body ("Polizeiangaben",
"Bundeswehrangaben"), a member of a body named before ("SIPRI-Forscher")."""

from __future__ import annotations

from typing import Any

from ._context import SentenceView
from ._lexicon import Lexicon

__all__ = ["compound_source", "kb_body_kind", "member_compound", "role_noun_kind", "state_body"]


def role_noun_kind(low: str, lex: Lexicon) -> str | None:
    """The kind a role noun speaks for, plurals included ("officers", "spokesmen")."""
    kind = lex.role_kinds.get(low)
    if kind is None and lex.lang in ("ru", "uk") and len(low) > 3:
        # a role in an oblique case: "губернатора", "главы региона", "голові" (only a case ending comes
        # off: "мереж" is no form of "мер")
        one = low[-1:] in _CASE_END_1
        kind = (
            (lex.role_kinds.get(low[:-1]) if one else None)
            or (lex.role_kinds.get(low[:-2]) if low[-2:] in _CASE_END_2 else None)
            or (lex.role_kinds.get(low[:-1] + "а") if one else None)
        )
    if kind is None and lex.lang in ("ru", "uk") and len(low) > 6:
        # an adjectival role noun: "уполномоченного", "уповноваженому", "командующим"
        end = next((e for e in _ADJ_ENDS if low.endswith(e)), None)
        if end is not None:
            stem = low[: -len(end)]
            kind = lex.role_kinds.get(stem + "ый") or lex.role_kinds.get(stem + "ий")
    if kind is None and lex.lang == "de" and len(low) > 5 and low not in lex.anonymous_sources:
        # a German genitive or weak noun: "nach Angaben des Gouverneurs", "des Präsidenten"
        kind = (lex.role_kinds.get(low[:-1]) if low.endswith("s") else None) or (
            lex.role_kinds.get(low[:-2]) if low.endswith(("es", "en")) else None
        )
    if kind is None and lex.lang == "en" and low.endswith("men"):
        kind = lex.role_kinds.get(low[:-3] + "man")
    if kind is None and lex.lang == "en" and low.endswith("s"):
        kind = lex.role_kinds.get(low[:-1])
        if kind in ("media", "social_media"):
            return None  # "told reporters in Washington": plural reporters are the audience
    return kind


_ADJ_ENDS = ("ого", "ому", "ему", "ым", "им", "ом", "ем")
_CASE_END_1 = frozenset("аяуюеєіиоыйь")
_CASE_END_2 = frozenset("ом ем єм ям ам ах ях ой ей ою ею ів ов ев ві ої ий ым им ых их".split())


def compound_source(word: str, lex: Lexicon, view: SentenceView | None = None) -> str | None:
    """The kind of the institution that heads a source compound: "Polizeiangaben" (Polizei),
    "Regierungsangaben" (Regierung), "Armee-Angaben" (Armee), or of a KB body that heads it
    ("Bundeswehrangaben", "Nato-Angaben")."""
    low = word.casefold()
    if not low.endswith(lex.compound_sources):
        return None  # one C-level test for the common case
    tail = next((t for t in lex.compound_sources if low.endswith(t) and len(low) > len(t) + 2), None)
    if tail is None:
        return None
    head = word[: len(word) - len(tail)].rstrip("-")
    for cand in (head, head[:-1] if head.endswith("s") else head):
        kind = next((k for pat, k in lex.institutions if pat.fullmatch(cand)), None)
        if kind is not None:
            return kind
    return kb_body_kind(head, view) if view is not None else None


def member_compound(word: str, lex: Lexicon, view: SentenceView) -> str | None:
    """ "Die ZKS-Autoren", "SIPRI-Forscher": the kind of the body named before the hyphen."""
    head, _, tail = word.rpartition("-")
    if not head or tail.casefold() not in lex.member_tails:
        return None
    return kb_body_kind(head, view) or _named_body_kind(head, view)


def _named_body_kind(name: str, view: SentenceView) -> str | None:
    """ "Die ZKS-Autoren": the kind of a body the document named before ("Zentrum für ... (ZKS)")."""
    from ._kinds import source_kind_of

    body = next(
        (m for m in view.doc.mentions if m.type == "organization" and m.text == name and m.end <= view.sent.start),
        None,
    )
    return source_kind_of(view, body) if body is not None else None


def kb_body_kind(name: str, view: SentenceView) -> str | None:
    """The source kind of the KB organisation ``name`` names in full ("Bundeswehr": military)."""
    from ..kb.link import get_linker

    for m in get_linker().find(name):
        ent = view.kb.get(m.entity_id)
        if m.start == 0 and m.end == len(name) and ent is not None and ent.type == "organization":
            return ent.source_kind or None
    return None


_OFFICE_HEADS = frozenset({"centre", "center", "bureau"})


def state_body(lex: Lexicon, toks: list[Any], kind: str) -> str:
    """ "Centre for Defence Investment", "Defence Procurement Bureau": a body named for arming a state is
    a state agency (government), not one for research ("Centre for Defence Studies" stays ngo)."""
    words = {t.text.casefold() for t in toks}
    if kind == "ngo" and words & _OFFICE_HEADS and words & lex.state_words and not words & lex.research_words:
        return "government"
    return kind
