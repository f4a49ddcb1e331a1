"""Places the KB does not know, named by a place noun: "the village of Dalne", "das Lager
Samsam", "im Dorf Kleinwald", "Ramat David air base". The noun lists live in
``nlp/lang/<lang>.yaml`` (``place_nouns``: ``before`` the name, ``of`` before "of"/"von" and the
name, ``after`` the name, ``district`` after a Russian or Ukrainian adjective: "в Рыльском районе")."""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from ..document import Document, Mention
from ..nlp._resources import lang_data
from ._gazetteer import lookup
from ._recur import recurrences

__all__ = ["find_places", "place_id"]

_NAME = r"[A-ZÄÖÜА-ЯЁІЇЄҐ][\w'’]+(?:-[A-ZÄÖÜА-ЯЁІЇЄҐ]?[\w'’]+)*(?:\s(?:al|el|ad|as|ash|ar|an)-[A-Z][\w'’]+)?"


def place_id(name: str) -> str:
    if re.search(r"[а-яёіїєґА-ЯЁІЇЄҐ]", name):
        from ._ru_people import transliterate

        name = transliterate(name)  # "Климово": place:klimovo
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")
    return f"place:{slug or 'unknown'}"


@cache
def _patterns(lang: str) -> list[tuple[re.Pattern[str], int]]:  # (group 2 marks a district)
    """(regex, group of the name) per pattern kind of ``lang``."""
    nouns = lang_data(lang).get("place_nouns") or {}

    def alts(key: str) -> str:
        words = sorted((str(w) for w in nouns.get(key) or []), key=len, reverse=True)
        return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)

    out: list[tuple[re.Pattern[str], int]] = []
    if nouns.get("before"):
        # German nouns are capitalised: the noun is matched as written, the name must follow it
        # (German capitalises the nouns after a name too: one more word at most)
        out.append((re.compile(rf"(?<![\w-])(?:{alts('before')})\s+({_NAME}(?:\s{_NAME})?)(?![\w-])"), 1))
    if nouns.get("of"):
        names = rf"({_NAME}(?:\s{_NAME}){{0,2}})"
        out.append((re.compile(rf"(?<![\w-])(?:{alts('of')})\s+(?:of|von)\s+{names}(?![\w-])"), 1))
    if nouns.get("after"):
        out.append((re.compile(rf"(?<![\w-])({_NAME}(?:\s{_NAME}){{0,2}})\s+(?:{alts('after')})(?![\w-])"), 1))
    data = lang_data(lang)
    if nouns.get("district"):
        # "в Рыльском районе", "у Шебекинському окрузі": a district named by its adjective, noun and all
        out.append(
            (re.compile(rf"(?<![\w-])(([А-ЯЁІЇЄҐ][а-яёіїєґА-ЯЁІЇЄҐ'’-]{{3,}})\s+(?:{alts('district')}))(?![\w-])"), 1)
        )
    preps = sorted((str(p) for p in data.get("place_suffix_preps") or []), key=len, reverse=True)
    suffixes = sorted((str(s) for s in data.get("place_suffixes") or []), key=len, reverse=True)
    if preps and suffixes:
        # a name with a place-name ending after a location preposition: "in Augustdorf", "near Pokrovske"
        p = "|".join(re.escape(x) for x in preps)
        s = "|".join(re.escape(x) for x in suffixes)
        out.append((re.compile(rf"(?<![\w-])(?:{p})\s+([A-ZÄÖÜ][a-zäöüß'’]{{2,}}(?:{s}))(?![\w-])"), 1))
    near = sorted((str(p) for p in data.get("place_preps_strict") or []), key=len, reverse=True)
    if near:
        # "near Quissanga", "outside Spin Boldak": after these a capitalised name is a place
        n = "|".join(re.escape(x).replace(r"\ ", r"\s+") for x in near)
        out.append((re.compile(rf"(?<![\w-])(?:{n})\s+({_NAME}(?:\s{_NAME})?)(?![\w-])"), 1))
    return out


_CAPITAL_AFTER = re.compile(r"\s+[A-Z]")


@cache
def _city_pattern(lang: str) -> re.Pattern[str] | None:
    data = lang_data(lang)
    preps = sorted({str(p) for p in [*(data.get("place_suffix_preps") or []), *(data.get("place_preps_strict") or [])]})
    if not preps:
        return None
    p = "|".join(re.escape(x).replace(r"\ ", r"\s+") for x in sorted(preps, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{p})\s+({_NAME}(?:\s{_NAME}){{0,2}})")


def _cities(doc: Document, taken: list[tuple[int, int]], stop: frozenset[str]) -> list[Mention]:
    """Cities of the gazetteer after a location preposition ("in Apatzingán", "near Zakho"); their
    country and coordinates go to ``doc.meta["cities"]``."""
    lang = doc.lang or "en"
    regex = _city_pattern(lang)
    if regex is None:
        return []
    data = lang_data(lang)
    never = {str(w) for w in data.get("not_places") or []}
    calendar = {str(w).casefold() for w in [*(data.get("months") or {}), *(data.get("weekdays") or {})]}
    out: list[Mention] = []
    for m in regex.finditer(doc.text):
        a = m.start(1)
        words = m.group(1).split()
        if words[0].casefold() in stop:
            continue
        for k in range(len(words), 0, -1):  # the longest name that is a city: "Furth im Wald" before "Furth"
            name = " ".join(words[:k])
            b = a + len(name)
            if name in never or name.casefold() in calendar or any(x < b and a < y for x, y in taken):
                continue  # "in March" is a month, not the English town
            if lang == "en" and _CAPITAL_AFTER.match(doc.text, b):
                continue  # "at Ghent University": part of a longer name
            city = lookup(name)
            if city is not None:
                out.append(Mention(a, b, name, place_id(name), "place", "pattern.city", "name"))
                doc.meta.setdefault("cities", {})[place_id(name)] = city
                taken.append((a, b))
                break
    return out


def find_places(doc: Document, mentions: list[Mention], stop: frozenset[str]) -> list[Mention]:
    """Unknown places after or before a place noun, outside existing mentions; later bare
    occurrences of a found name are linked too."""
    lang = doc.lang or "en"
    pats = _patterns(lang)
    if not pats:
        return []
    text = doc.text
    taken = [(m.start, m.end) for m in mentions]
    found: list[Mention] = []
    for regex, group in pats:
        for m in regex.finditer(text):
            a, b = m.span(group)
            name = m.group(group)
            words = name.split()
            while words and words[0].casefold() in stop:
                a += len(words[0]) + 1
                words = words[1:]
            if not words or any(w.casefold() in stop or w.endswith(("'s", "’s")) for w in words):
                continue  # "New York's JFK airport": an owner, not the place's name
            if len(words) >= 2 and lang in ("ru", "uk"):
                from ._ru_people import given_name

                while len(words) >= 2 and given_name(words[-1]):
                    # "села Пашківці Людмила Олійник": the village ends where a person's given name starts
                    b -= len(words[-1]) + 1
                    words = words[:-1]
            name = " ".join(words)
            district = regex.groups >= 2 and m.group(2) is not None
            # a district takes over the town its adjective names ("в Рыльском районе" is not Rylsk)
            if any(x < b and a < y and not (district and a <= x and y <= b) for x, y in taken):
                continue
            found.append(Mention(a, b, name, place_id(name), "place", "pattern.place", "name"))
            taken.append((a, b))
    found += _cities(doc, taken, stop)
    return found + recurrences(text, list(found), taken, "place", "pattern.place", tail=r"(?![\w])")
