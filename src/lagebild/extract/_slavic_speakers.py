"""Who speaks in a Russian or Ukrainian sentence's impersonal and gerund constructions: "В Генштабе ВСУ
отрицали ..." (the body after "в" speaks for the plural verb) and "..., заявив, что ..." (a gerund shares
the subject of the verb before it)."""

from __future__ import annotations

import re

from ._context import Hit, SentenceView
from ._lexicon import Lexicon
from ._sources import Candidate

__all__ = ["after_gerund", "impersonal_bonus", "plant_speaker"]

_IMPERSONAL_IN = re.compile(r"(?:^|\W)(?:[ВвУу]|[Вв]о)\s$")
_GERUND = re.compile(r"[а-яё]{3,}[аиуе]в(?:шись)?")


def after_gerund(view: SentenceView, lex: Lexicon, cue: Hit) -> int | None:
    """Where the verb of saying before a Russian gerund cue ends ("отрицали ..., заявив"): candidates after
    it are the main verb's objects, not the gerund's speaker; None when the cue is no such gerund."""
    if lex.lang != "ru" or _GERUND.fullmatch(cue.group()) is None:
        return None
    ends = [x.end() for p in (lex.att_verbs, lex.denial) for x in view.find(p) if x.end() <= cue.start()]
    return view.sent.start + min(ends) if ends else None


def impersonal_bonus(view: SentenceView, cand: Candidate, cue: Hit, c_start: int) -> int:
    """A rank bonus for the body after "в"/"у" before a plural verb of saying ("В Генштабе ВСУ отрицали")."""
    if cand.end > c_start or cand.what == "country" or not cue.group().casefold().endswith(("ли", "ли,")):
        return 0
    return 10 if _IMPERSONAL_IN.search(view.doc.text[max(0, cand.start - 4) : cand.start]) else 0


# "На заводі підтвердили ...", "На предприятии заявили ...": the plant, at the sentence's start, speaks
_PLANT = re.compile(
    r"^\W*(?:[Нн]а|[ВвУу])\s+(заводі|заводе|підприємстві|предприятии|комбінаті|комбинате|верфі|верфи)\s+"
    r"(?:[\w'’-]+\s+){0,2}?[\w'’-]+(?:ли|ли,)(?!\w)"
)


def plant_speaker(view: SentenceView) -> list[Candidate]:
    """Speakers the candidates miss: the plant or enterprise a sentence opens with before a plural verb
    ("На заводі підтвердили влучання"), as a company, and a state's soldiers cited as a source ("По данным
    украинских военных"), as its military."""
    if view.doc.lang not in ("ru", "uk"):
        return []
    out = []
    hit = _PLANT.match(view.text)
    if hit is not None:
        a, b = view.sent.start + hit.start(1), view.sent.start + hit.end(1)
        out.append(Candidate(a, b, view.doc.text[a:b], None, "ngo", "institution"))
    for hit in _SOLDIERS_CITED.finditer(view.text):
        # "По данным украинских военных": a state's soldiers, cited as a source, speak as its military
        a, b = view.sent.start + hit.start(1), view.sent.start + hit.end()
        if any(m.start == a and m.type == "country" for m in view.mentions):
            out.append(Candidate(a, b, view.doc.text[a:b], None, "military", "institution"))
    return out


_SOLDIERS_CITED = re.compile(
    r"\b(?:[Пп]о\s+(?:данным|словам|информации|оценке|оценкам)|[Зз]а\s+(?:даними|словами|інформацією|оцінкою))\s+"
    r"([\w'’-]+)\s+(?:военных|військових)\b"
)
