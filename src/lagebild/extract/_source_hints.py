"""Hints from around a candidate source: the reports a denial rejects ("hat Berichte über Lieferungen
an die Armee zurückgewiesen"), the body that unnamed members belong to ("аналитиков американского
Института ..."), the body whose own document an impersonal cue quotes ("In seinem Lagebericht
hieß es"), the source a speaker cites, the holder of documents, a live blog's line label, parents
and companions that do not speak, outlets that unnamed sources told, channels described by whom they
are close to, and the object of "to" that is no speaker."""

from __future__ import annotations

import re

from ..document import Mention
from ._context import Hit, SentenceView
from ._lexicon import Lexicon, get_lexicon
from ._sources import Candidate

__all__ = [
    "IN_BEFORE",
    "REPORTS_OF",
    "channels_close_to",
    "cited",
    "document_holder",
    "foreign_namesake",
    "heard_from",
    "members_body",
    "office_holder",
    "outlet_addressed",
    "pen_name",
    "outside_lead_quote",
    "own_document",
    "recipient_object",
    "reports_before",
    "role_before",
    "without_companions",
    "without_parents",
]

# "in", "im", "in the" right before a word: a place or a document, no speaker
IN_BEFORE = re.compile(r"(?<!\w)(?:in|im|in der|in dem|in the)\s+$", re.IGNORECASE)
# the reports a denial rejects, before whose they are: "опровергла сообщения индийских СМИ"
REPORTS_OF = re.compile(
    r"(?<!\w)(?:сообщени|публикаци|информаци|заявлени|повідомлен|публікаці|інформаці|заяв|Bericht|Meldung|report|claim)\w*",
    re.IGNORECASE,
)

# "support to the RSF", "a strike against Hezbollah": the object of a preposition of direction
# ("close to", "loyal to", "linked to" describe a speaker: "Telegram channels close to Sudan's army")
_TO_OBJECT = re.compile(
    r"(?<![\w-])(?<!close\s)(?<!closer\s)(?<!loyal\s)(?<!linked\s)(?<!tied\s)(?<!according\s)(?<!next\s)"
    r"(?:to|against|into|towards?)\s+(?:the\s+|its\s+|their\s+)?$",
    re.IGNORECASE,
)


def recipient_object(view: SentenceView, cand: Candidate) -> bool:
    """An English candidate that is the object of "to", "against", "into": "the ministry said it gives no
    support to the RSF and called the allegations baseless" (the RSF is not who called them so); or of a verb
    that labels it: "Russia's embassy called the Danish figures fantasies and said ..." (the figures say nothing)."""
    lo = max(view.sent.start, cand.start - 20)
    return (
        _TO_OBJECT.search(view.doc.text, lo, cand.start) is not None
        or _LABELLED.search(view.doc.text, lo, cand.start) is not None
    )


_LABELLED = re.compile(r"(?<![\w-])(?:called|dismissed|rejected|branded|described)\s+(?:the|these|those)\s+$", re.I)


def reports_before(view: SentenceView, cand: Candidate, speakers: list[Candidate]) -> bool:
    """A candidate inside the reports a denial rejects, with a speaker before those reports
    ("Das Ministerium hat Berichte über Lieferungen an die Armee ... zurückgewiesen")."""
    hit = None
    for m in REPORTS_OF.finditer(view.doc.text, view.sent.start, cand.start):
        hit = m
    if hit is None or "," in view.doc.text[hit.end() : cand.start]:
        return False
    if IN_BEFORE.search(view.doc.text, max(0, hit.start() - 12), hit.start()):
        return False  # "der im Bericht genannte Hersteller": a report that names, not the denied one
    return any(x.end <= hit.start() for x in speakers if x is not cand)


def members_body(view: SentenceView, cand: Candidate, cands: list[Candidate]) -> Candidate | None:
    """The body right after unnamed members ("аналитиков американского Института науки", "экспертов
    ISW", "analysts at the Institute for the Study of War", "Experten des Instituts für ..."), maybe
    with a country adjective between."""
    lex = get_lexicon(view.doc.lang or "en")
    if not lex.researcher_nouns.fullmatch(cand.text.split()[-1] if cand.text.split() else ""):
        return None  # "officials at NATO headquarters" stay unnamed officials
    for c in cands:
        if c.what not in ("organization", "institution") or c.kind == "anonymous" or not 0 < c.start - cand.end <= 100:
            continue
        gap = view.doc.text[cand.end : c.start]
        adjectives = [m for m in view.mentions if cand.end <= m.start and m.end <= c.start]
        for m in adjectives:
            gap = gap.replace(m.text, "")
        if (c.start - cand.end <= 40 and _MEMBER_GAP.fullmatch(gap)) or (
            # "аналітиків лондонського Міжнародного інституту стратегічних досліджень (IISS)": the body's
            # abbreviation after its full name
            (gap_name := _MEMBER_GAP.match(gap)) is not None and _NAME_THEN_BRACKET.fullmatch(gap, gap_name.end())
        ):
            return c
    return None


# a body's full name, then the bracket that opens its abbreviation
_NAME_THEN_BRACKET = re.compile(r"[A-ZА-ЯЁІЇЄҐ][^(),.;:]{0,80}\(\s*")


# between members and their body: nothing (the Russian and Ukrainian genitive) or "of", "at", "der", "von"
_MEMBER_GAP = re.compile(
    r"\s*(?:(?:at|of|from|with|der|des|von|vom|am|an der|bei|beim)\s+)?(?:the\s+)?"
    # "аналітиків лондонського Міжнародного інституту": a city's adjective in the genitive
    r"(?:[а-яёіїєґ'’-]+(?:ского|ской|ського|ської|цкого|цької)\s+)?"
    # "исследователи центра Conflict Components Monitor": the kind noun before a body's foreign name
    r"(?:(?:центра|центру|института|інституту|группы|групи)\s+)?",
    re.IGNORECASE,
)


# "in seinem täglichen Lagebericht", "in ihrer Mitteilung": a document of the body named before
_OWN_DOCUMENT = re.compile(
    r"\b(?:in|im)\s+(?:seinem|seiner|ihrem|ihrer)\s+(?:[\w-]+\s+)?[\w-]*"
    r"(?:bericht|mitteilung|erklärung|stellungnahme|beitrag|post|video|kommuniqué)\b"
    # "..., hieß es darin", "..., hieß es weiter": the document or the statement just named goes on
    r"|\b(?:hieß|heißt)\s+es\s+(?:darin|weiter|ferner)\b",
    re.IGNORECASE,
)


def own_document(view: SentenceView, lex: Lexicon) -> tuple[Mention, Hit] | None:
    """An impersonal cue with a possessive document ("In seinem Lagebericht hieß es"): the last
    body named before it in the paragraph, with the cue."""
    if lex.lang != "de":
        return None
    cue = next((h for h in view.find(lex.att_verbs) if h.group().casefold() in lex.impersonal_cues), None)
    if cue is None or _OWN_DOCUMENT.search(view.text) is None:
        return None
    s0 = view.sent.start
    para = view.doc.text.rfind("\n\n", 0, s0)
    body = None
    for m in view.doc.mentions:
        if m.end > s0:
            break
        if m.start > para and m.type == "organization":
            body = m
    return (body, cue) if body is not None else None


def role_before(lex: Lexicon, view: SentenceView, cand: Candidate) -> Candidate:
    """ "Як уточнив очільник ОВА": the role right before the body is source text too."""
    text = view.doc.text
    role = re.search(r"([\w'’-]+)\s+$", text[max(view.sent.start, cand.start - 30) : cand.start])
    if role is not None and role.group(1).casefold() in lex.person_roles:
        a = cand.start - len(role.group(0))
        return Candidate(a, cand.end, text[a : cand.end], cand.entity_id, cand.kind, cand.what)
    return cand


def cited(
    view: SentenceView, lex: Lexicon, speaker: Candidate, cands: list[Candidate], cue: tuple[int, int] | None = None
) -> Candidate:
    """ "Yoon said, citing the NIS": a body or person the knowledge base knows, cited right after the cue, is
    the original source; described ones ("citing U.S. officials", "citing a spokesman for ...") and bare
    countries leave the speaker, who relays them. An outlet that quotes a body's speaker ("KCNA quoted a
    Defence Ministry spokesman as saying") relays that body, who speaks."""
    text = view.doc.text
    if cue is not None and speaker.end <= cue[0] and _QUOTES_VERB.fullmatch(text, *cue):
        quoted = next(
            (
                c
                for c in cands
                if c.start >= cue[1]
                and c is not speaker
                and c.what in ("organization", "institution", "person")
                and c.kind not in ("anonymous", "media")
                and _QUOTED_GAP.fullmatch(text, cue[1], c.start)
            ),
            None,
        )
        if quoted is not None:
            return quoted
    for hit in view.find(lex.secondary):
        h1 = view.sent.start + hit.end()
        cited = next(
            (
                c
                for c in cands
                if 0 <= c.start - h1 <= 40 and c is not speaker and _ARTICLE_GAP.fullmatch(text, h1, c.start)
            ),
            None,
        )
        if cited is not None and cited.entity_id is not None and cited.what not in ("anonymous", "country", "pronoun"):
            return cited
    return speaker


# the name a source writes under, after its description: 'a blogger writing under the name "Chernomorets"'
_PEN_NAME = re.compile(
    r",?\s+(?:(?:who\s+)?(?:writes|writing|posts|posting|blogs|blogging)\s+under\s+the\s+(?:name|pseudonym|handle)|"
    r"known\s+as|who\s+goes\s+by|(?:der|die)\s+unter\s+dem\s+(?:Namen|Pseudonym)|unter\s+dem\s+(?:Namen|Pseudonym)|"
    r"под\s+(?:ником|псевдонимом|именем)|під\s+(?:ніком|псевдонімом|іменем))\s+"
    r"[\"“„«]([^\"“”«»„]{2,40})[\"”“»]"
)


def pen_name(view: SentenceView, cand: Candidate) -> Candidate:
    """ "A pro-Russian military blogger writing under the name "Chernomorets" said": the name speaks."""
    if cand.kind not in ("social_media", "person", "anonymous") or cand.entity_id is not None:
        return cand
    m = _PEN_NAME.match(view.doc.text, cand.end)
    if m is None or m.end() > view.sent.end:
        return cand
    return Candidate(m.start(1), m.end(1), m.group(1), None, cand.kind, cand.what)


# a verb by which an outlet quotes a speaker, and what may stand between it and the speaker's body
# ("quoted a Defence Ministry spokesman", "zitierte einen Sprecher des Außenministeriums")
_QUOTES_VERB = re.compile(r"(?i)quoted|quotes|zitierte|zitiert|цитирует|цитировал[аои]?|цитує|процитува(?:в|ла|ло|ли)")
_QUOTED_GAP = re.compile(
    r"\s+(?:(?:a|an|the|einen|eine|den|die|das|der)\s+)?(?:(?:[\w-]+\s+){0,1}(?:spokes\w+|Sprecher\w*|"
    r"представител\w+|речни\w+)\s+(?:for|of|des|der|von)\s+(?:the\s+)?)?",
    re.IGNORECASE,
)
# what may stand between "citing" and the name it cites: an article, or a statement of the body ("unter Berufung
# auf eine Erklärung der Garden", "citing a statement from the ministry", "со ссылкой на заявление")
_ARTICLE_GAP = re.compile(
    r"\s*(?:(?:the|den|die|das|der|dem|des)\s+)?"
    r"(?:(?:(?:a|an|the|eine|einer|die|der|den)\s+)?(?:statement|communiqu[ée]|Erklärung|Mitteilung|заявлени[еяи]|"
    r"сообщени[еяи]|заяв[уиа]|повідомлення)\s+(?:(?:from|of|by)\s+(?:the\s+)?|(?:der|des)\s+)?)?",
    re.IGNORECASE,
)


# the documents a body holds, before its name: "customs data obtained by", "Dokumente, die dem Portal"
_HELD_BY = re.compile(
    r"(?:(?P<en>\b(?:data|records|documents|manifests|figures|papers|files|e-?mails|logs|contracts|images|imagery|"
    r"footage|videos?|photos|photographs)\s+"
    r"(?:[\w-]+\s+){0,5}?(?:obtained|seen|reviewed|analy[sz]ed|compiled|verified|geolocated|shared|posted|published|"
    r"circulated)\s+(?:on\s+[\w-]+\s+)?by\s+(?:the\s+)?"
    r"(?-i:[a-z][\w-]*\s+){0,2}?"
    # ("Satellite imagery from Maxar Technologies showed ...": the provider of the images)
    r"|\b(?:satellite\s+)?(?:images|imagery|photos|footage)\s+(?:released\s+)?(?:from|by)\s+(?:the\s+)?"
    # "according to a report released on Tuesday by The Sentry": the author of a report
    r"|\b(?:report|study|analysis|investigation|assessment|survey|paper)\s+(?:released|published|issued|produced|"
    r"compiled|prepared|written)\s+(?:on\s+[\w-]+\s+|this\s+week\s+|last\s+\w+\s+)?by\s+(?:the\s+)?)"
    r"|(?P<de>(?<![\w-])(?:Dokumente|Unterlagen|Papiere|Daten)\w*,?\s+die\s+(?:dem|der|den)\s+(?:[\w-]+\s+){0,2}?[„“\"]?))$",
    re.IGNORECASE,
)
# ... and after it, in German: "..., die dem Portal X zugespielt wurden", "die der Zeitung X vorliegen"
_HELD_AFTER = re.compile(r"[“”\"]?\s+(?:zugespielt|vorliegen|vorlagen|vorliegt|vorlag)\b")


def document_holder(
    view: SentenceView, cands: list[Candidate], best: Candidate | None = None
) -> tuple[Candidate, str] | None:
    """A body named as the holder of the documents a sentence reports ("according to customs data
    obtained by the activist group Justice For Myanmar", "Das legen Dokumente nahe, die dem Portal
    „Istraga Online“ zugespielt wurden"): it speaks for them (a country or an unnamed group does not),
    where no named speaker (``best``) does, or where ``best`` is the report the holder wrote."""
    text = view.doc.text
    for c in cands:
        if c.what not in ("organization", "person"):
            continue  # a named body or person, not "the activist group", "our researchers"
        m = _HELD_BY.search(text, max(view.sent.start, c.start - 90), c.start)
        if m is None or not (m.group("en") or _HELD_AFTER.match(text, c.end)):
            continue
        if best is None or best.what == "anonymous":
            return c, m.group().strip()
        if best.what == "institution" and 0 <= c.start - best.end < 90 and _AUTHORED.match(m.group().strip()):
            return c, m.group().strip()  # ("according to a report released by The Sentry": not the report)
        return None
    return None


_AUTHORED = re.compile(r"(?:report|study|analysis|investigation|assessment|survey|paper)\s", re.IGNORECASE)


# ("Zentrum für ... beim ukrainischen Sicherheitsrat": the German "beim" attaches a body too)
_ATTACHED_TO = re.compile(r"(?<=[\w»\"“])\s+(?:при|beim|bei\s+der|bei\s+dem)\s+(?:[a-zäöüß]+\s+)?$")
_ATTACHED_GAP = re.compile(r"[»\"“]?\s+(?:при|beim|bei\s+der|bei\s+dem)\s+(?:[a-zäöüß]+\s+)?")


def without_parents(view: SentenceView, speakers: list[Candidate]) -> list[Candidate]:
    """The candidates less the parents that bodies are attached to ("Центр протидії дезінформації при
    РНБО", "Постоянное представительство Ирана при ООН"): the body speaks, its name running on through
    its parent's."""
    s0 = view.sent.start
    text = view.doc.text
    parents = [c for c in speakers if _ATTACHED_TO.search(text, max(s0, c.start - 30), c.start)]
    if not parents or len(parents) == len(speakers):
        return speakers
    return [
        next(
            (
                Candidate(c.start, p.end, text[c.start : p.end], c.entity_id, c.kind, c.what)
                for p in parents
                if _ATTACHED_GAP.fullmatch(text, c.end, p.start)
            ),
            c,
        )
        for c in speakers
        if c not in parents
    ]


_FROM_BODY = re.compile(r"(?<![\w-])aus\s+(?:dem|der|den)\s+$", re.IGNORECASE)


# "Telegram channels close to Sudan's army", "каналы, близкие к Минобороны": channels described by whom they are
# near speak as social media; "der Armee nahestehende Telegram-Kanäle" names the body first
_CHANNELS = (
    r"(?:Telegram[- ])?(?:channels?|accounts?|bloggers?|Kanäle|Kanal|Blogger|каналы|канал|канали|блогеры|блогери)"
)
_CLOSE_BEFORE = re.compile(
    _CHANNELS + r",?\s+(?:(?:close|closer|loyal|linked|tied)\s+to|affiliated\s+with|run\s+by|близки[ем]\s+к|"
    r"близьк\w*\s+до|наближен\w*\s+до)"
    # (the body's owner may stand before it: "a Telegram channel linked to Russia's Africa Corps")
    r"\s+(?:the\s+)?(?:[A-Z][\w.-]*['’]s\s+)?$",
    re.IGNORECASE,
)
_CLOSE_AFTER = re.compile(r"\s+(?:nahestehende[nr]?|nahe\s+stehende[nr]?)\s+" + _CHANNELS, re.IGNORECASE)


def channels_close_to(view: SentenceView, speakers: list[Candidate]) -> list[Candidate]:
    """The candidates with a body that only describes channels near it replaced by those channels."""
    text = view.doc.text
    out = []
    for c in speakers:
        before = _CLOSE_BEFORE.search(text, max(view.sent.start, c.start - 50), c.start)
        after = _CLOSE_AFTER.match(text, c.end)
        if before is not None:
            c = Candidate(before.start(), c.end, text[before.start() : c.end], None, "social_media", "institution")
        elif after is not None:
            c = Candidate(c.start, after.end(), text[c.start : after.end()], None, "social_media", "institution")
        out.append(c)
    return out


def heard_from(view: SentenceView, lex: Lexicon, cands: list[Candidate]) -> tuple[Candidate, Hit] | None:
    """ "Aus dem Ministerium hieß es, ...": the body an impersonal cue's words came from, with the cue."""
    if lex.lang != "de":
        return None
    cue = next((h for h in view.find(lex.att_verbs) if h.group().casefold() in lex.impersonal_cues), None)
    if cue is None:
        return None
    s0 = view.sent.start
    body = next(
        (
            c
            for c in cands
            if c.what in ("organization", "institution")
            and c.kind != "anonymous"
            and c.end <= s0 + cue.start()
            and _FROM_BODY.search(view.doc.text, max(s0, c.start - 12), c.start)
        ),
        None,
    )
    return (body, cue) if body is not None else None


# "совместно с командой волонтеров", "together with local volunteers": a companion of the subject
_WITH_BEFORE = re.compile(
    r"(?<![\w-])(?:совместно|вместе|разом|спільно|together|along|gemeinsam|zusammen)\s+(?:с|со|з|із|зі|with|mit)\s+"
    r"(?:[\w'’-]+\s+){0,2}$"
    # the one met, not the one who speaks: "на встрече с губернатором провинции ... сказал", "під час зустрічі з"
    r"|(?<![\w-])(?:встрече|встречи|беседе|переговорах|зустрічі|розмові)\s+(?:с|со|з|із|зі)\s+"
    r"(?:[\w'’-]+\s+){0,2}$",
    re.IGNORECASE,
)


# an unnamed source placed inside a body: "a source in Ukraine's SBU", "eine Quelle im ukrainischen
# Geheimdienst", "источник в ФСБ", "джерела у Міноборони"
_INSIDER_BEFORE = re.compile(
    r"(?<![\w-])(?:sources?|insiders?|Quellen?|Insider(?:in)?|источник\w*|джерел\w*|джерело)\s+"
    r"(?:in|im|in\s+der|in\s+den|inside|within|at|aus|aus\s+einer|aus\s+einem|aus\s+der|aus\s+dem|"
    r"в|во|у|из|із|з)\s+(?:[\w'’-]+\s+){0,3}$",
    re.IGNORECASE,
)


def without_companions(view: SentenceView, speakers: list[Candidate]) -> list[Candidate]:
    """The candidates less those named as the subject's companions ("«Медиазона» и Русская служба
    Би-би-си совместно с командой волонтеров установили ...": the volunteers do not speak first), and
    less the bodies an unnamed source sits in ("a source in the SBU said": the source stays unnamed)."""
    s0 = view.sent.start
    text = view.doc.text
    kept = [c for c in speakers if not _WITH_BEFORE.search(text, max(s0, c.start - 60), c.start)]
    bodies = [c for c in kept if c.what != "anonymous" and _INSIDER_BEFORE.search(text, max(s0, c.start - 60), c.start)]
    # (the source keeps the body in its words: "Quelle im ukrainischen Geheimdienst SBU", no entity)
    kept = [
        next(
            (
                Candidate(c.start, b.end, text[c.start : b.end], None, c.kind, c.what)
                for b in bodies
                if c.what == "anonymous" and _INSIDER_BEFORE.match(text, c.start, b.start)
            ),
            c,
        )
        for c in kept
        if c not in bodies
    ]
    return kept or speakers


_DATIVE_OUTLET = re.compile(r"\s+(?:dem|der)\s+(?:[\w-]+\s+){0,2}[„\"»«]?")


def outlet_addressed(
    view: SentenceView, lex: Lexicon, cand: Candidate, cue: tuple[int, int], speakers: list[Candidate]
) -> str | None:
    """How a Russian or Ukrainian outlet next to a speech verb takes part: "anonymous" when an unnamed
    source told it ("Как сообщил ТАСС источник в ...", "Об этом РИА Новости рассказал источник"),
    "addressed" when a speaker before the verb told it ("Источник ... сообщил ТАСС"), else None."""
    if cand.kind != "media":
        return None
    text = view.doc.text
    c_start, c_end = cue
    if lex.lang == "de":
        # "Eine Quelle ... sagte dem Portal „Kyjiwskyj Ohljad“": the outlet in the dative is addressed
        # ("sagte der „Welt“": the outlet's own span may open with the article)
        told = cand.start >= c_end and (
            _DATIVE_OUTLET.fullmatch(text, c_end, cand.start) is not None
            or (not text[c_end : cand.start].strip() and re.match(r"(?:dem|der)\s", text[cand.start : cand.end]))
        )
        return "addressed" if told and any(x.end <= c_start and x.what != "country" for x in speakers) else None
    if lex.lang not in ("ru", "uk"):
        return None
    after = cand.start >= c_end and not text[c_end : cand.start].strip()
    before = cand.end <= c_start and not text[cand.end : c_start].strip()
    if (after and view.word_after(cand.end) in lex.anonymous_sources) or (
        before and view.word_after(c_end) in lex.anonymous_sources
    ):
        return "anonymous"
    if after and any(x.end <= c_start and x.what != "country" for x in speakers):
        return "addressed"
    if after and any(x.start >= cand.end and x.what not in ("country", "anonymous") for x in speakers):
        return "addressed"  # "— сказал журналистам представитель МИД X": the speaker follows the addressee
    return None


def foreign_namesake(view: SentenceView, cand: Candidate) -> Candidate:
    """A known state body whose bare name another state's genitive follows ("Минобороны Литвы", "МЗС
    Польщі"): that state's body, no entity of the knowledge base."""
    ent = view.kb.get(cand.entity_id) if cand.entity_id else None
    own = getattr(ent, "country", None) if ent is not None else None
    after = next(
        (
            m
            for m in view.mentions
            if m.start == cand.end + 1
            and view.doc.text[cand.end : m.start] == " "
            and m.type == "country"
            and m.role != "adjective"
        ),
        None,
    )
    if own is None or after is None or view.country_of(after) == f"country:{own}":
        return cand
    return Candidate(cand.start, after.end, view.doc.text[cand.start : after.end], None, cand.kind, "institution")


_LEAD_QUOTE = re.compile(r"\s*[«„“\"][^«»„“”\"]{10,}[»“”\"]\s*,?\s*[—–-]?\s*")


def outside_lead_quote(view: SentenceView, lex: Lexicon, speakers: list[Candidate]) -> list[Candidate]:
    """The speakers less those named inside a leading quotation that a speech verb right after attributes
    ('«... через территорию Казахстана не соответствует действительности», — заявил X')."""
    quote = _LEAD_QUOTE.match(view.text)
    # ('"Our forces repelled the attack," the statement said': a short subject may stand before the verb)
    if quote is None or not any(0 <= h.start() - quote.end() <= 25 for h in view.find(lex.att_verbs)):
        return speakers
    s0 = view.sent.start
    outside = [c for c in speakers if not s0 + quote.start() <= c.start < s0 + quote.end()]
    return outside


# lower-case words of an office between a body and its holder's name ("представниця ЄС із закордонних справ")
_OFFICE_TAIL = re.compile(r"\s+(?:[а-яёіїєґ'’-]+\s+){1,4}")


def office_holder(view: SentenceView, cand: Candidate, cands: list[Candidate], cue_start: int = -1) -> Candidate | None:
    """The person named right after a body's name or the words of their office there ("начальник
    Дніпропетровської ОВА Олександр Гриценко", "верховна представниця ЄС із закордонних справ Кая Каллас");
    not one after the verb ("В Генштабе ВСУ отрицали потерю Каменного Брода": the object)."""
    text = view.doc.text
    return next(
        (
            c
            for c in cands
            if c.what == "person"
            and (0 <= c.start - cand.end <= 1 or _OFFICE_TAIL.fullmatch(text, cand.end, c.start))
            and not cand.end <= cue_start < c.start
        ),
        None,
    )
