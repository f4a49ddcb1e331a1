"""Event arguments: supplier, recipient, items, quantities, date, location, capability subject.

Roles come from prepositions ("nach Russland", "aus Iran", "to Russia",
"from Iran"), from a country adjective right before the moved thing
("nordkoreanische Soldaten"), from receive verbs ("Moskau erhielt") and from
news-style coreference: "das Regime" / "the regime" is the most recent country
not already in the claim, and "sie" / "it" the most recent weapon system.
"""

from __future__ import annotations

import re
from typing import Any

from ..document import Mention
from ..nlp._resources import lang_data
from ._attack import attack_parties
from ._context import SentenceView, clause_bounds
from ._lexicon import Lexicon
from ._memory import _SKIP, Memory, _right_after, said_at
from ._parties import _owns_speaker, roles

__all__ = ["Memory", "event_args"]

_COUNT_ONLY = {"arms_transfer", "troop_deployment", "attack", "casualties", "production"}
# "between August 2024 and May 2025", "zwischen 2001 und 2004": a span, not the date of an event
_RANGE_BEFORE = re.compile(r"\b(?:between|zwischen)\s+(?:\S+\s+){0,2}(?:and|und)\s+$", re.IGNORECASE)
_RANGE_AFTER = re.compile(r"\s+(?:and|und)\s+\S", re.IGNORECASE)
_RANGE_OPEN = re.compile(r"\b(?:between|zwischen)\s+$", re.IGNORECASE)


# a dateline: one or more capitalised places ("Teheran/Washington", "BEIRUT"), an optional agency
# in brackets, then a dash
_DATELINE = re.compile(
    r"\s*[A-ZÄÖÜ][\w.'’-]*(?:\s[A-ZÄÖÜ][\w.'’-]*)?(?:\s*/\s*[A-ZÄÖÜ][\w.'’-]*(?:\s[A-ZÄÖÜ][\w.'’-]*)?)*"
    r"(?:,\s[A-ZÄÖÜ][\w.'’-]*(?:\s\d{1,2})?)?\s*(?:\([^)]{1,40}\))?\s*[–—-]{1,2}\s"
)
_DIRECTION_OF = re.compile(
    r"(?:north|south|east|west|northeast|northwest|southeast|southwest|nördlich|südlich|östlich|westlich|"
    r"nordöstlich|nordwestlich|südöstlich|südwestlich)(?:\s+of|\s+von)?\s+$",
    re.IGNORECASE,
)
_AREA_WORDS = frozenset("northern southern eastern western central nördlichen südlichen östlichen westlichen".split())
_TARGET_PREPS = frozenset("gegen against toward towards".split())
_TO_PREPS = frozenset("to into nach".split())  # where a deployment goes
_COASTS = frozenset("küste küsten gewässern gewässer coast coasts coastline waters".split())
# a channel's audience is no figure of the event: "an account with more than 200,000 followers"
_AUDIENCE = re.compile(
    r"(?<!\w)(?:followers?|subscribers?|views|Follower\w*|Abonnent\w*|Aufrufe\w*|подписчик\w*|просмотр\w*|підписник\w*|"
    r"перегляд\w*)",
    re.IGNORECASE,
)
_VAGUE = re.compile(
    r"^(?:\w+\s+)?(?:dutzende|hunderte|tausende|dozens|hundreds|thousands|mehrere\s+hundert|mehreren\s+hundert|"
    r"several\s+hundred|einige\s+hundert|several\s+dozen|a\s+few\s+dozen|mehrere\s+dutzend|einige\s+dutzend)\b",
    re.IGNORECASE,
)
_SEAT = re.compile(r"(\w+)\s+(?:in|im)\s+$")
_GENITIVE_GAP = re.compile(r"\s+(?:der|des|of|of\s+the)\s+", re.IGNORECASE)
_BASED = re.compile(r"-(?:based|basierte\w*)\b", re.IGNORECASE)


def _in_name(view: SentenceView, q: Any) -> bool:
    """A bare number right after a capitalised word inside a sentence is part of a name ("Ground Master
    200", "Kosmos 2576", "Estlink 2"), unless that word is a name the KB knows ("Russland 200 Drohnen")
    or a month; so is a number inside an organisation's mention."""
    if any(m.type == "organization" and m.start <= q.start < m.end for m in view.mentions):
        return True
    if not any(ch.isdigit() for ch in q.text):
        return False  # a count in words is no part of a name ("скинули на Суми дві авіабомби")
    prev = [t for t in view.sent.tokens if t.end <= q.start][-1:]
    if not prev or prev[0].start == view.sent.start or view.doc.text[prev[0].end : q.start] != " ":
        return False
    word = prev[0].text.lstrip("„“\"«‘'")  # (a quoted name: "Kanal „Kontrakt 24“")
    if not word[:1].isupper() or not word.isalpha() or any(m.start <= prev[0].start < m.end for m in view.mentions):
        return False
    if word.casefold() in lang_data(view.doc.lang or "en").get("months", {}):
        return False
    # no counted noun, or only a name the parser took for one ("Estlink 2 zwischen Finnland")
    return q.unit is None or any(m.type in ("country", "place") and m.text == q.unit for m in view.mentions)


def _counts_sources(view: SentenceView, q: Any, lex: Lexicon) -> bool:
    """A bare number that counts the speakers ("two military officials", "zwei Beamte")."""
    if q.unit is not None:
        return False
    words = [w.strip(",.;:").casefold() for w in view.doc.text[q.end : q.end + 60].split()[:3]]
    people = lex.anonymous_sources | lex.person_roles
    return any(w in people or (w.endswith("s") and w[:-1] in people) for w in words)


def _quantity_dicts(qty: list[Any], with_of: bool = True) -> list[dict[str, Any]]:
    """Quantities as report fields; a range ("between 3,000 and 4,000") gives both ends, each
    with approx "range" (the first also keeps its ``max``)."""
    out: list[dict[str, Any]] = []
    for q in qty:
        d: dict[str, Any] = {"value": _num(q.value), "unit": q.unit, "approx": q.approx}
        if with_of and q.of:
            d["of"] = q.of
        if q.max_value is not None:
            out += [d | {"max": _num(q.max_value)}, {k: v for k, v in d.items()} | {"value": _num(q.max_value)}]
        else:
            out.append(d)
    return out


def event_args(
    view: SentenceView,
    lex: Lexicon,
    ctype: str,
    trigger: tuple[int, int],
    scope_end: int,
    memory: Memory,
    skip: list[tuple[int, int]] | None = None,
) -> dict[str, Any]:
    """Arguments of a transfer, deployment, attack, casualty or production claim."""
    s0 = view.sent.start
    end_abs = s0 + scope_end
    args: dict[str, Any] = {}
    items = [m for m in view.mentions if m.type in ("weapon_system", "munition") and m.role != "descriptor"]
    if ctype in ("arms_transfer", "production", "attack", "troop_deployment", "statement", "casualties"):
        ids: list[str] = []
        for m in items:
            if m.entity_id not in ids and (ctype != "statement" or m.type == "weapon_system"):
                ids.append(m.entity_id)
        if not ids and ctype not in ("troop_deployment", "statement", "casualties"):  # troops move without weapons
            back = _item_anaphor(view, memory)
            ids = [back] if back else []
        if not ids and ctype in ("arms_transfer", "production"):
            ids = _carried_items(view, lex, memory)  # "Oslo hat vier Boote bestellt": the boats named before
        if ids:
            args["items"] = _named_over_generic(view, ids)
    dateline = _DATELINE.match(view.text)
    line_end = s0 + dateline.end() if dateline else s0
    if ctype in ("arms_transfer", "troop_deployment"):
        # "SEOUL - North Korea has shipped ...": the dateline city is no party
        sup, rec = roles(
            view, lex, trigger, end_abs, items, memory, [*(skip or []), (s0, line_end)], ctype == "troop_deployment"
        )
        if sup:
            args["supplier"] = sup
        if rec:
            args["recipient"] = rec
    elif ctype == "attack":
        # "Russland griff ukrainische Städte an": the attacking and the targeted state, as their own keys
        # ("attacker", "target"); supplier and recipient stay for what is moved (as annotators read them)
        attacker, target = attack_parties(view, lex, trigger, end_abs, [*(skip or []), (s0, line_end)])
        if attacker:
            args["attacker"] = attacker
        if target:
            args["target"] = target
    qty = [
        q
        for q in view.quantities
        if (
            q.kind in ("count", "money", "percent")
            or ctype not in _COUNT_ONLY
            or (ctype in ("arms_transfer", "production") and q.unit in ("t", "kg"))  # "1,000 tonnes of perchlorate"
        )
        and not _VAGUE.search(q.text)  # "Dutzende", "several hundred": no figure to check
        and not _counts_sources(view, q, lex)  # "Two military officials said": who spoke, no figure
        and not _in_name(view, q)  # "vom Typ Ground Master 200", "Kosmos 2576"
        and not _AUDIENCE.match(view.doc.text, q.end + 1 if view.doc.text[q.end : q.end + 1] == " " else q.end)
    ]
    if qty:
        args["quantities"] = _quantity_dicts(qty)
    date = _event_date(view, trigger)
    if date is not None:
        args["date"] = date
    taken = {args.get("supplier"), args.get("recipient")}
    text = view.doc.text
    places = [
        m
        for m in view.mentions
        if m.type == "place"
        # a capital that speaks or acts for a party is no place, one after "in" is ("in Vilnius")
        and not (view.metonym(m) and view.metonym(m) in taken and not _locative(view, m, lex, ctype))
        and m.start >= line_end  # "Kiew (dpa) –", "BEIRUT -": where the report was filed
        and not _BASED.match(text, m.end)  # "the Washington-based think tank"
        and not _owns_speaker(view, lex, m)  # "Borno's governor, X, said": whose official speaks
        # the source's own words: "a briefing in Beijing" (the town a local authority governs is where
        # things happen: "Администрация Каспийска сообщила, ... повреждены")
        and not any(a <= m.start < b and not _governed_town(text, a, m, b, lex) for a, b in skip or [])
        # "die Sicherheitsbehörden der Autonomen Region Kurdistan erklärten": whose source it is
        and not any(_GENITIVE_GAP.fullmatch(text, b, m.start) for _a, b in skip or [] if b <= m.start)
        # a capital without a location preposition speaks for its government ("authorized Kyiv"),
        # unless a strike hits it ("Russia attacked Kyiv overnight": the attacker's own capital acts)
        and not (
            view.metonym(m)
            and not _locative(view, m, lex, ctype)
            and not (ctype == "attack" and args.get("attacker") not in (None, view.metonym(m)) and m.start > s0)
        )
    ]
    # "west of Pokrovsk", "nördlich von Charkiw": a reference point, not where it happened
    places = [m for m in places if not _DIRECTION_OF.search(text, max(s0, m.start - 30), m.start)] or places
    # "the junta in Ouagadougou denied", "Diplomaten in Mogadischu sagten": where the source sits
    places = [m for m in places if not _source_seat(view, m, lex) and not said_at(view, m, lex)]
    # "главы Климовского района ..., в посёлке Климово повреждены": the region an official heads is
    # his office, not where it happened, when another place is named
    places = [m for m in places if not _office_of(view, m, lex)] or places
    if ctype in ("attack", "troop_deployment") and (air := _airspace_of(view, lex)) is not None:
        # "drangen in den Luftraum Polens ein" during a strike on western Ukraine: the airspace, unless
        # the clause names a place in that country or at sea ("bei Imatra", "über der Ägäis")
        lo, hi = clause_bounds(view.text, trigger[0])
        inside = [m for m in places if s0 + lo <= m.start < s0 + hi]
        if not any(_country_of_place(view, m) in (air, None) for m in inside):
            args["location"] = air
            return args
    if not places and ctype in ("attack", "casualties", "troop_deployment", "production"):
        # "in polnisches Gebiet", "into Polish airspace": the country whose territory it is
        terr = _territory_of(view, lex)
        if terr is not None:
            args["location"] = terr
            return args
        if view.search(lex.place_anaphors) and memory.last_place(view.sent.start):
            args["location"] = memory.last_place(view.sent.start)  # "Dort ...": the place named last
            return args
        if view.search(lex.country_anaphors) and memory.main_country(view.sent.start):
            args["location"] = memory.main_country(view.sent.start)  # "1000 Soldaten in dem Land"
            return args
    if not places and ctype in ("attack", "casualties", "troop_deployment", "production"):
        # no place named: a country after a location preposition ("in Yemen", "gegen die Ukraine",
        # a plant "in Romania")
        places = [
            m
            for m in view.mentions
            if m.type == "country"
            and m.role == "name"
            # the host of a deployment is where it is ("troops in Kosovo"), a supplier never
            and (m.entity_id not in taken or (ctype == "troop_deployment" and m.entity_id == args.get("recipient")))
            and m.start >= line_end
            # "in Yemen", "gegen die Ukraine", "vor der Küste Venezuelas", "off the coast of Somalia"
            and view.word_before(m.start, _SKIP | _AREA_WORDS | {"of"}) in lex.location_preps | _TARGET_PREPS | _COASTS
        ]
    if places:
        clause = clause_bounds(view.text, trigger[0])
        lo, hi = s0 + clause[0], s0 + clause[1]
        # the trigger's own clause first ("bombed Hodeidah ..., after a drone killed a man in Tel Aviv")
        ranked = sorted(
            places,
            key=lambda m: (
                not (lo <= m.start < hi),
                _prep_before(view, m, lex) not in lex.location_preps and not _right_after(text, s0 + trigger[1], m),
            ),
        )
        args["location"] = ranked[0].entity_id
    return args


_NIGHT_TO = re.compile(r"\s+на\s+")


def _event_date(view: SentenceView, trigger: tuple[int, int]) -> dict[str, str] | None:
    """The date of the event: the first in the trigger's clause ("Russia has delivered three of the
    S-400 squadrons that India ordered in 2018" has none there), else the first of the sentence; a
    span ("between August 2024 and May 2025") dates nothing, unless both ends share a year
    ("between July and December 2025": 2025)."""
    text, s0 = view.doc.text, view.sent.start
    dates: list[Any] = []
    for t in view.times:
        # "seit Mai", "since 2017", "bis 2027" date the event by the end they name (as annotators do)
        if t.granularity == "week":
            t = type(t)(t.start, t.end, t.text, t.value[:7], "month")  # "vergangene Woche": its month
        if t.granularity not in ("day", "month", "year"):
            continue
        night = _NIGHT_TO.match(text, t.end)
        if night is not None and any(d.start == night.end() for d in view.times):
            continue  # "в ночь на 7 февраля", "у ніч на 5 жовтня": the date after it is the night's
        closing = _RANGE_BEFORE.search(text, max(s0, t.start - 40), t.start)
        if closing is not None:
            opening = next((d for d in view.times if closing.start() <= d.start < t.start), None)
            dates = [d for d in dates if d is not opening]
            if opening is None or opening.value[:4] == t.value[:4]:
                dates.append(type(t)(t.start, t.end, t.text, t.value[:4], "year"))  # one year: that year
            continue  # (two years: a span, no date)
        if _RANGE_OPEN.search(text, max(s0, t.start - 12), t.start) and _RANGE_AFTER.match(text, t.end):
            dates.append(t)  # the opening end: kept only until the closing end is seen
            continue
        dates.append(t)
    line = _DATELINE.match(view.text)
    if line is not None and any(d.start >= s0 + line.end() for d in dates):
        # "SEOUL, Oct 21 - South Korea's navy fired warning shots on Monday": the dateline dates the report
        dates = [d for d in dates if d.start >= s0 + line.end()]
    if not dates:
        return None
    lo, hi = clause_bounds(view.text, trigger[0])
    inside = [d for d in dates if s0 + lo <= d.start < s0 + hi]
    best = (inside or dates)[0]
    return {"value": best.value, "granularity": best.granularity}


def _office_of(view: SentenceView, m: Mention, lex: Lexicon) -> bool:
    """A place right after a role noun ("губернатор Брянской области", "главы Климовского района",
    "mayor of Kharkiv"): the office of whoever holds the role."""
    from ._body_kinds import role_noun_kind

    start = m.start
    while True:  # "главы Климовского района Брянской области": back over the places of one title
        prev = next((x for x in view.mentions if x.type == "place" and 0 < start - x.end <= 1), None)
        if prev is None:
            break
        start = prev.start
    before = re.findall(r"[\w'’-]+", view.doc.text[max(view.sent.start, start - 30) : start])
    words = [w for w in before[-2:] if w.casefold() not in ("of", "the", "der", "des")]
    return bool(words) and (
        role_noun_kind(words[-1].casefold(), lex) is not None or words[-1].casefold() in lex.person_roles
    )


def _locative(view: SentenceView, m: Mention, lex: Lexicon, ctype: str) -> bool:
    """A capital where something happens ("in Vilnius"), or where a deployment goes ("deployed
    special forces to Juba"), not one that acts for its government (a transfer "nach Moskau" goes
    to the state, its recipient)."""
    prep = _prep_before(view, m, lex)
    return prep in lex.location_preps or (ctype == "troop_deployment" and prep in _TO_PREPS)


_ACCUSATIVE = frozenset({"die", "den", "das"})  # "die Hafenstadt X" (not the genitive "der Region X")


def _governed_town(text: str, a: int, m: Mention, b: int, lex: Lexicon) -> bool:
    """Whether ``m`` is the town that ends a local authority's name in a source span ``a``-``b``
    ("Администрация Каспийска")."""
    town = lex.town_authority
    return town is not None and m.end == b and " " not in m.text and town.search(text, a, m.start) is not None


def _prep_before(view: SentenceView, m: Mention, lex: Lexicon) -> str:
    """The word before a place, past a place noun: "bei der Hauptstadt Tallinn", "near the town of Djibo"."""
    before = view.doc.text[view.sent.start : m.start]
    words = re.findall(r"[\w'’-]+", before)
    while words and words[-1].casefold() in _SKIP:
        words.pop()
    if words and words[-1].casefold() == "of" and len(words) > 1 and words[-2].casefold() in lex.place_nouns:
        words.pop()
    if words and words[-1].casefold() in lex.place_nouns:
        words.pop()
        article = words[-1].casefold() if words else ""
        while words and words[-1].casefold() in _SKIP:
            words.pop()
        if lex.lang == "de" and article in _ACCUSATIVE and words and words[-1].casefold() not in lex.location_preps:
            return "in"  # "griff mit Drohnen die Hafenstadt Port Sudan an": the object of the strike
        if words and words[-1].islower() and words[-1] not in lex.location_preps | _TO_PREPS:
            # "stormed the village of Banjska": after a verb a place noun marks where it happened
            # (not after a noun: "die Sicherheitsbehörden der Region Kurdistan" is whose they are)
            return "in"
    return words[-1].casefold() if words else ""


def _source_seat(view: SentenceView, m: Mention, lex: Lexicon) -> bool:
    """A place right after a source word and "in" ("die Botschaft in Sofia", "diplomats in Kyiv")."""
    lo = max(view.sent.start, m.start - 40)
    hit = _SEAT.search(view.doc.text[lo : m.start])
    if hit is None:
        return False
    body = next((o for o in view.mentions if o.type == "organization" and o.end == lo + hit.end(1)), None)
    if body is not None:
        # "an analyst at the Centre for Regional Studies in Islamabad": where the body sits (a force
        # "in Ouagadougou" is where it went: "trafen ... Angehörige des Afrikakorps in Ouagadougou ein")
        ent = view.kb.get(body.entity_id)
        return ent is None or ent.source_kind != "military"
    word = hit.group(1).casefold()
    words = {word, word + "s", word.removesuffix("s")}
    return bool(words & (lex.anonymous_sources | lex.person_roles | lex.seat_words))


_OFF_COAST = frozenset({"vor", "an", "entlang", "off", "along", "near", "nahe"})


def _country_of_place(view: SentenceView, m: Mention) -> str | None:
    ent = view.kb.get(m.entity_id)
    country = getattr(ent, "country", None) if ent is not None else None
    return f"country:{country}" if country else None


def _airspace_of(view: SentenceView, lex: Lexicon) -> str | None:
    """The country whose airspace something entered, named after the noun or as its owner
    ("in den Luftraum Polens", "Poland's airspace", "the airspace of Poland"; the adjective before
    it is in ``_territory_of``): where it happened, before any other place of the sentence."""
    text = view.doc.text
    for m in view.mentions:
        if m.role != "name" or (cid := view.country_of(m)) is None:
            continue
        before = text[max(view.sent.start, m.start - 16) : m.start].casefold()
        after = text[m.end : m.end + 12].casefold()
        if _AIRSPACE_BEFORE.search(before) or _AIRSPACE_AFTER.match(after):
            return cid
    return _territory_of(view, lex, airspace=True)


_AIRSPACE_BEFORE = re.compile(r"(?:luftraum|airspace of|airspace over)\s+(?:the\s+)?$")
_AIRSPACE_AFTER = re.compile(r"['’]s\s+airspace\b|s?\s+luftraum\b")


def _territory_of(view: SentenceView, lex: Lexicon, airspace: bool = False) -> str | None:
    """The country of an adjective before a territory noun: "auf polnischem Territorium"."""
    text = view.doc.text
    for m in view.mentions:
        if m.role == "adjective" and (cid := view.country_of(m)):
            nxt = text[m.end : m.end + 30].split()
            noun = nxt[0].strip(",.;").casefold() if nxt else ""
            if noun not in lex.territory_nouns or (airspace and noun not in ("luftraum", "airspace")):
                continue
            if noun.startswith(("küste", "coast")) and view.word_before(m.start, _SKIP) not in _OFF_COAST:
                continue  # "600 Kilometer von der italienischen Küste": a reference point, not where
            return cid
    return None


def class_of(word: str, classes: dict[str, list[str]]) -> list[str] | None:
    """The KB categories a class noun names ("Raketen", "howitzers"), or None."""
    low = word.casefold()
    return next((c for stem, c in classes.items() if low.startswith(stem) or low.endswith(stem)), None)


_ITEM_MEMORY = 3  # sentences over which the items of the last transfer or production carry
# nouns that take up a system named before ("zwei weitere Systeme", "vier Boote", "the systems");
# "Waffen", "weapons", "neue U-Boote" name something else
_ANAPHORIC_ITEMS = re.compile(
    r"(?<![\w-])(?:(?:weitere[nr]?|die|diese[rn]?|der|den|these|the|further|more|additional|\d+|zwei|drei|vier|fünf|sechs|"
    r"two|three|four|five|six)\s+)(Systeme?n?|Boote?n?|Maschinen|Feuereinheite?n?|systems?|boats|fire\s+units?)(?![\w-])",
    re.IGNORECASE,
)


def _carried_items(view: SentenceView, lex: Lexicon, memory: Memory) -> list[str]:
    """A generic item noun ("die Systeme", "vier Boote", "the jets") in a transfer or production
    claim names the items of the last such claim a few sentences before, when their class fits."""
    hit = _ANAPHORIC_ITEMS.search(view.text)
    if hit is None:
        return []
    recent = [
        t
        for t in ("arms_transfer", "production")
        if memory.sentence_no - memory.last_claim_no.get(t, -99) <= _ITEM_MEMORY and t in memory.last_claim
    ]
    recent.sort(key=lambda t: -memory.last_claim_no.get(t, -99))
    items = next((memory.last_claim[t].get("items") for t in recent if memory.last_claim[t].get("items")), None)
    if not items:
        return []
    classes: dict[str, list[str]] = lang_data(view.doc.lang or "en").get("item_classes") or {}
    cats = class_of(hit.group(1), classes)
    if cats is None:
        return list(items)
    fitting = [i for i in items if (ent := view.kb.get(i)) is not None and ent.category in cats]
    return fitting


_DRONES = frozenset({"drone", "loitering_munition"})


def _named_over_generic(view: SentenceView, ids: list[str]) -> list[str]:
    """A generic word ("беспилотник") beside a named type of the same kind ("беспилотники «Герань-2»")
    adds nothing: the named type is the item."""
    ents = {i: view.kb.get(i) for i in ids}
    named = {e.category for e in ents.values() if e is not None and not e.generic}
    if named & _DRONES:
        named |= _DRONES
    return [i for i, e in ents.items() if e is None or not e.generic or e.category not in named]


def _item_anaphor(view: SentenceView, memory: Memory) -> str | None:
    """ "800 dieser Drohnen", "the missiles": the last named weapon of that class."""
    data = lang_data(view.doc.lang or "en")
    classes: dict[str, list[str]] = data.get("item_classes") or {}
    if not classes:
        return None
    dem = {str(w).casefold() for w in data.get("demonstratives") or []}
    words = re.findall(r"[\w-]+", view.text)
    for prev, word in zip(words, words[1:], strict=False):
        if prev.casefold() not in dem:
            continue
        cats = class_of(word, classes)
        if cats is None and word.casefold() in {str(w) for w in data.get("general_item_words") or []}:
            found = memory.last_weapon(view.sent.start)  # "die Waffen", "these weapons": whatever was named last
            if found is not None:
                return found
        if cats is None:
            continue
        found = memory.last_weapon_of(cats, view.sent.start, view.kb)
        if found is not None:
            return found
    return None


def _num(v: float | None) -> float | int | None:
    if v is None:
        return None
    return int(v) if float(v).is_integer() else v
