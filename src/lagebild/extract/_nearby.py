"""Small helpers of attribution about what stands near a candidate: the word before it, the
person named just before a pronoun, the own country that opens a known body's name, the asides
between commas whose names do not speak, the body that only owns a named person's role, and the
word lists and patterns they use."""

from __future__ import annotations

import re

from .._cues import Cues
from ..document import Attribution, Mention
from ._channels import MEDIA_KINDS
from ._context import SentenceView
from ._kinds import phrase_before, role_of, source_kind_of
from ._lexicon import Lexicon, kind_noun
from ._sources import Candidate

__all__ = [
    "introduced_as_woman",
    "AUXILIARY",
    "BRACKETED",
    "OBJECT_PREPOSITIONS",
    "OWN_OUTLET",
    "PARENTHETICAL",
    "UNNAMED_INSIDERS",
    "aside_spans",
    "named_after",
    "named_before",
    "outlet_named",
    "own_country_before",
    "role_owner",
    "titled",
    "word_before",
]

OBJECT_PREPOSITIONS = frozenset(
    "in im aus nach von vom mit für gegen bei beim zu zum zur an am auf über unter into in of from to with for "
    "against at on by near в во из на с со к по против від до з із у для".split()
)


# a perfect tense: the subject, then its auxiliary, then the participle cue at the clause's end
AUXILIARY = re.compile(r"\s+(?:hat|haben|hatte|hatten|has|have|had)\s", re.IGNORECASE)


def named_before(view: SentenceView, lex: Lexicon, c: Candidate, recent: list[Attribution]) -> Candidate | None:
    """ "Vorstandschef X gab sich zuversichtlich. Die Anlage werde ..., sagte er.": a person pronoun
    takes the person named in the sentence before, or earlier in its own, when that person was
    named after the last source spoke."""
    sents = view.doc.sentences
    i = next((k for k, s in enumerate(sents) if s.start == view.sent.start), None)
    if i is None:
        return None
    lo = sents[i - 1].start if i > 0 else view.sent.start
    if c.kind in lex.group_pronouns and i > 0 and c.start - view.sent.start <= 1:
        # "The Syrian Observatory for Human Rights ... gave a higher toll. It said ...": the body that
        # opened the sentence before, named after the last source spoke
        opener = next(
            (
                m
                for m in view.doc.mentions
                if m.type == "organization" and lo <= m.start <= lo + 5 and m.end <= sents[i - 1].end
            ),
            None,
        )
        last = next((a for a in reversed(recent) if a.source_span), None)
        if opener is not None and not (last is not None and last.source_span and last.source_span[0] >= opener.start):
            return Candidate(c.start, c.end, opener.text, opener.entity_id, source_kind_of(view, opener), "pronoun")
        return None
    if c.kind not in lex.person_pronouns and not singular_sie(view.doc.text, c):
        return None
    people = [m for m in view.doc.mentions if m.type == "person" and lo <= m.start and m.end <= c.start]
    if not people and singular_sie(view.doc.text, c) and i > 0:
        # "Schwere Vorwürfe erhebt die Menschenrechtsorganisation X. Sie wirft ... vor": a body named
        # with a feminine noun in the sentence before
        people = [
            m
            for m in view.doc.mentions
            if m.type == "organization"
            and lo <= m.start
            and m.end <= sents[i - 1].end
            and (_FEMININE_BODY.search(view.doc.text, max(lo, m.start - 40), m.start) or _FEMININE_BODY.search(m.text))
        ][:1]
        described = _FEMININE_BACK.search(view.doc.text, lo, sents[i - 1].end)
        if not people and described is not None:
            # "... kontrolliert die Rebellengruppe M23 ... Seit Januar stößt die Miliz vor. Am Samstag nahm sie
            # ... ein": the body a feminine description in the sentence before refers back to, named before it
            people = [
                m
                for m in view.doc.mentions
                if m.type == "organization" and lo - 600 <= m.start and m.end <= described.start()
            ][-1:]
    if not people:
        return None
    m = people[-1]
    last = next((a for a in reversed(recent) if a.source_span), None)
    if last is not None and last.source_span is not None and last.source_span[0] >= m.start:
        return None  # the person spoke already: the pronoun takes the source, as before
    return Candidate(c.start, c.end, m.text, m.entity_id, source_kind_of(view, m), "pronoun")


BRACKETED = re.compile(r"(?:\s+[а-яёіїєґ'’-]+){0,4}\s*\(\s*")


OWN_OUTLET = frozenset("dieser unserer unsere unseres unserem this our этой нашей нашему цієї нашої".split())


def own_country_before(view: SentenceView, m: Mention) -> int:
    """Where a known body's name starts with its own country before it: "U.S. Space Command"."""
    ent = view.kb.get(m.entity_id)
    home = getattr(ent, "country", None) if ent is not None else None
    if not home:
        return m.start
    for c in view.mentions:
        if c.end <= m.start and view.doc.text[c.end : m.start] in ("", " ", ". ") and c.role == "name":
            if view.country_of(c) == f"country:{home}" and c.type == "country":
                return c.start
    return m.start


def word_before(text: str, start: int) -> str:
    words = text[max(0, start - 30) : start].split()
    return words[-1].casefold() if words else ""


# a short lower-case parenthetical between commas ("окрім того", "в свою очередь", "however")
PARENTHETICAL = re.compile(r"^\s*,\s*(?:[^\W\d_A-ZА-ЯЁІЇЄҐ][\w'’-]*\s*){1,3},\s*$")
# unnamed insiders stay unnamed after a known body ("navy sources"), other groups speak for it
UNNAMED_INSIDERS = frozenset("sources source officials official insiders insider quellen kreise kreisen".split())


# a relative clause or an apposition between commas ("Al-Masirah TV, which is run by X, reported";
# "Africa Corps, a force controlled by X, took over"; "Hezbollah, in a statement carried by its Al-Manar
# television channel, said"): who is named inside is not the speaker
ASIDE = re.compile(
    r",\s*(?:which|who|whose|that|a|an|the|one of|in what|seen by|reviewed by|obtained by"
    r"|der|die|das|dessen|deren|welche[rsnm]?|ein|eine|einer"
    r"|in (?:a|an|its|their|his|her|einer|einem|seiner|ihrer))\b"
    r"[^,;:]*(?:,|$)"
    # "JNIM, al-Qaeda's affiliate in the Sahel, claimed": a possessive apposition, closed by a comma and
    # holding no verb of saying ("In Kyiv, Ukraine's air force said, ..." is the main clause)
    r"|,\s*(?:[\w.'’-]+\s+){0,2}[\w.-]+['’]s\s+[a-z](?![^,;:]*\b(?:said|says|told|reported|claimed|stated|announced|added)\b)"
    r"[^,;:]*,"
    # "The report, submitted to the Security Council last week and seen by this newspaper, says": a past
    # participle with its phrase, closed by a comma
    r"|,\s*(?!(?:said|claimed|reported|stated|announced|added|warned|noted|confirmed|denied|insisted)\b)"
    r"(?:[a-z]+ed|seen|written|drawn|sent|shown|given)\s+(?:to|by|on|in|at|last|earlier|this|with|from)\b"
    r"[^,;:]*,"
    # "в заявлении, распространенном агентством ЦТАК,", "у заяві, поширеній агентством": a Russian or
    # Ukrainian participle with its phrase
    r"|,\s*[а-яёіїєґ]+(?:енном|анном|ённом|енной|анной|енным|анным|еній|аній|еному|аному|вшем|вшей)\s[^,;:]*,",
    re.IGNORECASE,
)


def aside_spans(text: str, offset: int, adverbs: Cues | None = None) -> list[tuple[int, int]]:
    """The asides of a sentence text, as absolute spans (``offset`` is where the text starts)."""
    # ("Meanwhile, the Lebanese Armed Forces, ... say": after a sentence adverb the subject follows)
    out: list[tuple[int, int]] = []
    pos = 0
    while (m := ASIDE.search(text, pos)) is not None:
        pos = m.end()
        if (adverbs is not None and adverbs.fullmatch(text[: m.start()].strip())) or _FRONTED.fullmatch(
            text, 0, m.start()
        ):
            # ("In July last year, the National Resistance Forces, which ..., said": after a fronted phrase of
            # time or place the subject follows, no aside; its closing comma may open the next one)
            pos = m.end() - 1 if m.group().endswith(",") else m.end()
            continue
        if not _CALLS_ITSELF.match(text, m.start()):
            out.append((offset + m.start(), offset + m.end()))
    return out


# a phrase of time or place that opens a sentence before its first comma
_FRONTED = re.compile(
    r"\s*(?:in|on|at|after|since|during|last|earlier|later|by|am|im|nach|seit|während|vor|zuvor|gestern|heute|"
    r"yesterday|today)\b[^,;:]*",
    re.IGNORECASE,
)


# ", die sich „Islamischer Widerstand im Irak“ nennt,": the clause names the speaker, it is no aside
_CALLS_ITSELF = re.compile(
    r",\s*(?:die|der|das|which|that|who)\s+(?:sich|calls itself|call themselves)\s*[„“\"«]?[^,;:]{2,60}[“”\"»]?"
    r"(?:\s+nenn(?:t|en)|\s*(?=,))",
    re.IGNORECASE,
)


# what may stand between a body and the person after it: closing quotes, an abbreviation in brackets
_OWNER_GAP = re.compile(r"[)»”“\"']?\s*(?:\([^()]{1,25}\)\s*)?")


def role_owner(view: SentenceView, lex: Lexicon, c: Candidate, people: list[Candidate]) -> bool:
    """A body that only owns the role of the person named right after it ("заступник начальника ГУР
    Вадим Скорик", "the head of Rosoboronexport Alexander Mikheev"): the person speaks, not the body."""
    if not any(p.start >= c.end and _OWNER_GAP.fullmatch(view.doc.text, c.end, p.start) for p in people):
        return False
    # the role stands in the same phrase: no clause break between it and the body
    before = phrase_before(view, c.start, 10)
    return any(t.text.casefold() in lex.person_roles or role_of(t.text, lex) for t in before)


def titled(view: SentenceView, lex: Lexicon, end: int, start: int) -> bool:
    """A person right after a role, maybe past a rank ("Armeesprecher Oberst Didier Mbala Kasongo")."""
    if not 0 <= start - end <= 40:
        return False
    words = view.doc.text[end:start].split()
    return len(words) <= 2 and all(w.casefold() in lex.person_roles or w.casefold() in lex.role_kinds for w in words)


def outlet_named(view: SentenceView, lex: Lexicon, m: Mention) -> bool:
    """A one-word "name" the NER found right after an outlet noun names the outlet ("телеканалу Еспресо")."""
    noun = kind_noun(lex, view.word_before(m.start)) if " " not in m.text else None
    return noun is not None and lex.source_nouns.get(noun) in MEDIA_KINDS


def named_after(view: SentenceView, c: Candidate, out: list[Candidate]) -> bool:
    """A known body right after a candidate the pattern made ("der Behörde UKMTO"): the known one is named."""
    return any(d.entity_id in view.kb and d.what == "organization" and d.start - c.end == 1 for d in out)


# a German body named with a feminine noun ("die Menschenrechtsorganisation", "die Regierung")
# a definite feminine body noun standing for a body named before ("die Miliz", "die Gruppe")
_FEMININE_BACK = re.compile(
    r"\b(?:die|der)\s+(?:Miliz|Gruppe|Organisation|Rebellengruppe|Bewegung|Allianz|Regierung|Behörde)\b"
)
_FEMININE_BODY = re.compile(
    r"\b(?:die|der)\s+(?:[\w-]+\s+)?[\w-]*(?:organisation|regierung|behörde|gruppe|kommission|mission|agentur|"
    r"denkfabrik|partei|stiftung|miliz|allianz|initiative|stelle|vereinigung|bewegung|polizei)\s*$",
    re.IGNORECASE,
)


# the verb after a German "sie" in the singular ("sie sagte", "sie erklärt"), not the plural ("sie sagten")
_SINGULAR_VERB = re.compile(r"\s+\w+(?:te|t)(?![\w-])")


# (or a strong verb's past singular: "Am Samstag nahm sie ... ein")
_STRONG_PAST = (
    r"nahm|gab|kam|sprach|schrieb|hielt|wies|rief|ließ|zog|stieß|fiel|warf|bestritt|griff|traf|begann|verlor|sah|fand"
)
_SINGULAR_BEFORE = re.compile(r"(?<![\w-])(?:\w+(?:te|t)|" + _STRONG_PAST + r")\s+$")


def singular_sie(text: str, c: Candidate) -> bool:
    """ "Sie sagte, ...", "..., sagt sie": a German "sie" with a singular verb is a woman, not "they"."""
    if c.text.casefold() != "sie":
        return False
    return (
        _SINGULAR_VERB.match(text, c.end) is not None
        or _SINGULAR_BEFORE.search(text, max(0, c.start - 25), c.start) is not None
    )


# a quotation closed by a dash or comma and a verb with its pronoun: "«...», — говорит она."
_PRONOUN_CLOSES = re.compile(r"[»“\"][\s,—–-]+\w+\s+\w+\.?\s*$")


def _ends_with_pronoun(text: str, lex: Lexicon) -> bool:
    words = text.rstrip(" .").split()
    return bool(words) and words[-1].casefold() in lex.subject_pronouns


def _unnamed_described(text: str, lex: Lexicon) -> bool:
    """Whether a sentence describes someone unnamed: an anonymity marker or an unnamed source noun."""
    return lex.anonymity.search(text) is not None or any(
        w.strip(",.«»") in lex.anonymous_sources for w in text.casefold().split()
    )


def possessor_before(view: SentenceView, lex: Lexicon, cue: str, recent: list[Attribution]) -> Attribution | None:
    """ "Der Politologe X ... hält die Zahlen für zu niedrig. Nach seiner Schätzung ...": a possessive cue
    takes the person named in the sentence before (or before the cue), when that person was named after
    the last source spoke; "ihrer" only a woman introduced by a feminine role noun ("Die Marineexpertin X")."""
    words = set(cue.casefold().split())
    woman = lex.lang == "de" and bool(words & lex.group_possessives)
    if not ((words & lex.person_possessives and not words & lex.group_possessives) or woman):
        return None
    if recent and recent[-1].source_kind == "anonymous" and not recent[-1].source_entity and not woman:
        return None  # "Керівник ..., який попросив не називати його, розповів ... За його словами": he goes on
    sents = view.doc.sentences
    i = next((k for k, s in enumerate(sents) if s.start == view.sent.start), None)
    if not i:
        return None
    cue_at = view.sent.start + view.text.casefold().find(cue.casefold())
    prev = sents[i - 1]
    # ("Юрист ... Марина Светлова объясняет. «...», — говорит она. По ее словам, ...": a quotation that a
    # pronoun closes lies between; the person named before it)
    lo = prev.start
    if _PRONOUN_CLOSES.search(prev.text) and _ends_with_pronoun(prev.text, lex):
        opened = max(view.doc.text.rfind(q, 0, prev.end) for q in '«“"')
        k = next((k for k in range(i - 1, -1, -1) if sents[k].start <= opened), None)
        lo = sents[k - 1].start if k else lo
    people = [
        m for m in view.doc.mentions if m.type == "person" and " " in m.text and lo <= m.start and m.end <= cue_at
    ]
    last = next((a for a in reversed(recent) if a.source_span), None)
    if (
        not people
        and not woman
        and _unnamed_described(prev.text, lex)
        and not (last is not None and last.source_span and last.source_span[0] >= prev.start)
    ):
        # "..., которую описывает собеседник издания в правительстве. По его словам, ...": the unnamed one
        return Attribution(None, None, "anonymous", None, cue, None)
    spoke = last is not None and (last.source_entity or "").startswith("person:")
    if last is not None and spoke and (not people or (last.source_span or (0,))[0] >= people[-1].start):
        # the person spoke last ("..., sagt sie. ... nach ihrer Schätzung"): that person, if a woman for "ihrer"
        return last if not woman or introduced_as_woman(view, last.source_entity or "") else None
    if not people:
        return None
    m = people[-1]
    if woman and not introduced_as_woman(view, m.entity_id or ""):
        return None
    if last is not None and last.source_span is not None and last.source_span[0] >= m.start:
        return None  # the person spoke already: the cue takes that source, as before
    home = next((s for s in sents if s.start <= m.start < s.end), view.sent)
    kind = source_kind_of(SentenceView.of(view.doc, home, view.kb, view.index), m)
    return Attribution(m.text, m.entity_id, kind, None, cue, None, (m.start, m.end))


# a feminine role noun or "Frau" before a person's first mention ("die Rüstungsökonomin X", "der Analystin X"),
# or after it in an apposition ("X, Analystin am ...")
_WOMAN_BEFORE = re.compile(
    r"(?:\bFrau|\b(?:[Dd]ie|[Dd]er|[Ee]iner|[Ee]ine)\s+(?:[\w-]+\s+){0,2}[A-ZÄÖÜ][\w-]{3,}in)\s+$"
)
_WOMAN_AFTER = re.compile(r",\s+(?:die\s+|eine\s+)?(?:[\w-]+\s+)?[A-ZÄÖÜ][\w-]{3,}in\b")


def introduced_as_woman(view: SentenceView, entity_id: str) -> bool:
    first = next((m for m in view.doc.mentions if m.entity_id == entity_id), None)
    if first is None:
        return False
    text = view.doc.text
    hit = _WOMAN_BEFORE.search(text, max(0, first.start - 70), first.start)
    if hit is None:
        hit = _WOMAN_AFTER.match(text, first.end)
    # (a place is not a role: "der Experte aus Berlin X")
    return hit is not None and not any(
        m.type == "place" and hit.start() <= m.start < hit.end() for m in view.doc.mentions
    )
