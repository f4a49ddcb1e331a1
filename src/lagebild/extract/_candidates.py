"""Candidate sources of a sentence: KB people and organisations, people and bodies found by pattern,
institutions named by a noun ("das russische Verteidigungsministerium", "U.S. officials") and
unnamed speakers, with what rules one out (a channel, a body that only owns a named person's role,
a platform that heads a channel's name, the country of an institution phrase)."""

from __future__ import annotations

import re

from ..document import Mention
from ._body_kinds import role_noun_kind
from ._channels import MEDIA_KINDS, OWNER_OF_CHANNEL, after_prep, noun_start
from ._context import SentenceView
from ._extents import source_extent
from ._institutions import institutions, stopwords
from ._kinds import source_kind_of
from ._lexicon import Lexicon, kind_noun
from ._nearby import (
    BRACKETED,
    OWN_OUTLET,
    named_after,
    outlet_named,
    own_country_before,
    role_owner,
    titled,
    word_before,
)
from ._quoted_sources import quoted_after_cue, run_outlets
from ._slavic_speakers import plant_speaker
from ._sources import Candidate, named_sources, person_references, speaker_names
from ._unnamed import names_a_person, unnamed_sources

__all__ = ["candidates"]

_NAME_GAP = re.compile(r"\s*\([\w-]{1,12}\)\s*")
_DATELINE_CLOSE = re.compile(r"\)\s*[-–—]")
_OWNED_BY = re.compile(r"\s+(?:des|der|of\s+the|of)\s+")
_TARGET_PREPS_CYR = frozenset({"по", "на", "против", "проти"})


_OF_COUNTRY = re.compile(r"\s+(?:der|des|of\s+the|of)\s+")


_NEXT_NOUN = re.compile(r"\s+([A-ZÄÖÜ][\w-]+)")


def _city_adjective(view: SentenceView, lex: Lexicon, m: Mention) -> bool:
    """A German city adjective ("Belgrader", "Londoner") before the kind noun of a body ("Militärportals")."""
    if lex.lang != "de" or not m.text.endswith("er"):
        return False
    ent = view.kb.get(m.entity_id)
    stem = m.text[:-2].casefold()
    if ent is None or not any(n.casefold() == stem for n in (ent.name, *ent.aliases)):
        return False
    nxt = _NEXT_NOUN.match(view.doc.text, m.end)
    return nxt is not None and kind_noun(lex, nxt.group(1)) is not None


def _generic_bodies(lex: Lexicon) -> frozenset[str]:
    return frozenset(str(w).casefold() for w in lex.raw.get("generic_bodies") or [])


def candidates(
    view: SentenceView, lex: Lexicon, exclude: set[str], channel_spans: list[tuple[int, int]]
) -> list[Candidate]:
    out = person_references(view, lex)
    refs = [(c.start, c.end) for c in out]
    # "телеканалу Еспресо": a one-word "name" the NER found after an outlet noun names the outlet
    outlets = [m for m in view.mentions if m.rule == "pattern.natasha" and outlet_named(view, lex, m)]
    known = [(m.start, m.end) for m in view.mentions if m.rule != "pattern.person" and m not in outlets]
    known += refs + channel_spans
    found = named_sources(view, lex, known, stopwords(lex.lang))
    found += speaker_names(view, lex, known + [(c.start, c.end) for c in found], stopwords(lex.lang))
    # a name the person pattern took ("the channel Grey Zone said") is the channel's
    refs += [(c.start, c.end) for c in found]
    # "told the daily Kompas": a channel, not a source
    named = [c for c in found if not (c.kind in MEDIA_KINDS and after_prep(view, lex, noun_start(view, lex, c.start)))]
    # "nach Angaben von EU-Diplomaten", "US-Beamte": anonymous people, not the body in the compound
    anon_compounds = [
        t for t in view.sent.tokens if "-" in t.text and t.text.rsplit("-", 1)[1].casefold() in lex.anonymous_sources
    ]
    # "nach Einschätzung von Militärexperten": a German compound that ends in an unnamed group of people
    anon_compounds += [
        t
        for t in view.sent.tokens
        if lex.lang == "de" and "-" not in t.text and t.text[:1].isupper() and _anonymous_tail(t.text, lex)
    ]
    for t in anon_compounds:
        if not names_a_person(view, t.end):  # ("laut dem Militärexperten Dr. X": X speaks)
            out.append(Candidate(t.start, t.end, t.text, None, "anonymous", "anonymous"))
    for m in view.mentions:
        kind = view.kind(m)
        if kind == "military_unit":
            kind = "organization"  # "The 35th Military Zone denied ...": a numbered unit speaks as the military
        if kind not in ("person", "organization", "country") or m.entity_id in exclude or m in outlets:
            continue
        if any(t.start <= m.start < t.end for t in anon_compounds):
            continue
        if any(a <= m.start < b for a, b in channel_spans + refs):
            continue  # a channel, or the party in "der SPD-Politiker"
        if kind == "country" and m.role == "adjective":
            continue  # "die ukrainische Luftabwehr": an adjective does not speak (institutions own it below)
        if kind == "country" and _city_adjective(view, lex, m):
            continue  # "des Belgrader Militärportals Krilo": the city locates the body, it does not speak
        if kind == "country" and lex.lang in ("ru", "uk") and view.word_before(m.start) in _TARGET_PREPS_CYR:
            continue  # "при ударе по Киеву", "удар по Україні": the target does not speak
        if view.doc.text[m.start - 1 : m.start] == "(" and _DATELINE_CLOSE.match(view.doc.text, m.end):
            continue  # "GEORGETOWN, Feb 18 (Reuters) - ...": the agency of the dateline publishes, it does not speak
        start, end = m.start, m.end
        if kind == "organization":
            start, end = source_extent(view, lex, m, own_country_before(view, m))
        text = view.doc.text[start:end]
        unit = m.type == "military_unit"
        out.append(Candidate(start, end, text, m.entity_id, "military" if unit else source_kind_of(view, m), kind))
    # "der EU-Marinemission Irini": the owner inside the kind noun is not the source, the name is
    # a platform is the medium, not the source, when a name follows: "the Telegram channel of the STC",
    # "the X account @HadramiWatch"
    platforms = {str(v).casefold() for v in lex.channel_generic.values()}
    specific = [c for c in [*named, *out] if c.what in ("organization", "person")]
    out = [
        c
        for c in out
        if not (
            c.text.split()[0].casefold() in platforms
            and any(
                (0 < d.start - c.end <= 12 or OWNER_OF_CHANNEL.fullmatch(view.doc.text, d.end, c.start)) and d is not c
                for d in specific
            )
        )
    ]
    names = [c for c in [*named, *out] if c.what == "organization"]
    heads = [t for t in view.sent.tokens if "-" in t.text and any(0 <= c.start - t.end <= 2 for c in names)]
    out = [c for c in out if not any(t.start <= c.start < t.end and kind_noun(lex, t.text) for t in heads)]
    out += named
    for hit in view.find(lex.social_posts):
        # "nach Aufnahmen in sozialen Netzwerken", "footage on social media": posts speak as social media
        a, b = view.sent.start + hit.start(), view.sent.start + hit.end()
        if not any(c.start < b and a < c.end for c in out):
            out.append(Candidate(a, b, hit.group(), None, "social_media", "institution"))
    for n in [c for c in out if c.what == "organization" and (c.entity_id is None or c.entity_id not in view.kb)]:
        if n in out:
            out[out.index(n)] = _of_country(view, _prefixed(view, n, out))
    # "der britischen Seesicherheitsbehörde UKMTO": a description the pattern made a body names the known one after it
    out = [c for c in out if not (c.entity_id and c.entity_id not in view.kb and named_after(view, c, out))]
    # a Russian or Ukrainian "name" the NER took from an institution ("у Повітряних силах") leaves it free
    inst_hits = (
        [
            (view.sent.start + h.start(), view.sent.start + h.end())
            for pat, _ in view.present(lex.institutions)
            for h in view.find(pat)
        ]
        if lex.lang in ("ru", "uk")
        else []
    )
    misread = [
        c for c in out if c.what == "person" and " " not in c.text and any(a <= c.start < b for a, b in inst_hits)
    ]
    # "Украинские Telegram-каналы": the channels may speak, not the platform that heads them (an
    # institution over it replaces it below; "ein Telegram-Beitrag" keeps the platform)
    led = [c for c in out if c.text.casefold() in platforms and view.doc.text[c.end : c.end + 1] == "-"]
    # "das UN-Expertengremium für Libyen": a body that only opens a compound leaves the institution free
    prefixes = [c for c in out if c.what == "organization" and re.match(r"-\w", view.doc.text[c.end : c.end + 2])]
    taken = [(c.start, c.end) for c in out if c.what != "country" and c not in misread + led + prefixes]
    taken += channel_spans
    inst = institutions(view, lex, taken)
    # "за даними Генштабу": the institution, not a person the NER made of it
    out = [c for c in out if c not in misread or not any(i.start <= c.start and c.end <= i.end for i in inst)]
    # "Ministeriumssprecher Esmaeil Baghaei", "Gouverneur X": the named person is the source
    people = [c for c in out if c.what == "person"]
    inst = [i for i in inst if not any(titled(view, lex, i.end, p.start) for p in people)]
    inst = [  # "the official Telegram channel of the STC": the STC speaks
        i
        for i in inst
        if not (
            i.text.split()[0].casefold() in platforms
            and any(
                0 < d.start - i.end <= 12 or OWNER_OF_CHANNEL.fullmatch(view.doc.text, d.end, i.start) for d in specific
            )
        )
    ]
    # "the pro-government tabloid Informer": the kind noun before a name found by pattern is no source
    inst = [
        i
        for i in inst
        if not (
            kind_noun(lex, i.text.split()[-1]) is not None
            and any(0 <= c.start - i.end <= 2 for c in out if c.what == "organization")
        )
    ]
    # "sagte unserer Zeitung", "told this newspaper": the outlet addressed by a speaker, no source of its own
    inst = [
        i
        for i in inst
        if not (
            i.kind == "media"
            and word_before(view.doc.text, i.start) in OWN_OUTLET
            and lex.att_verbs.fullmatch(word_before(view.doc.text, view.doc.text.rfind(" ", 0, i.start - 1) + 1))
        )
    ]
    # "sagte vor Journalisten", "erklärte gegenüber Reportern": a bare plural of the press is the audience
    inst = [
        i
        for i in inst
        if not (
            i.kind == "media"
            and i.entity_id is None
            and " " not in i.text
            and word_before(view.doc.text, i.start) in lex.audience_preps
        )
    ]
    # "neither government has published a figure", "keine Regierung": a quantified body names no source
    inst = [
        i
        for i in inst
        if word_before(view.doc.text, i.start).casefold() not in lex.quantifiers
        and i.text.split()[0].casefold() not in lex.quantifiers
    ]
    # "nach Informationen dieser Zeitung": the outlet's own unnamed sources
    inst = [
        Candidate(i.start, i.end, i.text, None, "anonymous", "anonymous")
        if i.kind == "media" and word_before(view.doc.text, i.start) in OWN_OUTLET
        else i
        for i in inst
    ]
    # "Стокгольмского института исследования проблем мира (SIPRI)": the known abbreviation names the body
    inst = [
        i
        for i in inst
        if not any(
            lex.lang in ("ru", "uk")
            and c.what == "organization"
            and c.entity_id
            and BRACKETED.fullmatch(view.doc.text, i.end, c.start)
            for c in out
        )
    ]
    # "the UK Maritime Trade Operations (UKMTO) centre": the noun after a known body's name is part of it
    inst = [
        i
        for i in inst
        if not any(
            c.what == "organization" and c.end <= i.start and _NAME_GAP.fullmatch(view.doc.text, c.end, i.start)
            for c in out
        )
    ]
    # a country that is part of an institution phrase is not a source of its own
    # ("Poland's Foreign Intelligence Agency": the owner of a body named after it), nor is the camp of
    # "Huthi-nahe Kanäle"
    out = [
        c
        for c in out
        if not (
            (c.what == "organization" or (c.what == "person" and lex.lang in ("ru", "uk")))
            and any(i.start <= c.start and c.end <= i.end and (i.start, i.end) != (c.start, c.end) for i in inst)
        )
        and not (
            c.what == "country"
            and any(
                (i.start <= c.start < i.end or view.doc.text[c.end : i.start] in ("'s ", "’s ")) and i is not c
                for i in inst + out
                if i.what != "country"
            )
        )
    ]
    # "das Expertengremium des UN-Sicherheitsrats", "eine Expertengruppe der Vereinten Nationen": the
    # international panel or mission speaks under its full name, not the body that owns it
    for k, i in enumerate(inst):
        owner = next(
            (
                c
                for c in out
                if c.what == "organization"
                and i.kind == "international"
                and _OWNED_BY.fullmatch(view.doc.text, i.end, c.start)
            ),
            None,
        )
        if owner is not None:
            inst[k] = Candidate(i.start, owner.end, view.doc.text[i.start : owner.end], None, i.kind, i.what)
            out = [c for c in out if c is not owner]
    # "die Regierung der Republik Moldau", "the government of Guyana": a generic body with its country
    generic = _generic_bodies(lex)
    for k, i in enumerate(inst):
        country = next(
            (c for c in out if c.what == "country" and _OF_COUNTRY.fullmatch(view.doc.text, i.end, c.start)), None
        )
        if country is not None and i.text.casefold() in generic and i.kind in ("government", "military"):
            text = view.doc.text[i.start : country.end]
            inst[k] = Candidate(i.start, country.end, text, country.entity_id, i.kind, i.what)
            out = [c for c in out if c is not country]
    # "заступник начальника ГУР Вадим Скорик": the body owns the role, the person speaks
    people = [c for c in out if c.what == "person"]
    out = [c for c in out if not (c.what == "organization" and role_owner(view, lex, c, people))]
    # "General Tomas Rangel, commander of the Military Zone, said": a body inside the role in apposition
    # to a name owns the role; the person speaks
    inside = [_apposition(view, lex, p) for p in people]
    inst = [i for i in inst if not any(a <= i.start < b for a, b in inside)]
    out = [c for c in out if c.what == "person" or not any(a <= c.start < b for a, b in inside)]
    # unnamed sources ("zwei mit dem Vorgang vertraute Personen", "sources said") compete as anonymous
    out, inst, anon = unnamed_sources(view, lex, out, inst, platforms)
    # "der Landesverband der Kutter- und Küstenfischer Mecklenburg-Vorpommern": no person inside a body's name
    out = [c for c in out if not (c.what == "person" and any(i.start < c.start and c.end <= i.end for i in inst))]
    out = run_outlets(view, out)
    quoted = quoted_after_cue(view, lex, out + inst + anon)
    return out + inst + anon + quoted + plant_speaker(view)


_APPOSED_ROLE = re.compile(r",\s+(?:[\w-]+\s+){0,3}[\w-]+")
_WORD = re.compile(r"[\w-]+")


def _apposition(view: SentenceView, lex: Lexicon, person: Candidate) -> tuple[int, int]:
    """The span of a role in apposition after a person's name up to its closing comma ("Tomas Rangel,
    Kommandeur der 43. Militärzone, sagte"), or an empty span."""
    m = _APPOSED_ROLE.match(view.doc.text, person.end)
    if m is None or m.end() > view.sent.end:
        return (0, 0)
    role = next(
        (
            w
            for w in _WORD.finditer(m.group(0))
            if role_noun_kind(w.group().casefold(), lex) or w.group().casefold() in lex.person_roles
        ),
        None,
    )
    if role is None or any(c.isupper() for c in m.group(0)[: role.start()]):
        return (0, 0)  # only lower-case words before the role: "the deputy commander", "stellvertretender"
    close = view.doc.text.find(",", m.end(), min(view.sent.end, m.end() + 120))
    return (m.start() + role.start(), close) if close > 0 else (0, 0)


def _prefixed(view: SentenceView, name: Candidate, out: list[Candidate]) -> Candidate:
    """A body's name found by pattern with the known body or the country that opens it: "the U.N.
    Office for the Coordination of Humanitarian Affairs", "the UN Integrated Office in Haiti", "U.S.
    Space Command" (the opener then speaks no more: it is removed from ``out``)."""
    if not name.text[:1].isupper() or name.kind in MEDIA_KINDS:
        return name  # ("the X account @BalticWatch": a platform's account is its own)
    opener = next(
        (
            m
            for m in view.mentions
            if view.kind(m) in ("organization", "country")
            and m.entity_id in view.kb
            and view.doc.text[m.end : name.start] in (" ", ". ")
            and view.doc.text[m.start : m.start + 1].isupper()
        ),
        None,
    )
    if opener is None:
        return name
    out[:] = [c for c in out if not (c.start == opener.start and c.end == opener.end)]
    ent = view.kb.get(opener.entity_id)
    kind = "international" if ent is not None and ent.source_kind == "international" else name.kind
    return Candidate(opener.start, name.end, view.doc.text[opener.start : name.end], None, kind, name.what)


_OF_THE = re.compile(r"\s+of\s+(?:the\s+)?")


def _of_country(view: SentenceView, name: Candidate) -> Candidate:
    """ "the Armed Forces of the Philippines", "the Army of the Czech Republic": the country after "of"
    ends the name of a body found by pattern."""
    of = _OF_THE.match(view.doc.text, name.end)
    if of is None or not name.text[-1:].isalpha():
        return name
    country = next((m for m in view.mentions if m.start == of.end() and view.kind(m) == "country"), None)
    if country is None or country.end > view.sent.end:
        return name
    return Candidate(name.start, country.end, view.doc.text[name.start : country.end], None, name.kind, name.what)


def _anonymous_tail(word: str, lex: Lexicon) -> bool:
    """A German compound whose tail is an unnamed group ("Militärexperten", "Geheimdienstquellen")."""
    low = word.casefold()
    key = (id(lex.anonymous_sources), low)
    if key not in _ANON_TAILS:
        if len(_ANON_TAILS) > 1 << 15:
            _ANON_TAILS.clear()
        _ANON_TAILS[key] = low not in lex.anonymous_sources and any(
            len(a) >= 6 and low.endswith(a) and len(low) - len(a) >= 4 for a in lex.anonymous_sources
        )
    return _ANON_TAILS[key]


_ANON_TAILS: dict[tuple[int, str], bool] = {}  # German compounds looked up, per lexicon and word
