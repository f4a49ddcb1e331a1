"""Back references to the speaker heard last: a bare noun after a verb of saying that describes it
("..., добавил дипломат, ..." after a deputy foreign minister, "как уточнили дипломаты" after an embassy;
the lexicon's ``back_nouns`` map each noun to the stems its name or role phrase must hold), and a role
noun the unnamed speaker heard last was called by ("The official said" after an anonymous official)."""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from ..document import Attribution
from ._context import SentenceView
from ._lexicon import Lexicon
from ._sources import Candidate

__all__ = ["back_references", "same_unnamed"]


@cache
def _back_nouns(lang: str) -> dict[str, tuple[str, ...]]:
    from ._lexicon import get_lexicon

    raw: dict[str, Any] = get_lexicon(lang).raw.get("back_nouns") or {}
    return {str(k).casefold(): tuple(str(s).casefold() for s in v) for k, v in raw.items()}


def back_references(view: SentenceView, lex: Lexicon, recent: list[Attribution]) -> list[Candidate]:
    """The speaker a bare noun right after a verb of saying refers back to, as a candidate at the noun."""
    nouns = _back_nouns(lex.lang)
    last = recent[-1] if recent else None
    if not nouns or last is None or not last.source or last.source_kind in ("author", "anonymous"):
        return []
    text = view.doc.text
    # the speaker's name with the role phrase before it ("заместитель министра иностранных дел Сирии Басель
    # Хаддад"), where it was heard last and where it was introduced ("пояснил он", "По его словам" carry it)
    at = [last.source_span[0]] if last.source_span is not None else []
    at += [i for i in (text.find(last.source, 0, view.sent.start),) if i >= 0]
    described = " ".join(text[max(text.rfind(".", 0, a) + 1, a - 80) : a + len(last.source)].casefold() for a in at)
    cues = [(view.sent.start + h.start(), view.sent.start + h.end()) for h in view.find(lex.att_verbs)]
    toks = view.sent.tokens
    out = []
    for i, tok in enumerate(toks):
        stems = nouns.get(tok.text.casefold())
        if stems is None or i == 0 or not any(b <= tok.start <= b + 1 and a == toks[i - 1].start for a, b in cues):
            continue  # only right after the verb: "уточнили дипломаты", not "западные дипломаты считают"
        if any(s in described for s in stems):
            kind = last.source_kind or "government"
            what = "person" if (last.source_entity or "").startswith("person:") else "organization"
            out.append(Candidate(tok.start, tok.end, last.source or tok.text, last.source_entity, kind, what))
    return out


def same_unnamed(ref: Candidate, recent: list[Attribution] | None, text: str) -> Candidate | None:
    """'A security official, speaking on condition of anonymity, said ... The official said ...': a role
    noun the unnamed speaker heard last was called by stays unnamed, not the person named before."""
    last = recent[-1] if recent else None
    if last is None or last.source_kind != "anonymous" or last.source_span is None:
        return None
    noun = ref.text.split()[-1].casefold()
    if noun not in re.findall(r"\w+", text[last.source_span[0] : last.source_span[1]].casefold()):
        return None
    return Candidate(ref.start, ref.end, ref.text, None, "anonymous", "anonymous")
