"""Unnamed sources among a sentence's candidates: "zwei mit dem Vorgang vertraute Personen",
"sources said", "a senior police official", "a source close to the Defence Ministry"."""

from __future__ import annotations

import re

from ._channels import after_prep
from ._context import SentenceView
from ._institutions import modifiers_before
from ._lexicon import Lexicon
from ._nearby import UNNAMED_INSIDERS
from ._sources import Candidate

__all__ = ["unnamed_sources"]

# an unnamed speaker's workplace: "source at (the) (main) ...", "Arzt im Krankenhaus der ..."
# ("Источник в оборонном ведомстве", "Джерело в Міністерстві оборони")
_AT_WORKPLACE = re.compile(
    r"\s+(?:at|in|inside|within|from|im|in\s+der|am|aus\s+der|aus\s+dem|в|во|из|у|з|із)\s+(?:[\w'’-]+\s+){0,4}",
    re.IGNORECASE,
)
# "джерел японської газети Asahi Shimbun", "sources of the daily X": lower-case words up to the outlet
_OF_OUTLET = re.compile(r"\s+(?:[^\W\d_A-ZА-ЯЁІЇЄҐ][\w'’-]*\s+){0,3}[«„“\"]?")
# "двух источников ..., на которых ссылается агентство Bloomberg": the outlet that cites them
_CITED_BY = re.compile(
    r"[^.;:]{0,60}?,\s*на\s+(?:котор|як)\w*\s+(?:ссыла|посила)\w*\s+(?:[^\W\d_A-ZА-ЯЁІЇЄҐ][\w'’-]*\s+){0,2}[«„“\"]?"
)
_CLOSE_TO = re.compile(r",?\s+(?:close\s+to|близк\w*\s+к|близьк\w*\s+до)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}")


def unnamed_sources(
    view: SentenceView, lex: Lexicon, out: list[Candidate], inst: list[Candidate], platforms: set[str]
) -> tuple[list[Candidate], list[Candidate], list[Candidate]]:
    """The unnamed speakers of a sentence, given its named (``out``) and institutional (``inst``)
    candidates; returns all three lists, the first two without what an unnamed speaker rules out."""
    # "Джерело, близьке до ...": the NER's person at a sentence start is the unnamed source
    out = [c for c in out if not (c.what == "person" and c.text.casefold() in lex.anonymous_sources)]
    taken = [(c.start, c.end) for c in out + inst]
    anon: list[Candidate] = []
    counts = [q for q in view.quantities if q.value and q.value >= 50]
    toks = view.sent.tokens
    for k, t in enumerate(toks):
        if t.text.casefold() not in lex.anonymous_sources or any(a <= t.start < b for a, b in taken):
            continue
        if k + 1 < len(toks) and toks[k + 1].text.casefold() in platforms | lex.medium_nouns:
            continue  # "the official Telegram channel", "official figures": an adjective, no speaker
        if any(q.start < t.start and t.start - q.end <= 1 or q.start <= t.start < q.end for q in counts):
            continue  # "von 13.000 Mann gesprochen": a head count, not a speaker
        if t.text.casefold() not in UNNAMED_INSIDERS and any(
            c.what == "organization" and 0 <= t.start - c.end <= 1 for c in out
        ):
            continue  # "UN investigators said": the body they work for speaks ("navy sources" stay unnamed)
        if lex.lang in ("ru", "uk") and any(
            c.kind == "media"
            and c.start > t.end
            and (
                _OF_OUTLET.fullmatch(view.doc.text, t.end, c.start)
                or _CITED_BY.fullmatch(view.doc.text, t.end, c.start)
            )
            and not after_prep(view, lex, c.start)
            for c in [*out, *inst]
        ):
            continue  # "за інформацією джерел газети Asahi Shimbun": the outlet reports what its sources say
        head = next((i for i in inst if 0 <= t.start - i.end <= 1), None)
        if head is not None:
            # "a senior police official", "a military intelligence official": one who speaks for it
            inst[inst.index(head)] = Candidate(
                head.start, t.end, view.doc.text[head.start : t.end], None, head.kind, "institution"
            )
            continue
        # "Western diplomats", "senior officials": the words before the noun describe them too
        a = modifiers_before(view, t.start) if lex.lang == "en" else t.start
        anon.append(Candidate(a, t.end, view.doc.text[a : t.end], None, "anonymous", "anonymous"))
        # "A medical source at Aden's military hospital told", "ein Arzt im Krankenhaus der Armee sagte":
        # where the unnamed speaker works does not speak
        if t.text.casefold() not in lex.person_roles:
            inst = [i for i in inst if not _AT_WORKPLACE.fullmatch(view.doc.text, t.end, i.start)]
        # "a source close to the Defence Ministry", "Источник, близкий к Минобороны": the body does not speak
        close = [c for c in [*out, *inst] if _CLOSE_TO.fullmatch(view.doc.text, t.end, c.start)]
        out = [c for c in out if c not in close]
        inst = [i for i in inst if i not in close]
    return out, inst, anon
