"""Military units and weapon designations the KB does not know, named by pattern.

- numbered units: "47th Mechanized Brigade", "3. Sturmbrigade", "Panzerbrigade 45",
  "Brigade 155", "Unit 29155", "Einheit 29155";
- a designation after a type phrase or before a class word: "Raketen vom Typ Fadi-1",
  "rockets of the Burkan-3 type", "Falaq-2 rockets".

Unit words and class words live in ``nlp/lang/<lang>.yaml`` (``unit_words``,
``designation_classes``). A pattern mention replaces KB mentions inside it ("Mechanized Brigade"
inside "47th Mechanized Brigade").
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from ..document import Mention
from ..nlp._resources import lang_data

__all__ = ["find_units_and_designations"]

_CAP = r"[A-ZÄÖÜ][\w'’-]*"
_DESIGNATION = (
    r"(?:[A-Z][\w]*(?:-[\w]+)*-?\d+[\w]*(?:-[\w]+)*"
    # "Tayfun Block 4", "Type 90B", "Projekt 22350": a name or type word, a series word, a number
    r"|(?:[A-Z][\w]+\s)?(?:Block|Mark|Mk|Type|Typ|Project|Projekt)[\s-](?:\d+[A-Z]?|[IVX]{1,4})(?![\w-]))"
)


def _slug(prefix: str, name: str) -> str:
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")
    return f"{prefix}:{slug or 'unknown'}"


@cache
def _patterns(lang: str) -> tuple[list[re.Pattern[str]], list[re.Pattern[str]]]:
    data = lang_data(lang)
    units = sorted((str(w) for w in data.get("unit_words") or []), key=len, reverse=True)
    classes = sorted((str(w) for w in data.get("designation_classes") or []), key=len, reverse=True)
    if not units:
        return [], []
    u = "|".join(re.escape(w) for w in units)
    unit_pats = [
        # "47th Mechanized Brigade", "3. Sturmbrigade", "3. Separate Sturmbrigade"
        re.compile(rf"(?<![\w.])\d{{1,3}}(?:st|nd|rd|th|\.)\s+(?:{_CAP}\s+){{0,3}}?(?:\w*(?:{u}))(?![\w-])"),
        # "Panzerbrigade 45", "Brigade 155", "Unit 29155", "Einheit 29155"
        re.compile(rf"(?<![\w-])(?:[A-ZÄÖÜ]\w*)?(?:{u})\s+\d{{2,5}}(?![\w.,]\d)(?!\w)"),
    ]
    design_pats = []
    if classes:
        c = "|".join(re.escape(w) for w in classes)
        design_pats = [
            re.compile(rf"\b(?:vom|des)\s+Typs?\s+({_DESIGNATION})(?![\w-])"),
            # "Küstenverteidigungssysteme vom Typ Bastion": after "vom Typ" any capitalised name is a design
            re.compile(r"\b(?:vom|des)\s+Typs?\s+[„\"]?([A-ZÄÖÜ][\w]+(?:-[\w]+)*)(?![\w-])"),
            re.compile(rf"\bof\s+the\s+({_DESIGNATION})\s+type\b"),
            # before a class word, with at most one modifier between ("Type 12 anti-ship missile")
            re.compile(rf"(?<![\w-])({_DESIGNATION})[\s-]+(?:[a-z][\w-]*\s+)?(?:{c})\b", re.IGNORECASE),
        ]
    verbs = sorted((str(w) for w in data.get("designation_verbs") or []), key=len, reverse=True)
    if verbs:
        v = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in verbs)
        # "The Badr-1 has a range of 150 km": kept only where a capability word is in the sentence
        design_pats.append(re.compile(rf"(?<![\w-])({_DESIGNATION})(?:'s|’s)?\s+(?:{v})\b"))
    return unit_pats, design_pats


@cache
def _capability_words(lang: str) -> re.Pattern[str] | None:
    words = [str(w) for w in lang_data(lang).get("designation_capability_words") or []]
    if not words:
        return None
    return re.compile(rf"(?<![\w-])(?:{'|'.join(re.escape(w) for w in words)})(?![\w-])", re.IGNORECASE)


def _near_capability_words(pat: re.Pattern[str], text: str, lang: str) -> list[re.Match[str]]:
    """Matches of ``pat`` in the sentences that hold a capability word (the designation-and-verb
    pattern is costly over a whole text and only counts there)."""
    words = _capability_words(lang)
    out: list[re.Match[str]] = []
    done = -1
    for w in words.finditer(text) if words is not None else ():
        lo = max(text.rfind(". ", 0, w.start()), text.rfind("\n", 0, w.start()), done) + 1
        hi = min(x for x in (text.find(". ", w.end()), text.find("\n", w.end()), len(text)) if x >= 0)
        if hi <= done:
            continue
        out += pat.finditer(text, lo, hi)
        done = hi
    return out


def _in_capability_sentence(text: str, a: int, b: int, lang: str) -> bool:
    pat = _capability_words(lang)
    if pat is None:
        return False
    lo = max(text.rfind(". ", 0, a), text.rfind("\n", 0, a)) + 1
    hi = min(x for x in (text.find(". ", b), text.find("\n", b), len(text)) if x >= 0)
    return pat.search(text, lo, hi) is not None


_SERIES_ONLY = re.compile(r"(?:Block|Mark|Mk|Type|Typ|Project|Projekt)[\s-]")


def _repeated_designations(text: str, found: list[Mention], mentions: list[Mention]) -> list[Mention]:
    """Later (and earlier) bare uses of a designation the patterns found once: "Badr-1 rockets" ...
    "The solid-fuel Badr-1 has a range of 150 km"."""
    designs = {o.text: o.entity_id for o in found if o.type == "weapon_system" and not _SERIES_ONLY.match(o.text)}
    if not designs:
        return []
    occupied = [(o.start, o.end) for o in [*found, *mentions]]
    alts = "|".join(re.escape(n) for n in sorted(designs, key=len, reverse=True))
    out: list[Mention] = []
    for m in re.finditer(rf"(?<![\w-])(?:{alts})(?![\w-])", text):
        a, b = m.start(), m.end()
        if any(x < b and a < y for x, y in occupied):
            continue
        out.append(Mention(a, b, m.group(), designs[m.group()], "weapon_system", "pattern.weapon", "name"))
        occupied.append((a, b))
    return out


# named warships: a navy prefix ("USS Thomas Hudner", "HMS Prince of Wales") or a warship noun before a
# quoted or capitalised name ("der Zerstörer „Choe Hyon“", "the frigate Hamburg")
_SHIP_PREFIX = re.compile(
    r"(?<![\w-])(?:USS|HMS|HMAS|HMCS|HMNZS|INS|JS|ROKS|BRP|TCG|FGS|HNLMS|HDMS|HNoMS|ITS|ESPS|KRI|PNS|RFS|NRP|RSS|KD)"
    r"\s+(?:[„\"“](?:[A-Z][\w'’-]+(?:\s+(?:of\s+)?[A-Z][\w'’-]+){0,2})[“”\"]"
    r"|[A-Z][\w'’-]+(?:\s+(?:of\s+)?[A-Z][\w'’-]+){0,2})"
)
_WARSHIPS = {
    "de": "Fregatte|Zerstörer|Lenkwaffenzerstörer|Korvette|Flugzeugträger|U-Boot|Atom-U-Boot|Kriegsschiff|"
    "Patrouillenschiff|Landungsschiff|Kreuzer|Minenjäger|Schwesterschiff|Einsatzgruppenversorger|Tender",
    "en": "frigate|destroyer|corvette|aircraft carrier|carrier|submarine|warship|patrol vessel|patrol ship|"
    "cruiser|landing ship|minehunter|sister ship",
}
_NOT_SHIP_NAMES = frozenset(
    "The A An In On At Am Im Der Die Das Den Dem Des Ein Eine Monday Tuesday Wednesday Thursday Friday Saturday "
    "Sunday Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag".split()
)


@cache
def _ship_after_noun(lang: str) -> re.Pattern[str] | None:
    nouns = _WARSHIPS.get(lang)
    if nouns is None:
        return None
    return re.compile(
        rf"(?<![\w-])(?:{nouns})s?\s+(?:[„\"“]([^„“”\"\n]{{2,30}})[“”\"]|([A-ZÄÖÜ][\w'’-]+(?:\s+[A-ZÄÖÜ][\w'’-]+)?))"
    )


def _ships(text: str, lang: str, taken: list[tuple[int, int]]) -> list[Mention]:
    out: list[Mention] = []
    spans = [(m.start(), m.end()) for m in _SHIP_PREFIX.finditer(text)]
    pat = _ship_after_noun(lang)
    for m in pat.finditer(text) if pat is not None else ():
        g = 1 if m.group(1) else 2
        a, b = m.start(g), m.end(g)
        if m.group(2) and (m.group(2).split()[0] in _NOT_SHIP_NAMES or m.group(2).isupper()):
            continue  # "the destroyer The ...", "USS" (the prefix rule takes it)
        spans.append((a, b))
    for a, b in sorted(spans, key=lambda s: (s[0], -s[1])):  # the longer name at one start
        if any(x < b and a < y for x, y in taken) or any(o.start < b and a < o.end for o in out):
            continue
        name = text[a:b].strip('„“”"')
        out.append(Mention(a, b, text[a:b], _slug("weapon", name), "weapon_system", "pattern.ship", "name"))
    return out


def find_units_and_designations(text: str, lang: str, mentions: list[Mention]) -> list[Mention]:
    """Pattern mentions of units (``military_unit``) and unknown weapon designations
    (``weapon_system``); designations the KB already names are left to the KB."""
    unit_pats, design_pats = _patterns(lang)
    out: list[Mention] = []
    for pat in unit_pats:
        for m in pat.finditer(text):
            a, b = m.start(), m.end()
            if any(o.start < b and a < o.end for o in out):
                continue
            name = text[a:b]
            if name[:1].isdigit() and not any(ch.isupper() for ch in name):
                continue  # "3. brigade" in running lower case: no name
            out.append(Mention(a, b, name, _slug("unit", name), "military_unit", "pattern.unit", "name"))
    known = [(o.start, o.end) for o in mentions if o.type in ("weapon_system", "munition")]
    verb_pat = design_pats[-1] if design_pats and "designation_verbs" in lang_data(lang) else None
    for pat in design_pats:
        for m in pat.finditer(text) if pat is not verb_pat else _near_capability_words(pat, text, lang):
            a, b = m.start(1), m.end(1)
            if any(x < b and a < y for x, y in known) or any(o.start < b and a < o.end for o in out):
                continue
            if pat is verb_pat and (not _in_capability_sentence(text, a, b, lang) or _SERIES_ONLY.match(m.group(1))):
                # "COVID-19 has ...": a designation before a verb only in a capability sentence; "the Block IV
                # can reach" is a variant of a system named before, no system of its own
                continue
            name = text[a:b]
            out.append(Mention(a, b, name, _slug("weapon", name), "weapon_system", "pattern.weapon", "name"))
    out += _repeated_designations(text, out, mentions)
    taken = [(o.start, o.end) for o in mentions if o.type in ("weapon_system", "munition", "person")]
    out += _ships(text, lang, taken + [(o.start, o.end) for o in out])
    return out
