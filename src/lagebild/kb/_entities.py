"""The ``entities`` component: KB mentions, abbreviations defined in the text, unknown people."""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import cache, lru_cache
from typing import Any

from ..document import Document, Mention, Sentence
from ..extract._lexicon import body_descriptors, common_german_word, first_names, get_lexicon, organisation_words
from ..nlp._resources import lang_data
from ..nlp._units import measure_unit
from ..pipeline import Step, component
from ._abbreviations import (
    find_abbreviations,
    kind_after_acronym,
    opens_quoted_name,
    relink_defined_acronyms,
    spelled_out_bodies,
)
from ._filters import drop_class_descriptors, drop_namesakes, drop_places_in_ranked_names
from ._orgs import cut_at_bodies, find_organisations
from ._places import find_places
from ._ru_people import find_people_cyrillic
from ._units import find_units_and_designations
from .link import get_linker
from .model import Entity

__all__ = ["PARTICLES", "find_abbreviations", "find_people", "person_id"]

_LATIN_NAME = re.compile(r"[A-Za-z][A-Za-z0-9&'’ .-]+")
_LOWER = "a-zäöüßéèêëáàâãíìîïóòôõøúùûñçšžčćłńśźżăâîșțğıåæýěřůūāēō'’"
_LATIN_CAP = re.compile(
    rf"^(?:(?:al|el|ad|as|ash|ar|an|bin|abu)-)?[A-ZÄÖÜÉÁÍÓÚÇŠŽČĆŁŚŻØÅİ][{_LOWER}]+(?:-[A-ZÄÖÜÉÁÍÓÚÇŠŽČĆŁŚŻØÅİ]?[{_LOWER}]+)*$"
)


def person_id(name: str) -> str:
    import unicodedata

    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")
    return f"person:{slug or 'unknown'}"


_ABSTRACT_NOUN = re.compile(r"(?:ung|ungen|heit|heiten|keit|keiten|schaft|schaften|tion|tionen|ismus)$")
_DETERMINERS = frozenset(
    "der die das dem den des ein eine einem einer eines im am vom zum zur beim the a an this that".split()
)
_PLACE_PREPS = frozenset({"in", "near", "nahe", "bei", "im"})
PARTICLES = frozenset({"von", "van", "de", "da", "del", "al", "bin", "ibn", "ben", "el", "zu"})


@cache
def _stopwords(lang: str) -> frozenset[str]:
    """Function words ("Nach", "Die", "Laut") capitalised at a sentence start are never names."""
    from ..signals._data import signal_lexicon

    return signal_lexicon(lang).stopwords | {"uhr", "laut", "zufolge", "gestern", "heute"}


@cache
def _long_roles(lang: str) -> tuple[str, ...]:
    roles = tuple(r for r in get_lexicon(lang).person_roles if len(r) >= 6)
    return roles + (("chef", "chefin") if lang == "de" else ())  # "Konzernchef", "Geheimdienstchefin"


def _is_role(w: str, roles: frozenset[str], long_roles: tuple[str, ...], lang: str) -> bool:
    """A role noun, inflected ("Präsidenten", "Journalisten") or as a compound tail ("Drohnenanalyst")."""
    forms = {w, w.rstrip("s")}
    if lang == "de":
        forms |= {w[:-2] if w.endswith("en") else w, w[:-1] if w.endswith("n") else w}
    return any(f in roles or f.endswith(long_roles) for f in forms)


@lru_cache(maxsize=1 << 16)
def _not_a_name(word: str, lang: str) -> bool:
    from ..nlp._resources import lang_data

    data = lang_data(lang)
    w = word.casefold()
    lex = get_lexicon(lang)
    stop = _stopwords(lang)
    return (
        w in stop
        or (w in data["months"] and word not in first_names())  # "Jan Havránek" is no month
        or w in data["weekdays"]
        or w in lex.person_roles
        or w.endswith(_long_roles(lang))
        or w in lex.anonymous_sources
        or w in organisation_words()
        or w in (data.get("multipliers") or {})
        or w in _common_nouns(lang)
        or measure_unit(w, lang) is not None
    )


@cache
def _common_nouns(lang: str) -> frozenset[str]:
    """Words our own lexicons know as common words (number words, generic weapon words, claim
    trigger words written without wildcards): "Zwei Menschen", "Drohnen" are no names."""
    from ..nlp._resources import lang_data

    raw = get_lexicon(lang).raw
    words: set[str] = {str(w).casefold() for w in lang_data(lang).get("number_words") or {}}
    words |= {str(w).casefold() for w in raw.get("generic_items") or []}
    for spec in (raw.get("triggers") or {}).values():
        for key in ("strong", "weak"):
            words |= {str(w).casefold() for w in (spec or {}).get(key) or [] if isinstance(w, str)}
    words |= {"menschen", "mensch", "leute", "people", "sabotage"}
    # bodies that speak ("Medien", "Regierung", "Armee") and parts of a month ("Anfang", "Ende"):
    # "berichteten iranische Medien Anfang des Jahres" holds no person
    words |= {str(w).casefold() for w in raw.get("generic_bodies") or []}
    words |= {str(w).casefold() for w in raw.get("owned_only_institutions") or []}
    words |= {str(w).casefold() for w in (raw.get("institutions") or {})}
    words |= {"anfang", "ende", "mitte", "beginn", "early", "late", "mid"}
    return frozenset(w for w in words if " " not in w and "*" not in w and "." not in w)


def _name_run(tokens: list[Any], end_idx: int, lang: str, taken: list[tuple[int, int]]) -> tuple[int, int] | None:
    """A person name ending at token ``end_idx``: the last two capitalised words of a run
    ("... Fahrzeuge Andriy Tarasenko" -> "Andriy Tarasenko"), three when the first is a
    known given name or a particle joins them ("Abu Bakr al Baghdadi" stays two)."""

    def free(t: Any) -> bool:
        # an upper-case first letter first: the cheap test that most tokens fail
        return (
            (t.text[:1].isupper() or t.text[2:3] == "-" or t.text[3:4] == "-")  # "al-Warfalli"
            and bool(_LATIN_CAP.match(t.text))
            and not any(a < t.end and t.start < b for a, b in taken)
        )

    tok = tokens[end_idx]
    if not free(tok) or _not_a_name(tok.text, lang) or end_idx == 0:
        return None
    prev = tokens[end_idx - 1]
    i = end_idx
    if free(prev) and not _not_a_name(prev.text, lang) and not common_german_word(prev.text, lang):
        i = end_idx - 1
    elif free(prev) and end_idx >= 2 and _role_word(tokens[end_idx - 2].text, lang) and prev.text.isalpha():
        i = end_idx - 1  # "die Politikwissenschaftlerin Grace Nyirabera": after a role a given name that is a word
    elif (
        prev.text.casefold() in PARTICLES
        and end_idx >= 2
        and free(tokens[end_idx - 2])
        # "Tötungen von Zivilisten": an abstract noun before the particle opens no name (any dictionary
        # word would be too many: given names and surnames are dictionary words too)
        and not _not_a_name(tokens[end_idx - 2].text, lang)
        and not _ABSTRACT_NOUN.search(tokens[end_idx - 2].text)
    ):
        i = end_idx - 2
    if i == end_idx:
        return None
    if i >= 1 and free(tokens[i - 1]) and tokens[i - 1].text in first_names():
        i -= 1
    elif i >= 2 and free(tokens[i - 1]) and _role_word(tokens[i - 2].text, lang):
        i -= 1  # "Brigadegeneral Than Htike Aung", "spokesman Saw Kyaw Win": a third name after a role
    if i >= 1 and tokens[i - 1].text.casefold() in _DETERMINERS:
        return None  # "das Kaspische Meer", "the White House": a noun phrase, not a person
    if i >= 1 and tokens[i - 1].text.casefold() in _PLACE_PREPS:
        return None  # "a market in Spin Boldak", "bei Bad Kissingen": a place, not a person
    return i, end_idx


@lru_cache(maxsize=4096)
def _role_word(word: str, lang: str) -> bool:
    """A role noun ("spokesman", "Brigadegeneral", "Armeesprecher") right before a name."""
    lex = get_lexicon(lang)
    low = word.casefold()
    roles = {r.casefold() for r in lex.role_kinds} | {r.casefold() for r in lex.person_roles}
    return low in roles or (lang == "de" and any(len(r) >= 6 and low.endswith(r) for r in roles))


_KOREAN_GIVEN = re.compile(r"[A-Z][a-z]+-[a-z]+")
_HEADS_OF = frozenset({"of", "at"})  # "director of X", "analyst at X": X is the body
# an apposition after a name: its head noun ("Los Lagartos, a drug gang", "X, eine Miliz aus ...")
_DESCRIBED = re.compile(r",\s+(?:a|an|the|ein|eine|einer|die|der)\s+((?:[\w-]+\s+){0,2}[\w-]{3,})(?=[\s,.;])")
_RELATIVE_AFTER = re.compile(r",\s+(?:who|der|die)\s+[^,.;:\"“”„]{3,140},\s+")
_ORIGIN_PREPS = frozenset("from in near aus nahe".split())  # a name after these is a place


def find_people(doc: Document, mentions: list[Mention]) -> list[Mention]:
    """Unknown people near a role noun ("der Experte X") or an attribution verb ("sagte X")."""
    lang = doc.lang or "en"
    if lang not in ("de", "en"):
        return []
    lex = get_lexicon(lang)
    taken = [(m.start, m.end) for m in mentions]
    spans = sorted(taken)  # bisected per sentence: no scan of every mention for every sentence
    starts = [a for a, _ in spans]
    longest = max((b - a for a, b in spans), default=0)
    found: list[Mention] = _bylines(doc, lex, taken)
    taken += [(m.start, m.end) for m in found]
    for sent in doc.sentences:
        if sent.is_heading:
            continue
        toks = sent.tokens
        cues: list[int] | None = None  # found when the sentence holds a name run
        # tokens lie inside the sentence: only spans that reach into it can overlap them
        lo, hi = bisect_left(starts, sent.start - longest), bisect_left(starts, sent.end)
        local = [(a, b) for a, b in spans[lo:hi] if a < sent.end and sent.start < b]
        j = len(toks) - 1
        while j >= 1:
            run = _name_run(toks, j, lang, local)
            if run is None:
                j -= 1
                continue
            a, b = run
            start, end = toks[a].start, toks[b].end
            if cues is None:
                cues = _context_positions(sent, lex)
            origin = a > 0 and toks[a - 1].text.casefold() in _ORIGIN_PREPS  # "a fisherman from Quang Ngai"
            origin = origin or _after_place_noun(toks, a, lang)  # "ein Arzt aus der Stadt Debre Markos"
            # "managing director of Eastgate Logistics": what a role heads is a body, not a person
            origin = origin or (
                a > 1
                and toks[a - 1].text.casefold() in _HEADS_OF
                and _is_role(toks[a - 2].text.casefold(), lex.person_roles, _long_roles(lang), lang)
            )
            described = _DESCRIBED.match(doc.text, end)
            words = described.group(1).casefold().split() if described is not None else []
            # ("Maria Lopez, a party official": a role among the words describes a person)
            if any(w in body_descriptors() for w in words) and not any(_role_word(w, lang) for w in words):
                j = a - 1
                continue  # "Los Lagartos, a drug gang that ...": a body, described as one
            clause = _RELATIVE_AFTER.match(doc.text, end)  # ("X, who studies ... at ..., said": the cue after it)
            after = clause.end() if clause is not None else -99
            if not origin and any(abs(c - start) <= 60 or abs(c - end) <= 40 or 0 <= c - after <= 2 for c in cues):
                name = doc.text[start:end]
                found.append(Mention(start, end, name, person_id(name), "person", "pattern.person", "name"))
                taken.append((start, end))
                local.append((start, end))
            j = a - 1
    # later mentions by surname alone; characters already in a mention are marked, not scanned for
    occupied = bytearray(len(doc.text))
    for a, b in taken:
        occupied[a:b] = b"\x01" * (b - a)
    order: dict[str, str] = {}  # surname -> entity id, first found first
    # KB people named in full ("Pedro Sanchez") are later called by surname too ("Sanchez said")
    known = [m for m in mentions if m.type == "person" and len(m.text.split()) >= 2]
    for men in [*known, *found]:
        words = men.text.split()
        # "Han Ji-woo", "Choi Young-hoon": a Korean given name (hyphenated, lower case after the hyphen)
        # follows the family name, who is called by it ("Rep. Han said")
        korean = len(words) == 2 and _KOREAN_GIVEN.fullmatch(words[1]) is not None
        for surname in (words[0],) if korean else (words[-1],):
            if len(surname) >= 3 and surname[:1].isupper() and not _not_a_name(surname, lang):
                order.setdefault(surname, men.entity_id)
            elif _ARTICLE_SURNAME.match(surname):
                # "Hamoud al-Mutawakkil ... Al-Mutawakkil also said": the article is capitalised at a sentence start
                order.setdefault(surname, men.entity_id)
                order.setdefault(surname[:1].upper() + surname[1:], men.entity_id)
    if not order:
        return found
    # one pass over the text for all surnames (not one per surname); at a position the longest wins
    alternatives = "|".join(re.escape(n) for n in sorted(order, key=len, reverse=True))
    places: dict[str, list[tuple[int, int]]] = {}
    # German genitive: "nach Angaben Reinhardts" is Reinhardt's
    genitive = "(s?)" if lang == "de" else "()"
    for occ in re.finditer(rf"(?<![\w-])(?=({alternatives}){genitive}(?![\w]))", doc.text):
        places.setdefault(occ.group(1), []).append((occ.start(), len(occ.group(2))))
    for surname, entity_id in order.items():
        for start, genitive_s in places.get(surname, []):
            end = start + len(surname) + genitive_s
            if any(occupied[start:end]):
                continue
            found.append(Mention(start, end, doc.text[start:end], entity_id, "person", "pattern.person", "name"))
            occupied[start:end] = b"\x01" * (end - start)
    return found


_ARTICLE_SURNAME = re.compile(r"(?:al|el|ad|ar|as|ash|at|az|an|ul)-[A-Z]\w{2,}")


@cache
def _byline_regex(openers: tuple[str, ...]) -> re.Pattern[str] | None:
    if not openers:
        return None
    alts = "|".join(re.escape(o).replace(r"\ ", r"\s+") for o in sorted(openers, key=len, reverse=True))
    # an opener at a line start (or after "(" or ";" in a credit line), then the names up to the line end
    return re.compile(rf"(?m)(?:^[ \t]*\(?|[(;|][ \t]*)(?:{alts})\s+([^\n|;)]+)")


_BYLINE_NAME = re.compile(r"[A-ZÄÖÜ][\w'’-]+(?:[ ][A-ZÄÖÜ][\w'’-]+){1,2}")
_BYLINE_SEP = re.compile(r"\s*(?:,|\bund\b|\band\b|\bin\s+[A-ZÄÖÜ][\w'’-]+(?:\s[A-ZÄÖÜ][\w'’-]+)?)\s*")


def _bylines(doc: Document, lex: Any, taken: list[tuple[int, int]]) -> list[Mention]:
    """Authors named in a byline or a credit line: "Von Martin Hladik | 22.03.2025", "By Kenji
    Morita in Tokyo", "Von X und Y |", "Eine Analyse von X, ARD-Studio Rabat", "(Reporting by X in
    Bogota and Y in Cucuta; Editing by Z)"."""
    regex = _byline_regex(tuple(str(o) for o in lex.raw.get("byline_openers") or []))
    if regex is None:
        return []
    out = []
    for m in regex.finditer(doc.text):
        pos, end = m.start(1), m.end(1)
        while pos < end:
            name = _BYLINE_NAME.match(doc.text, pos, end)
            if name is None:
                break
            a, b = name.span()
            words = name.group().split()
            if not any(x < b and a < y for x, y in taken) and not any(_not_a_name(w, lex.lang) for w in words[1:]):
                out.append(Mention(a, b, name.group(), person_id(name.group()), "person", "pattern.person", "name"))
            sep = _BYLINE_SEP.match(doc.text, b, end)
            while sep is not None and sep.end() > sep.start():
                b = sep.end()
                sep = _BYLINE_SEP.match(doc.text, b, end)
            if b == name.end() and not doc.text[b:end].strip().startswith(("und", "and", ",")):
                break  # the names end here ("..., ARD-Studio Rabat" after a comma is no name list)
            pos = b
    return out


@cache
def _place_nouns(lang: str) -> tuple[frozenset[str], frozenset[str]]:
    nouns = lang_data(lang).get("place_nouns") or {}
    return frozenset(str(w) for w in nouns.get("before") or []), frozenset(str(w) for w in nouns.get("of") or [])


def _after_place_noun(toks: list[Any], a: int, lang: str) -> bool:
    """A name right after a place noun is a place: "der Stadt Finote Selam", "the town of Kalma"."""
    before, of = _place_nouns(lang)
    if a >= 1 and toks[a - 1].text in before:
        return True
    return a >= 2 and toks[a - 1].text in ("of", "von") and toks[a - 2].text in of


def _context_positions(sent: Sentence, lex: Any) -> list[int]:
    # a role, or a compound ending in one ("Drohnenanalyst", "Waffenhändlers")
    long_roles = _long_roles(lex.lang)
    pos = [t.start for t in sent.tokens if _is_role(t.text.casefold(), lex.person_roles, long_roles, lex.lang)]
    # ("..., Arvind Kulkarni, bestritt": a denial is said too)
    # ("sprach Lena Hofstätter mit Friederike Lanz": who interviews and who is interviewed; "X leitet ...")
    for pat in (lex.att_verbs, lex.before_source, lex.denial, lex.stance_verbs, lex.person_cues):
        spans = [(m.start(), m.end()) for m in pat.finditer(sent.text)]
        pos += [a + sent.start for a, _ in spans]
        pos += [b + sent.start for _, b in spans]
    # an appositive that describes someone: "Nguyen Van Tho, a fisherman from Ly Son," (not a place:
    # "Bukidnon, a province in the south")
    for m in _APPOSITIVE.finditer(sent.text):
        if m.group(1).casefold() not in lex.place_nouns:
            pos.append(sent.start + m.start())
    return pos


_APPOSITIVE = re.compile(r",\s+(?:a|an|ein|eine)\s+(?:[a-zäöü-]+\s+){0,2}?([a-zäöü-]{3,})\b")


_REGION_BEFORE = frozenset({"gebiet", "oblast", "region", "gebiets", "oblast'", "область", "області"})
_REGION_AFTER = frozenset({"region", "oblast", "province", "regions", "gebiet", "область", "області"})


def _regions(text: str, mentions: list[Mention], kb: Any) -> list[Mention]:
    """ "Gebiet Saporischschja", "the Sumy region": a city named with a region word means its oblast."""
    out = []
    for m in mentions:
        ent = kb.get(m.entity_id)
        oblast = kb.get(f"{m.entity_id}-oblast") if ent is not None and ent.type == "place" else None
        if oblast is None:
            out.append(m)
            continue
        before = re.search(r"(\w+)\s+$", text[max(0, m.start - 20) : m.start])
        after = re.match(r"\s+(\w+)", text[m.end : m.end + 20])
        if before and before.group(1).casefold() in _REGION_BEFORE:
            start = m.start - len(before.group(0))
            out.append(Mention(start, m.end, text[start : m.end], oblast.id, "place", "kb.region", "name"))
        elif after and after.group(1).casefold() in _REGION_AFTER:
            end = m.end + len(after.group(0))
            out.append(Mention(m.start, end, text[m.start : end], oblast.id, "place", "kb.region", "name"))
        else:
            out.append(m)
    return out


def _kinds_after_acronyms(doc: Document, mentions: list[Mention]) -> None:
    """ "the Multinational Security Support (MSS) mission": a body the text spells out speaks as the kind
    noun after its acronym says (``doc.meta["org_kinds"]``)."""
    nouns = get_lexicon(doc.lang or "en").source_nouns
    kinds: dict[str, str] = doc.meta.setdefault("org_kinds", {})
    for m in mentions:
        kind = kind_after_acronym(doc.text, m.end, nouns) if m.rule == "pattern.org" else None
        if kind is not None:
            kinds.setdefault(m.entity_id, kind)


@component("entities", requires=["sentences", "lang"], assigns=["mentions"])
def make_entities(context: dict[str, Any]) -> Step:
    """KB mentions (Aho-Corasick, morphology-aware), abbreviations, unknown people."""
    linker = context.get("linker") or get_linker()

    def entities(doc: Document) -> Document:
        mentions = _regions(doc.text, drop_class_descriptors(linker.find(doc.text), doc.text), linker.kb)
        mentions = drop_namesakes(doc, mentions, linker.kb)
        mentions = relink_defined_acronyms(doc.text, mentions, linker.kb)
        _kinds_after_acronyms(doc, mentions)
        mentions += find_abbreviations(doc, mentions)
        if doc.lang in ("de", "en"):
            units = find_units_and_designations(doc.text, doc.lang, mentions)
            # "47th Mechanized Brigade": the numbered unit, not the KB's generic "Mechanized Brigade"
            mentions = [m for m in mentions if not any(u.start < m.end and m.start < u.end for u in units)]
            mentions += units
        if doc.lang in ("de", "en"):
            mentions = drop_places_in_ranked_names(doc, mentions)
        mentions += find_people(doc, mentions)
        if doc.lang in ("de", "en"):
            mentions += find_places(doc, mentions, _stopwords(doc.lang))
            doc.mentions = sorted(mentions, key=lambda m: m.start)
            orgs = find_organisations(doc, linker.kb, _stopwords(doc.lang))
            # "the channel Grey Zone": the name the person pattern took is the channel's
            mentions = [kept for m in mentions if (kept := cut_at_bodies(doc.text, m, orgs)) is not None]
            mentions += orgs
            bodies, kinds = spelled_out_bodies(doc.text, mentions, get_lexicon(doc.lang).source_nouns)
            mentions = [m for m in mentions if not any(b.start <= m.start and m.end <= b.end for b in bodies)]
            mentions += bodies  # ("the Joint Stabilisation Support (JSS) mission": no person inside it)
            doc.meta.setdefault("org_kinds", {}).update(kinds)
        if doc.lang in ("ru", "uk"):
            # "в посёлке Климово", "у Білгород-Дністровському районі": places the KB does not know,
            # before the NER takes a village for a person
            places = find_places(doc, mentions, frozenset())
            mentions = [m for m in mentions if not any(p.start <= m.start and m.end < p.end for p in places)]
            mentions += places
            people = find_people_cyrillic(doc, mentions, linker.kb)
            # "Игорь Лавров" is not Sergei Lavrov: the longer name replaces the KB surname inside it
            mentions = [m for m in mentions if not any(p.start <= m.start and m.end <= p.end for p in people)]
            mentions += people
            # "центра Sanctions Monitor Europe": a body named in Latin letters after its kind noun
            doc.mentions = sorted(mentions, key=lambda m: m.start)
            latin = [o for o in find_organisations(doc, linker.kb, frozenset()) if _LATIN_NAME.fullmatch(o.text)]
            mentions += [o for o in latin if not any(o.start < m.end and m.start < o.end for m in mentions)]
        # "корреспондентом «Россия-Пресс»": a country that opens a quoted name is part of that name
        mentions = [m for m in mentions if not opens_quoted_name(doc.text, m)]
        mentions.sort(key=lambda m: m.start)
        doc.mentions = mentions
        doc.meta.setdefault("new_entities", {})
        for m in mentions:
            if m.rule.startswith("pattern.") and m.entity_id not in linker.kb:
                city = doc.meta.get("cities", {}).get(m.entity_id)  # a gazetteer city: its country and place
                doc.meta["new_entities"].setdefault(
                    m.entity_id,
                    Entity(
                        id=m.entity_id,
                        type=m.type,  # type: ignore[arg-type]
                        name=m.text,
                        in_kb=False,
                        country=city[0] if city else None,
                        coords=(city[1], city[2]) if city else None,
                        place_kind="city" if city else None,
                    ),
                )
        return doc

    return entities
