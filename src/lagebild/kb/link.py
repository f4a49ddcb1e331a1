"""Entity linking: Aho-Corasick over normalised text, morphology-aware.

The text is lower-cased and every non-alphanumeric character becomes a space
(one character for one, so offsets are kept); aliases are normalised the same
way and keyed with a leading space, so matches begin at word starts. After a
match the linker accepts an exact word end, a hyphenated compound
("KN-15-Raketen"), a German ending ("Russlands", "Artilleriegeschosse"), an
adjective ending ("nordkoreanischen") or a Cyrillic case ending ("России").
Overlapping candidates are resolved longest-first.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from typing import Any

import ahocorasick

from ..document import Mention
from .load import KB, default_kb

__all__ = ["Linker", "get_linker", "normalise"]

_NON_WORD = re.compile(r"[^\w]|_")
_SPACES = re.compile(r" +")
_CYR = re.compile(r"[а-яёіїєґ]")
_DE_ENDINGS = ("s", "e", "n", "en", "es", "er", "ern", "em", "ns", "ens")
_ADJ_ENDINGS = ("", "e", "en", "er", "es", "em", "s")
_CYR_STEM = re.compile(r"[аяоеёыиіуюйьї]$")
# Russian and Ukrainian noun and adjective case endings (after the stem)
_CYR_ENDINGS = frozenset(
    "а я у ю е ы и і ї о й ь м х ми ой ей ом ем ою ею ам ям ах ях ами ями ов ев ий ия ию ией ии ія ію ією ії єю "
    "ого ому ым им ых их ую юю ая яя ое ее ые ие ої ій ью ью ым ими ыми ськ ської ському ським ськими "
    # Ukrainian genitive plural and dative or locative forms ("шахедів", "дронів", "Коксанові")
    "ів ові еві ім".split()
) | {""}
# a Russian or Ukrainian adjective and noun ("артиллерийские снаряды", "керовані авіабомби"): the
# adjective's stem, its ending, the noun
_CYR_ADJ_PHRASE = re.compile(r"([а-яёіїєґ]{3,}?)(ий|ый|ой|ій|ая|яя|ое|ее|ие|ые|і|а)\s([а-яёіїєґ]{4,})")
# a Russian or Ukrainian noun phrase opened by its head noun (not an adjective): "центр протидії ..."
_CYR_HEAD_PHRASE = re.compile(r"([а-яёіїєґ]{4,}(?<!ий)(?<!ый)(?<!ой)(?<!ій)(?<!ая)(?<!ое)(?<!ие)(?<!ые))\s(.+)")
_CYR_HEAD_CASES = ("", "а", "у", "і", "е", "ом", "ові", "ою", "ой", "ей", "и", "ы", "ї", "ю", "я", "ем")
_CYR_ADJ_CASES = tuple("ий ый ой ая яя ое ее ые ие ого его ому ему ым им ом ем ую юю ей ых их ыми ими".split())
_UK_ADJ_CASES = tuple("ий ій а я е і ого ього ому ьому им ім ої ьої ою у ю их іх ими іми".split())
_UK_LETTERS = re.compile(r"[іїєґ]")
# a Russian or Ukrainian name opened by an adjective and its head noun, with more words after them
# ("Мониторинговая миссия ООН по правам человека"): adjective stem and ending, noun stem and ending, rest
_CYR_ADJ_HEAD = re.compile(
    r"([а-яёіїєґ]{3,}?)(ая|яя|ый|ий|ій|ой|ое|ее|ые|ие|а|я|е|є|і|ї)\s([а-яёіїєґ]{3,}?)([аяоеиіїйьє]?)\s(.+)"
)


# the oblique case forms that agree, by the adjective's nominative ending: (adjective ending, noun ending) pairs
# (the noun's stem has lost its last vowel: "миссия" -> "мисси", "управление" -> "управлени")
def _pairs(spec: str) -> tuple[tuple[str, str], ...]:
    return tuple((a, n) for part in spec.split() for a, ns in [part.split(":")] for n in ns.split(","))


_RU_MASC = _pairs("ого:а,я его:а,я ому:у,ю ему:у,ю ым:ом,ем им:ом,ем ом:е,и ем:е,и")
_RU_FEM = _pairs("ой:и,е,ой,ей,ью ей:и,е,ей ую:у,ю юю:ю")
_RU_PL = _pairs("ых:ов,ев,ей,ий их:ов,ев,ей,ий ым:ам,ям им:ам,ям ыми:ами,ями ими:ами,ями")
_UK_MASC = _pairs("ого:у,а,я,ю ього:у,а,я,ю ому:у,ові,і,ю ім:і,у,ові им:ом,ем,єм")
_UK_FEM = _pairs("ої:и,і,ї ьої:и,і,ї ій:і,ї у:у,ю ю:у,ю ою:ою,ею,єю")
_UK_PL = _pairs("их:ів,ей іх:ів,ей им:ам,ям ими:ами,ями")
_AGREEMENT = {
    **dict.fromkeys(("ая", "яя"), _RU_FEM),
    **dict.fromkeys(("ый", "ой", "ое", "ее", "ий"), _RU_MASC),
    **dict.fromkeys(("ые", "ие"), _RU_PL),
}
_UK_AGREEMENT = {
    **dict.fromkeys(("а", "я"), _UK_FEM),
    **dict.fromkeys(("ий", "ій", "е", "є"), _UK_MASC),
    **dict.fromkeys(("і", "ї"), _UK_PL),
}
# a German name opened by its head noun with a complement after it: "Bundesministerium der Verteidigung",
# "Bundesamt für Verfassungsschutz"
_DE_HEAD_PHRASE = re.compile(r"([a-z]{5,}[^e\W])(\s(?:der|des|fur|zur|zum)\s.+)")
# a one-word name ending in a velar that softens before the Ukrainian locative і: "Кременчук", "Таганрог"
_UK_VELAR = re.compile(r"([а-яіїєґ'’]{3,})([кгх])")
_SOFTENED = {"к": "ц", "г": "з", "х": "с"}
# a one-word Cyrillic name whose last syllable has a fleeting е or о: "Египет", "Єгипет"
_FLEETING = re.compile(r"([А-ЯЁІЇЄҐа-яёіїєґ]{2,}[бвгджзклмнпрстфхцчшщ])[ео]([тцкл])")
# a one-word Ukrainian name whose last syllable closes on і or ї: "Харків", "Чугуїв", "Миколаїв"
_UK_CLOSED_I = re.compile(r"([а-яіїєґ'’]*[а-яєґ'’])([ії])([бвгджзклмнпрстфхцчшщ])")
_FOLD = {c: unicodedata.normalize("NFD", chr(c))[0] for c in range(0xC0, 0x250) if chr(c) not in "ßÆæØøÐðÞþŁłĐđ"}
# the same folding as ``str.translate(_FOLD)``, but touching only the accented characters (a
# dict-based translate looks up every character of the text)
_FOLD_CHARS = {chr(c): f for c, f in _FOLD.items()}
_ACCENTED = re.compile("[" + re.escape("".join(_FOLD_CHARS)) + "]")
# punctuation to spaces: the spaces themselves need no replacing
_PUNCT = re.compile(r"[^\w ]|_")


_QUOTES = '„“”"«»'


def normalise(text: str) -> str:
    """Lower-case, fold Latin accents (Erdoğan = Erdogan) and turn punctuation into spaces,
    one character for one."""
    low = text.lower()
    if len(low) != len(text):  # a few characters lower-case to two; keep them
        low = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    return _PUNCT.sub(" ", _ACCENTED.sub(lambda m: _FOLD_CHARS[m.group()], low))


@dataclass(slots=True, frozen=True)
class _Entry:
    entity_id: str
    role: str  # name | adjective | demonym
    surface: str
    case_sensitive: bool
    suffixes: tuple[str, ...]  # allowed endings after the alias
    cyrillic_stem: bool
    own_tail: str = ""  # the ending stripped from a Cyrillic alias ("Китай" -> "кит" + "ай")


# a German place name opened by an inflected adjective: "Kaspisches Meer", "Persischer Golf"
_ADJ_HEAD = re.compile(r"^([A-ZÄÖÜ][a-zäöüß]{2,}?)(es|er|en|e)( [A-ZÄÖÜ][\w-]+)$")


def _adjective_forms(alias: str) -> list[str]:
    """The other case forms of a leading adjective: "das Kaspische Meer", "im Kaspischen Meer"."""
    m = _ADJ_HEAD.match(alias)
    if m is None:
        return []
    stem, ending, rest = m.groups()
    return [stem + e + rest for e in ("e", "en", "es", "er") if e != ending]


def _is_acronym(alias: str) -> bool:
    core = re.sub(r"[^\w]", "", alias)
    return len(core) <= 5 and core.upper() == core and any(c.isalpha() for c in core)


_BRACKETED_ACRONYM = re.compile(r"(.*\S)\s+\(([A-Z][A-Za-z0-9&-]{1,7})\)")


def _without_acronym(alias: str) -> str:
    """ "Open Source Centre (OSC)" -> "Open Source Centre" when the brackets hold the initials of the
    words before them; a qualifier stays ("Ministry of Defence (UK)")."""
    m = _BRACKETED_ACRONYM.fullmatch(alias)
    if m is None:
        return alias
    initials = "".join(w[0] for w in re.findall(r"[\w'’-]+", m.group(1)) if w[0].isupper())
    return m.group(1) if initials.startswith(m.group(2).upper()[:2]) and len(m.group(2)) >= 2 else alias


class Linker:
    """Find KB mentions in text."""

    def __init__(self, kb: KB) -> None:
        self.kb = kb
        self._auto: Any = ahocorasick.Automaton()
        table: dict[str, list[_Entry]] = {}
        for ent in kb.entities.values():
            # "Conflict Intelligence Team (CIT)": the name without its acronym (the text's own brackets
            # name the acronym, see kb._orgs; with them the match lost its closing bracket)
            forms: list[tuple[str, str]] = [(ent.name, "name")] + [(_without_acronym(a), "name") for a in ent.aliases]
            forms += [(a, "adjective") for a in ent.adjectives] + [(d, "demonym") for d in ent.demonyms]
            if ent.type == "place":
                forms += [(v, "name") for a, r in list(forms) if r == "name" for v in _adjective_forms(a)]
            for surface, role in forms:
                self._add(table, ent.id, surface, role, inflect=ent.type != "person")
        for amb in kb.ambiguous.values():  # one surface, several entities, resolved in _resolve
            for cand in amb.candidates:
                if cand in kb.entities:
                    self._add(table, cand, amb.alias, "name")
        for key, entries in table.items():
            self._auto.add_word(key, (key, tuple(entries)))
        if table:
            self._auto.make_automaton()
        self._empty = not table

    def _add(self, table: dict[str, list[_Entry]], eid: str, surface: str, role: str, inflect: bool = True) -> None:
        raw = normalise(surface).strip()
        norm = _SPACES.sub(" ", raw)
        if not norm:
            return
        if raw != norm:  # "Location & Event": keep the text's own spacing as a key too
            self._add_key(table, eid, surface, role, raw)
            if any(q in surface for q in _QUOTES):
                return  # "der „Spiegel“" names the magazine only with its quotes: "der Spiegel" is a mirror
        self._add_key(table, eid, surface, role, norm)
        if inflect and role == "name" and (closed := _UK_CLOSED_I.fullmatch(norm)) is not None:
            # "Харків" as "Харкова", "Харкові"; "Чугуїв" as "Чугуєва": the Ukrainian і of a closed last
            # syllable opens to о (ї to є) before a case ending
            pre, vowel, cons = closed.groups()
            self._add_key(table, eid, surface, role, pre + ("є" if vowel == "ї" else "о") + cons)
        if inflect and role == "name" and (fleeting := _FLEETING.fullmatch(norm)) is not None:
            # "Египет" as "Египта", "Єгипет" as "Єгипту": a fleeting е or о drops before a case ending
            self._add_key(table, eid, surface, role, fleeting.group(1) + fleeting.group(2))
        if inflect and role == "name" and (soft := _UK_VELAR.fullmatch(norm)) is not None:
            # "Кременчук" as "Кременчуці", "Таганрог" as "Таганрозі": к, г, х soften before the locative і
            self._add_key(table, eid, surface, role, soft.group(1) + _SOFTENED[soft.group(2)] + "і")
        if inflect and role == "name" and (adj := _CYR_ADJ_PHRASE.fullmatch(norm)) is not None:
            # "артиллерийские снаряды" as "артиллерийских снарядов", "керованих авіабомб": the adjective
            # in every case form, the noun with its case endings
            stem, noun = adj.group(1), adj.group(3)
            for ending in _UK_ADJ_CASES if _UK_LETTERS.search(norm) else _CYR_ADJ_CASES:
                if stem + ending != adj.group(1) + adj.group(2):
                    self._add_key(table, eid, surface, role, f"{stem}{ending} {noun}", phrase=True)
            self._add_key(table, eid, surface, role, norm, phrase=True)
        elif inflect and role == "name" and eid.startswith("org:") and (ah := _CYR_ADJ_HEAD.fullmatch(norm)):
            # "Мониторинговая миссия ООН ..." as "Мониторинговой миссии ООН ...": adjective and head noun in
            # the oblique cases that agree, the words after them as they stand
            adj_stem, adj_end, noun_stem, noun_end, rest = ah.groups()
            uk = bool(_UK_LETTERS.search(norm))
            for a_end, n_end in (_UK_AGREEMENT if uk else _AGREEMENT).get(adj_end, ()):
                if len(noun_stem) >= 3:
                    self._add_key(table, eid, surface, role, f"{adj_stem}{a_end} {noun_stem}{n_end} {rest}")
        elif inflect and role == "name" and (head := _CYR_HEAD_PHRASE.fullmatch(norm)) is not None:
            # "Центр протидії дезінформації" as "Центрі протидії дезінформації", "Группа армий «Север»" as
            # "Группы армий ...": the head noun first, in its case forms; the genitive after it stays
            first, rest = head.group(1), head.group(2)
            stem = _CYR_STEM.sub("", first)
            for ending in _CYR_HEAD_CASES:
                if len(stem) >= 4 and stem + ending != first:
                    self._add_key(table, eid, surface, role, f"{stem}{ending} {rest}")

        elif inflect and role == "name" and (de_head := _DE_HEAD_PHRASE.fullmatch(norm)) is not None:
            # its head in the genitive: "des Bundesministeriums der Verteidigung", "des Bundesamtes für ..."
            for ending in ("s", "es"):
                self._add_key(table, eid, surface, role, de_head.group(1) + ending + de_head.group(2))

    def _add_key(
        self, table: dict[str, list[_Entry]], eid: str, surface: str, role: str, norm: str, phrase: bool = False
    ) -> None:
        acronym = _is_acronym(surface)
        cyr = bool(_CYR.search(norm)) and (" " not in norm or phrase)
        own_tail = ""
        if cyr:
            stem = _CYR_STEM.sub("", norm)
            if len(stem) >= 3:
                own_tail, norm = norm[len(stem) :], stem
            else:
                cyr = False
        if role == "adjective":
            suffixes: tuple[str, ...] = _ADJ_ENDINGS
        elif acronym:
            suffixes = ("s",) if len(surface) >= 3 else ()
        elif len(norm) >= 4:
            suffixes = _DE_ENDINGS
        else:
            suffixes = ()
        entry = _Entry(eid, role, surface, acronym, suffixes, cyr, own_tail)
        bucket = table.setdefault(" " + norm, [])
        # (an exact phrase and an inflected one may share a key: "керованих авіабомб" is a listed alias
        # and a case form of "керовані авіабомби"; both stay, the bare-stem test keeps the exact one)
        if all(e.entity_id != eid or e.role != entry.role or e.own_tail != entry.own_tail for e in bucket):
            bucket.append(entry)

    def find(self, text: str) -> list[Mention]:
        if self._empty or not text:
            return []
        norm = " " + normalise(text)
        n = len(text)
        cands: list[tuple[int, int, tuple[_Entry, ...], bool, int]] = []
        for end_idx, (key, entries) in self._auto.iter(norm):
            start = end_idx - len(key) + 1  # original index of the word start
            end = end_idx  # original exclusive end
            exact = True
            if end < n and text[end].isalnum():
                word_end = end
                while word_end < n and text[word_end].isalnum():
                    word_end += 1
                tail = norm[end + 1 : word_end + 1]
                ok = [
                    e
                    for e in entries
                    if tail in e.suffixes or (e.cyrillic_stem and (tail in _CYR_ENDINGS or tail == e.own_tail))
                ]
                if not ok:
                    continue
                entries, end, exact = tuple(ok), word_end, False
            else:
                # a bare stem is no form of its word: "дані" (data) is not "Данія", "кит" not "Китай"
                entries = tuple(e for e in entries if not (e.cyrillic_stem and e.own_tail))
                if not entries:
                    continue
            if not text[start].isupper():
                # a Cyrillic proper name is capitalised: "даними" (data) is no case of "Дания"
                entries = tuple(
                    e for e in entries if not (e.cyrillic_stem and e.role == "name" and e.surface[:1].isupper())
                )
                if not entries:
                    continue
            sensitive = [e for e in entries if e.case_sensitive]
            if sensitive:
                surface = _SPACES.sub(" ", _NON_WORD.sub(" ", text[start:end])).strip()
                entries = tuple(
                    e
                    for e in entries
                    if not e.case_sensitive
                    or surface.startswith(_SPACES.sub(" ", _NON_WORD.sub(" ", e.surface)).strip())
                )
                if not entries:
                    continue
            cands.append((start, end, entries, exact, len(key)))
        # longest first; at equal length an exact alias beats an inflected one ("Hamas" over "Hama"+"s"),
        # then the longer stem ("Нигерия" over "Нигер")
        cands.sort(key=lambda c: (-(c[1] - c[0]), not c[3], -c[4], c[0]))
        taken = bytearray(n)  # characters already in a mention: overlap tests stay linear in the text
        out: list[Mention] = []
        for start, end, entries, _exact, _klen in cands:
            if any(taken[start:end]):
                continue
            entry = self._resolve(text, start, end, entries)
            if entry is None:
                continue  # a guarded alias without its context words
            ent = self.kb.entities[entry.entity_id]
            taken[start:end] = b"\x01" * (end - start)
            out.append(Mention(start, end, text[start:end], ent.id, ent.type, f"kb.{entry.role}", entry.role))
        out.sort(key=lambda m: m.start)
        return out

    def _resolve(self, text: str, start: int, end: int, entries: tuple[_Entry, ...]) -> _Entry | None:
        ids = {e.entity_id for e in entries}
        amb = self.kb.ambiguous.get(entries[0].surface.casefold())
        if len(ids) == 1 and (amb is None or amb.default != "none"):
            return entries[0]
        if amb is not None:
            window = normalise(text[max(0, start - 60) : end + 60]).split()
            for rule in amb.rules:
                if any(normalise(w).strip() in window for w in rule.near):
                    return next((e for e in entries if e.entity_id == rule.pick), entries[0])
            if amb.default == "none":
                return None
            return next((e for e in entries if e.entity_id == amb.default), entries[0])
        # prefer the name reading over adjective/demonym, then the first by id
        return sorted(entries, key=lambda e: (e.role != "name", e.entity_id))[0]


@cache
def get_linker() -> Linker:
    return Linker(default_kb())
