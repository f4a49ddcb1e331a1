"""Institutions that speak: a noun and its owner ("das russische Verteidigungsministerium",
"Lebanon's health ministry", "U.S. officials"), roles that speak for their institution ("sagte
der Gouverneur", "a spokesman for the army"), source compounds ("Polizeiangaben") and qualified
media ("arabische Medien")."""

from __future__ import annotations

import re
from typing import Any

from ._body_kinds import compound_source, member_compound, role_noun_kind
from ._context import SentenceView
from ._cyrillic_names import adjectives_before, cyrillic_name, genitive_words, owned_run
from ._kinds import COMPANY_KIND
from ._lexicon import Lexicon
from ._modifiers import modifiers_before, name_start, stopwords
from ._name_tails import name_tail
from ._sources import Candidate

__all__ = ["aligned_group", "institutions", "modifiers_before", "stopwords"]

# "Mali's transitional government", "Russia's new defence ministry", "Ukraine's Defence Intelligence"
_POSSESSIVE_MODIFIERS = re.compile(r"['’]s(?:\s+[a-z][a-z-]*){1,2}\s+")
_POSSESSIVE_NAME = re.compile(r"['’]s(?:\s+[A-Z][a-z-]+){1,2}\s+")
# a capitalised name before an institution noun, maybe with its abbreviation: "the UK Maritime Trade
# Operations (UKMTO) centre", "the Joint Maritime Information Center"


# qualifiers that make an owned-only body speak without a country: "arabische Medien", "Western media"
_QUALIFIER = re.compile(
    r"\b((?:arabisch|westlich|staatlich|lokal|örtlich|regional|ausländisch|international|unabhängig|kremlnah|"
    r"regierungsnah|oppositionell|iranisch|israelisch|russisch|ukrainisch|türkisch|chinesisch)\w*"
    r"|Arab|Western|state|local|regional|foreign|international|independent|pro-Kremlin|opposition"
    # (a counted group of outlets speaks too: "Two newspapers reported", "mehrere Zeitungen berichteten")
    r"|two|three|four|five|several|multiple|zwei|drei|vier|fünf|mehrere)\s+$",
    re.IGNORECASE,
)


# a bloc before a body with no country: "Westliche Nachrichtendienste", "europäischer Geheimdienste"
_BLOC = re.compile(r"(?<![\w-])((?:westlich|europäisch|verbündet|alliiert)\w*)\s+$", re.IGNORECASE)


# an indefinite article, possibly with two modifiers, right before a word: "ein westlicher", "a senior"
_INDEFINITE_BEFORE = re.compile(r"(?<![\w-])(?:ein|eine|einer|einem|einen|a|an)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
_GENITIVE_AFTER = re.compile(r"\s+(?:des|der|of\s+the|for\s+the)\s+\w", re.IGNORECASE)


# a body's noun in the possessive right before an office of it: "the navy's press office"
_OWNING_BODY = re.compile(r"\b(?:the\s+)?([a-z][\w-]*(?:\s[a-z][\w-]*)?)['’]s\s+$")
_SAXON = re.compile(r"['’]s\s+")
_OWNED_OFFICES = frozenset({"press office", "press service", "media office"})


def _owned(view: SentenceView, end: int, start: int) -> bool:
    """ "Mali's transitional government", "China's commerce ministry": a possessive country and
    up to two lower-case modifiers (no function word, no verb) before an institution noun."""
    between = view.doc.text[end:start]
    if _POSSESSIVE_NAME.fullmatch(between) and view.doc.text[start : start + 1].isupper():
        return True  # a name: "Ukraine's Defence Intelligence"
    if not _POSSESSIVE_MODIFIERS.fullmatch(between):
        return False
    stop = stopwords(view.doc.lang or "en")
    words = between.split()[1:] if between.split() and between.split()[0] in ("'s", "’s") else between.split()
    return all(w.casefold() not in stop for w in words)


def _province(view: SentenceView, m: Any) -> bool:
    """A province or region in the KB (an oblast, a republic), whose own authorities a body may be."""
    ent = view.kb.get(m.entity_id)
    return getattr(ent, "place_kind", None) in ("oblast", "region")


def _genitive_tail(view: SentenceView, lex: Lexicon, end: int) -> int:
    """Russian and Ukrainian names go on in the genitive: "Министерство обороны России",
    "Міністерстві оборони України" (tail words from the lexicon, then a country or place)."""
    toks = [t for t in view.sent.tokens if t.start >= end]
    for k, t in enumerate(toks[:5]):
        gap = view.doc.text[end : t.start]
        if gap.strip():
            break
        if t.text.casefold() in lex.institution_tails:
            end = t.end
            continue
        if (
            k + 1 < len(toks)
            and _CYR_REGION_ADJ.fullmatch(t.text)
            and toks[k + 1].text.casefold() in lex.institution_tails
        ):
            end = t.end  # "губернатора Ростовской области": any region's adjective before a tail noun
            continue
        # ("Министерство обороны Мали", "міністр оборони ФРН": a country right after the body owns it too)
        if any(m.start == t.start and (m.type == "country" or (k > 0 and m.type == "place")) for m in view.mentions):
            end = next(m.end for m in view.mentions if m.start == t.start)
        elif any(m.start == t.start and m.type == "place" and _province(view, m) for m in view.mentions):
            end = next(m.end for m in view.mentions if m.start == t.start)  # "властей Татарстана": a province's
        elif (owned := owned_run(view, toks[k : k + 5])) is not None:
            end = owned  # "Министерство торговли и интеграции Казахстана": any genitive words, then the country
        break
    return end


_CYR_REGION_ADJ = re.compile(
    r"[А-ЯЁІЇЄҐ][а-яёіїєґ'’-]+(?:-[А-ЯЁІЇЄҐ][а-яёіїєґ'’]+)?(?:ской|цкой|ької|ської|цької|ого|ої)"
)


def _speaker_tail(text: str, end: int, lex: Lexicon) -> bool:
    """An institution word that opens a hyphenated compound whose tail names another speaker
    ("Militär-Blogger", "Armee-Kanal")."""
    m = re.match(r"-(\w+)", text[end : end + 40])
    if m is None:
        return False
    tail = m.group(1).casefold()
    return any(tail in ws for k, ws in lex.subject_kinds.items() if k in ("social_media", "media"))


def _joins(between: str, comma_ok: bool) -> bool:
    if comma_ok and re.fullmatch(r"\.?\s*,\s*", between):
        return True
    return bool(re.fullmatch(r"\.?\s*,?\s*(and|und|or|oder)\s*", between))


def _capital_after(view: SentenceView, countries: list[Any], end: int) -> int | None:
    """The end of a capital named right after "in" ("officials in Kyiv"), else None."""
    seat = next((c for c in countries if view.metonym(c) and view.doc.text[end : c.start] == " in "), None)
    return seat.end if seat is not None else None


def institutions(view: SentenceView, lex: Lexicon, taken: list[tuple[int, int]]) -> list[Candidate]:
    from .attribution import source_kind_of

    out: list[Candidate] = []
    s0 = view.sent.start
    countries = [m for m in view.mentions if view.kind(m) == "country"]
    # a region may own an institution as well ("the Kurdistan Region's interior ministry")
    regions = [m for m in view.mentions if m.type == "place"]
    anon = {w for w in lex.anonymous_sources}
    out += _missions(view, countries)
    for pat, kind in view.present(lex.institutions):
        for hit in view.find(pat):
            a, b = s0 + hit.start(), s0 + hit.end()
            if any(x < b and a < y for x, y in taken) or any(c.start < b and a < c.end for c in out):
                continue
            if _speaker_tail(view.doc.text, b, lex):
                continue  # "ein Militär-Blogger": the compound's tail says who speaks
            # a country right before ("russische", "Lebanon's", "U.S.") or a genitive right after ("Russlands")
            owner = (
                next(
                    (
                        c
                        for c in countries
                        if (
                            0 <= a - c.end <= 3
                            and "," not in view.doc.text[c.end : a]
                            # "у Росії розвідка фіксує": in Russian and Ukrainian only an adjective owns before
                            and (lex.lang not in ("ru", "uk") or c.role == "adjective")
                        )
                        or _owned(view, c.end, a)
                        # "Indian defence officials", "a senior Japanese defence official"
                        or (lex.lang == "en" and _DOMAIN_GAP.fullmatch(view.doc.text, c.end, a) is not None)
                    ),
                    None,
                )
                or next(
                    (
                        r
                        for r in regions
                        if _owned(view, r.end, a) or (0 <= a - r.end <= 1 and view.doc.text[r.end : a] in ("", " "))
                    ),
                    None,
                )
            )  # "the Kurdistan Region's interior ministry", "the Hadramawt health office"
            # "das Verteidigungsministerium Russlands", not "des Geheimdienstes auf ukrainische Drohnen"
            after = next(
                (
                    c
                    for c in countries
                    if 0 <= c.start - b <= 2 and not view.doc.text[b : c.start].strip() and c.role != "adjective"
                ),
                None,
            )
            if owner is not None:
                a = owner.start
                # "U.S., South Korean and Ukrainian officials": the whole coordination owns it
                # ("A, B and C"): the hop next to the noun needs a conjunction, further hops may be commas
                first = True
                while True:
                    prev = next(
                        (c for c in countries if c.end <= a and _joins(view.doc.text[c.end : a], comma_ok=not first)),
                        None,
                    )
                    if prev is None:
                        break
                    a, first = prev.start, False
            elif after is not None and lex.lang in ("de", "ru", "uk"):
                if hit.group().casefold() in lex.owned_only:
                    continue  # "nach Angaben Kiews": the genitive owner speaks itself
                b = after.end
            elif hit.group().casefold() in lex.owned_only and (qual := _QUALIFIER.search(view.doc.text, s0, a)):
                a = qual.start(1)  # "arabische Medien", "Western media": a qualified body speaks
            elif (
                hit.group().casefold() in anon
                and not view.search(lex.anonymity)  # ("officials in Tehran, speaking on condition of anonymity")
                and (seat := _capital_after(view, countries, b)) is not None
            ):
                b = seat  # "Officials in Kyiv said": officials at a capital speak for its government
            elif hit.group().casefold() in anon or hit.group().casefold() in lex.owned_only:
                continue  # bare "officials" is anonymous; "US officials", "local officials" are government;
                # bare "the media" is an addressee ("not authorised to talk to the media"), "Russian media" speak
            if owner is None and (near := _ALIGNED.search(view.doc.text, max(s0, a - 40), a)) is not None:
                a = near.start()  # "Huthi-nahe Kanäle", "Kremlin-aligned bloggers": their camp speaks with them
            elif owner is None and lex.lang == "de" and (bloc := _BLOC.search(view.doc.text, max(s0, a - 30), a)):
                a = bloc.start(1)  # "Westliche Nachrichtendienste schätzen": the bloc is part of who speaks
            if hit.group()[:1].isupper():
                b = name_tail(view, b, hit.group())
            body = next(
                (
                    m
                    for m in view.mentions
                    if m.type == "organization" and m.end <= a and view.doc.text[m.end : a] in ("", " ", ". ")
                ),
                None,
            )
            if owner is None and body is not None and lex.lang == "en":
                # "the U.N. human rights office", "FAMa general staff": a known body's office speaks as part of it
                a = body.start
                ent = view.kb.get(body.entity_id)
                kind_of_body = getattr(ent, "source_kind", None) if ent is not None else None
                if kind_of_body in ("international", "intelligence"):
                    kind = kind_of_body  # ("Ukraine's military intelligence agency": the agency is HUR)
            elif owner is None and lex.lang == "en":
                a = name_start(view, a)
                if a == s0 + hit.start() and hit.group()[:1].islower():
                    a = modifiers_before(view, a)  # "the finance ministry", "the U.N. special rapporteur"
            if lex.institution_tails:
                b = _genitive_tail(view, lex, b)
            if kind == "ngo" and lex.lang in ("ru", "uk"):
                # "Кільського інституту світової економіки" ("американского Института науки": the owner
                # opens it already)
                a_name, b = cyrillic_name(view, a, b)
                a = a_name if owner is None else a
            elif lex.lang in ("ru", "uk") and owner is None:
                a = adjectives_before(
                    view, lex, a
                )  # "областного оперативного штаба", "Полтавській ОВА", "місцевих ЗМІ"
                # "північнокорейські державні медіа": a country's adjective before those adjectives owns it
                a = next((c.start for c in countries if c.role == "adjective" and c.end == a - 1), a)
            if lex.lang in ("ru", "uk") and kind in ("government", "military"):
                # "министерства социальной защиты", "Оперативной группе российских войск": what it is for
                b = genitive_words(view, b)
                town = _TOWN_GENITIVE.match(view.doc.text, b)
                if (
                    kind == "government"
                    and town is not None
                    and not any(
                        m.start == town.start(1) and m.type in ("organization", "person", "country")
                        for m in view.mentions
                    )
                ):
                    b = town.end(1)  # "Администрация Каспийска", "Адміністрація Нікополя": the town it governs
            body_kind = kind
            office = lex.lang == "en" and owner is None and hit.group().casefold() in _OWNED_OFFICES
            owned_by = _OWNING_BODY.search(view.doc.text, max(s0, a - 30), a) if office else None
            if owned_by is not None:
                # "the navy's press office denied": the press office speaks with the kind of the body that owns it
                owning = next((k for pat, k in lex.institutions if pat.fullmatch(owned_by.group(1))), None)
                if owning in ("military", "intelligence", "government", "ngo"):
                    body_kind, a = owning, owned_by.start(1)
            named = (
                next(
                    (
                        m
                        for m in view.mentions
                        if m.type == "organization" and _SAXON.fullmatch(view.doc.text, m.end, a)
                    ),
                    None,
                )
                if office and owned_by is None
                else None
            )
            if named is not None:
                # "the RSF's media office wrote": the named group owns the office and lends it its kind
                owning = source_kind_of(view, named)
                if owning in ("military", "intelligence", "government", "ngo"):
                    body_kind, a = owning, named.start
            if owner is not None and (gap := _DOMAIN_GAP.fullmatch(view.doc.text, owner.end, s0 + hit.start())):
                words = gap.group(0).casefold().split()
                body_kind = next((k for w, k in _DOMAIN_KINDS.items() if w in words), kind)
            out.append(Candidate(a, b, view.doc.text[a:b], None, body_kind, "institution"))
    for tok in view.sent.tokens:
        # a role without a name speaks for its institution: "sagte der Gouverneur", "the governor said"
        role: str | None = role_noun_kind(tok.text.casefold(), lex)
        if role is None and lex.compound_sources:
            role = compound_source(tok.text, lex, view) or member_compound(tok.text, lex, view)
            if role in (None, "person") and lex.company_heads and _company_compound(tok.text, lex):
                if not any(x < tok.end and tok.start < y for x, y in taken):
                    out.append(Candidate(tok.start, tok.end, tok.text, None, COMPANY_KIND, "institution"))
                continue
        if role is None and "-" not in tok.text:
            continue  # neither a role noun nor a compound: nothing to find here
        if (
            role is not None
            and tok.text.casefold() in lex.anonymous_sources
            and _INDEFINITE_BEFORE.search(view.doc.text, max(view.sent.start, tok.start - 40), tok.start)
            and not _GENITIVE_AFTER.match(view.doc.text, tok.end)
        ):
            continue  # "Ein westlicher Diplomat in Georgetown sagte": someone unnamed, no office speaks
        if any(x < tok.end and tok.start < y for x, y in taken) or any(
            c.start < tok.end and tok.start < c.end for c in out
        ):
            continue
        if role == "person" or (
            role is not None
            and any(
                m.type == "person"
                and (0 <= m.start - tok.end <= 60 or _APPOSED.fullmatch(view.doc.text, m.end, tok.start))
                for m in view.mentions
            )
        ):
            role = None
        if role is not None and _GENITIVE_AFTER.match(view.doc.text, tok.end):
            # "ein Sprecher des Ministeriums", "a spokesman for the army": the institution speaks; one the
            # patterns miss in the genitive ("des Generalstabs") is found from its stem here
            owner_tok = _genitive_institution(view, lex, tok, out)
            if owner_tok is not None:
                out.append(owner_tok)
                continue
            if _genitive_taken(view, tok, out, taken):
                continue
            # an owner no pattern knows ("ein Sprecher des Heeres"): the role speaks for it
        org = next(
            (
                m
                for m in view.mentions
                if m.type == "organization"
                and m.end <= tok.start
                and view.doc.text[m.end : tok.start] in ("", " ", "'s ", "’s ")
            ),
            None,
        )
        if role is not None and org is not None and role not in ("social_media", "media"):
            # (a "Russian military blogger" or a "Pentagon reporter" speaks for no one but themselves)
            # "Pentagon spokesman", "a UN spokesperson said", "NATO's spokesperson": the organisation speaks
            out.append(
                Candidate(
                    org.start, tok.end, view.doc.text[org.start : tok.end], org.entity_id,
                    source_kind_of(view, org), "organization",
                )
            )  # fmt: skip
            continue
        head = next((c for c in out if 0 <= tok.start - c.end <= 1), None)
        if role is not None and head is not None:
            # "a senior Ukrainian air force officer": the officer speaks for the air force
            out[out.index(head)] = Candidate(
                head.start, tok.end, view.doc.text[head.start : tok.end], None, head.kind, "institution"
            )
            continue
        if role is None and "-" in tok.text and any(c.start == tok.start for c in countries):
            # "US-Regierungsvertreter", "Kreml-Sprecher": a country or institution head, an institution tail
            tail = tok.text.rsplit("-", 1)[1]
            role = next((k for pat, k in lex.institutions if pat.fullmatch(tail)), None)
        if role is not None:
            # "Israel's defence minister said": the owning country opens the description
            owner = next(
                (c for c in countries + regions if c.end <= tok.start and _owned(view, c.end, tok.start)), None
            )
            a = owner.start if owner is not None else tok.start
            if owner is None and lex.lang == "en":
                # "An SES spokesperson", "a Kestrel Systems spokesman": an unknown body's name before the role
                cap = _CAP_BEFORE.search(view.doc.text, max(view.sent.start, a - 40), a)
                if cap is not None and not any(cap.start() <= m.start < a for m in view.mentions):
                    a = cap.start()
                else:
                    # "the US special envoy": modifiers with a country in them ("A senior spokesman" stays one)
                    a2 = modifiers_before(view, a)
                    a = a2 if any(a2 <= c.start < a for c in countries) else a
                    body = next(
                        (
                            m
                            for m in view.mentions
                            if m.type == "organization" and view.doc.text[m.end : a2] in (" ", ". ")
                        ),
                        None,
                    )
                    a = body.start if body is not None else a  # "the U.N. special rapporteur": its body too
            # "Губернатор Брянской области", "глава региона": the role's genitive belongs to it
            b = _genitive_tail(view, lex, tok.end) if lex.institution_tails else tok.end
            dom = _ROLE_DOMAIN.match(view.doc.text, b) if lex.lang == "en" else None
            if (
                dom is not None
                and dom.end() <= view.sent.end
                and not any(b <= x.start < dom.end() and x.type in ("organization", "person") for x in view.mentions)
            ):
                b = dom.end()  # "the special envoy for Sudan" (not "a spokesman for the Sudanese Armed Forces")
            prefix = _ACTING.search(view.doc.text, max(view.sent.start, a - 12), a)
            if prefix is not None and lex.lang in ("ru", "uk"):
                a = prefix.start()  # "врио губернатора": the acting governor
            out.append(Candidate(a, b, view.doc.text[a:b], None, role, "institution"))
    return out


_ROLE_DOMAIN = re.compile(r"\s+(?:for|on)\s+(?:the\s+)?[A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,2}")
_ACTING = re.compile(r"(?<![\w.])(?:врио|ВрИО|и\.\s?о\.|в\.\s?о\.)\s+$")
# a town's name in the genitive right after a local authority ("Администрация Каспийска", "міськради Нікополя")
_TOWN_GENITIVE = re.compile(r" ([А-ЯЁІЇЄҐ][а-яёіїєґ'’-]{2,}(?:а|я|ы|и|і))(?![\w-])")
# "Tomas Rangel, Kommandeur der Zone, sagte", "Jan Kos, the deputy commander": a role in apposition to a name
_APPOSED = re.compile(r",\s+(?:[a-zäöüß][\w-]*\s+){0,3}")
# one or two capitalised words right before a role, after an article: "An SES spokesperson"
_CAP_BEFORE = re.compile(r"(?:(?<=\b[Aa]n )|(?<=\b[Aa] )|(?<=\b[Tt]he ))(?:[A-Z][\w&.-]*\s){1,2}$")


def _genitive_taken(view: SentenceView, role: Any, out: list[Candidate], taken: list[tuple[int, int]]) -> bool:
    """Whether the genitive noun after a role is already a source or a mention ("des Ministeriums"); a
    place is neither ("der Gouverneur des Gebiets Samara" speaks for the region)."""
    toks = [t for t in view.sent.tokens if t.start >= role.end][:3]
    if len(toks) < 2:
        return False
    pos = toks[1].start
    return (
        any(c.start <= pos < c.end for c in out)
        or any(a <= pos < b for a, b in taken)
        or any(m.start <= pos < m.end for m in view.mentions if m.type != "place")
    )


def _genitive_institution(view: SentenceView, lex: Lexicon, role: Any, out: list[Candidate]) -> Candidate | None:
    """The institution in a genitive after a role ("Sprecher des Generalstabs"), matched by its stem."""
    toks = [t for t in view.sent.tokens if t.start >= role.end][:3]
    if len(toks) < 2 or any(c.start <= toks[1].start < c.end for c in out):
        return None
    word = toks[1].text
    for stem in (word, word[:-1], word[:-2]):
        kind = next((k for pat, k in lex.institutions if pat.fullmatch(stem)), None)
        if kind is not None:
            return Candidate(
                role.start, toks[1].end, view.doc.text[role.start : toks[1].end], None, kind, "institution"
            )
    return None


# a camp before a body: "Huthi-nahe", "kremlnahe", "Kremlin-aligned", "pro-Russian"
_ALIGNED = re.compile(
    r"(?<![\w-])(?:[\w-]+-?(?:nahe|nahen|naher|treue|treuen|aligned|affiliated|linked|backed)|pro-[\w-]+)\s+$",
    re.IGNORECASE,
)


# a state's mission to a body: "Iran's mission to the United Nations", "die russische Vertretung bei der OSZE"
_MISSION = re.compile(
    r"(?:['’]s\s+|\s+)(?:permanent\s+|ständige\s+)?(?:mission|delegation|vertretung|mission|delegation)"
    r"\s+(?:to|at|bei)\s+(?:the\s+|den\s+|der\s+|dem\s+)?",
    re.IGNORECASE,
)


# domain words between an owner and its body: "Indian defence officials", "US military officials"
_DOMAIN_GAP = re.compile(
    r"(?:['’]s)?\s(?:(?:defen[cs]e|military|security|foreign|intelligence|government|administration|border|naval|army|"
    r"police|health|interior)\s){1,2}",
    re.IGNORECASE,
)
# ("military intelligence": the intelligence service, the more specific word first)
_DOMAIN_KINDS = {"intelligence": "intelligence", "military": "military", "army": "military", "naval": "military"}


def _missions(view: SentenceView, countries: list[Any]) -> list[Candidate]:
    """A country's mission to an international body speaks for the country's government, not the body."""
    out: list[Candidate] = []
    for c in countries:
        hit = _MISSION.match(view.doc.text, c.end)
        body = next((m for m in view.mentions if hit and m.start == hit.end() and m.type == "organization"), None)
        if hit is not None and body is not None:
            out.append(
                Candidate(c.start, body.end, view.doc.text[c.start : body.end], None, "government", "institution")
            )
    return out


def aligned_group(text: str) -> bool:
    """ "Huthi-nahe Kanäle", "Rwanda-backed rebels": a group named by its camp, no body of its own."""
    first = text.split(maxsplit=1)[0] + " " if text.strip() else ""
    return _ALIGNED.fullmatch(first) is not None


def _company_compound(word: str, lex: Lexicon) -> bool:
    """ "Herstellerangaben", "Unternehmensangaben": a company speaks (as ``COMPANY_KIND``)."""
    low = word.casefold()
    if not low.endswith(lex.compound_sources):
        return False  # one C-level test for the common case
    tail = next((t for t in lex.compound_sources if low.endswith(t) and len(low) > len(t) + 2), None)
    return tail is not None and low[: len(low) - len(tail)].rstrip("-") in lex.company_heads
