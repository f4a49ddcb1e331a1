"""Where a Russian or Ukrainian body's name begins and ends around its noun: a capitalised adjective
and lower-case genitive words ("Кільського інституту світової економіки", "Института науки и
международной безопасности"), and the adjectives before it ("областного оперативного штаба")."""

from __future__ import annotations

import re

from ..document import Token
from ._context import SentenceView
from ._lexicon import Lexicon

__all__ = ["adjectives_before", "cyrillic_name", "genitive_words", "owned_run"]

_CYR_CAP_ADJ = re.compile(r"[А-ЯЁІЇЄҐ][а-яёіїєґ'’-]+(?:ого|его|ої|ій|ий|ый|ой|ая|а|ое|е|ому|ем|им|ую|у|их|ых)")
_CYR_LOWER_ADJ = re.compile(r"[а-яёіїєґ'’-]{4,}(?:ого|его|ої|ому|ом|ій|ий|ый|ая|ое|ую|их|ых)")
_CYR_GENITIVE = re.compile(
    r"[а-яёіїєґ'’-]{3,}(?:ого|его|ої|ой|ей|их|ых|ів|ов|ий|ки|ги|ти|ні|ри|ди|ви|ці|ції|ии|ії|ы|ок|ек|ень|ств|из|ій|ті|вли)|войск|військ"
)


def cyrillic_name(view: SentenceView, a: int, b: int) -> tuple[int, int]:
    """A Russian or Ukrainian body's name around its noun: a capitalised adjective before it and
    lower-case genitive words after it ("Кільського інституту світової економіки", "Центра
    стратегических исследований"), up to three."""
    toks = view.sent.tokens
    before = [t for t in toks if t.end <= a]
    if (
        len(before) >= 2
        and view.doc.text[before[-1].end : a] == " "
        and view.doc.text[before[-2].end : before[-1].start] == " "
        and _CYR_LOWER_ADJ.fullmatch(before[-1].text)
        and _CYR_CAP_ADJ.fullmatch(before[-2].text)
        and before[-2].start > view.sent.start
    ):
        a = before[-2].start  # "Харьковского научно-исследовательского института": two adjectives, a capital first
    elif before and view.doc.text[before[-1].end : a] == " " and _CYR_CAP_ADJ.fullmatch(before[-1].text):
        if before[-1].start > view.sent.start:
            a = before[-1].start
    b = genitive_words(view, b)
    named = _OWN_NAME.match(view.doc.text, b, view.sent.end)
    return a, named.end() if named is not None else b


# the body's own name in guillemets after its description, with up to two more lower-case words before it
# that are no past-tense verb ("Института оборонного анализа «Арарат»", "Інституту оборонної економіки «Рубіж»")
_OWN_NAME = re.compile(r"(?:\s[а-яёіїєґ'’-]{3,}(?<!л)(?<!ла)(?<!ло)(?<!ли)(?<!в)){0,2}\s«[^»]{1,40}»")


# "з питань стратегічних галузей промисловості", "по делам национальностей": what a ministry is for
_MATTERS = re.compile(r" (?:з питань|у справах|по вопросам|по делам) ")


def genitive_words(view: SentenceView, b: int) -> int:
    """The end of up to four lower-case genitive words after ``b`` ("Института оборонной торговли",
    "министерства социальной защиты", "Міністерства з питань стратегічних галузей промисловості")."""
    toks = view.sent.tokens
    matters = _MATTERS.match(view.doc.text, b)
    if matters is not None:
        b0, b = b, matters.end() - 1
    words = 0
    for t in [t for t in toks if t.start >= b][:6]:
        if t.text in ("и", "і", "та"):
            continue
        gap = view.doc.text[b : t.start]
        # "Института науки и международной безопасности": a conjunction inside the name
        if gap != " " and not (words and re.fullmatch(r" (?:и|і|та) ", gap)):
            break
        if not _CYR_GENITIVE.fullmatch(t.text) or words >= 4:
            break
        b, words = t.end, words + 1
    return b if matters is None or words else b0


# a Russian or Ukrainian adjective in any case and gender ("областного", "Полтавській", "місцевих")
_CYR_ADJ = re.compile(
    r"[а-яёіїєґА-ЯЁІЇЄҐ'’-]{3,}(?:ого|его|ому|ему|ой|ей|ий|ый|ій|ая|яя|ое|ее|ие|ые|ую|юю|ых|их|іх|ым|им|ім|ими|ыми|ої|ою|ею|і|ном|ском|цком|нем)"
)


def adjectives_before(view: SentenceView, lex: Lexicon, a: int) -> int:
    """Where up to two adjectives right before a Russian or Ukrainian body's noun start (no mention,
    no word of a cue: "по данным областного оперативного штаба" starts at "областного")."""
    toks = [t for t in view.sent.tokens if t.end <= a][-3:]
    s0 = view.sent.start
    cues = [(s0 + h.start(), s0 + h.end()) for pat in (lex.before_source, lex.att_verbs) for h in view.find(pat)]
    for k, t in enumerate(reversed(toks)):
        if view.doc.text[t.end : a] == " " and _ORDINAL.fullmatch(t.text):
            return t.start  # "47-ї окремої механізованої бригади": the unit's number opens its name
        if (
            k == 2
            or view.doc.text[t.end : a] != " "
            or not _CYR_ADJ.fullmatch(t.text)
            or t.text.casefold() in _CYR_DEICTIC
        ):
            break  # ("той самий канал", "этот же телеканал": the one named before, not a description)
        if any(m.start <= t.start < m.end for m in view.mentions) or any(x <= t.start < y for x, y in cues):
            break
        a = t.start
    return a


_ORDINAL = re.compile(r"\d{1,3}-?(?:[а-яёіїєґ]{1,3})?")
_CYR_DEICTIC = frozenset("самий самый самого самим тот той этот этого этим цей цього цим той же тот же".split())


# a lower-case word that is not a past-tense verb ("опровергло", "заявила"), or a conjunction
_GENITIVE_WORD = re.compile(r"(?:[а-яёіїєґ'’]{3,}(?<!л)(?<!ла)(?<!ло)|и|і|та)")


def owned_run(view: SentenceView, toks: list[Token]) -> int | None:
    """The end of the country that closes a run of lower-case genitive words, if one does."""
    text = view.doc.text
    for k, t in enumerate(toks):
        if k > 0 and text[toks[k - 1].end : t.start] != " ":
            return None
        country = next(
            (m for m in view.mentions if m.start == t.start and m.type == "country" and m.role != "adjective"), None
        )
        if country is not None:
            return country.end if k > 0 else None
        if not _GENITIVE_WORD.fullmatch(t.text):
            return None
    return None
