"""Abbreviations a text defines in brackets after a name ("Verteidigungsnachrichtendienst (DIU)"), and
mentions that are part of a quoted name ("«Россия-Пресс»")."""

from __future__ import annotations

import re
from typing import Any

from ..document import Document, Mention

__all__ = [
    "find_abbreviations",
    "kind_after_acronym",
    "opens_quoted_name",
    "relink_defined_acronyms",
    "spelled_out_bodies",
]

_ABBR = re.compile(r"\(\s*([A-ZÄÖÜА-ЯІЇЄҐ][A-Za-zÄÖÜА-Яа-яІЇЄҐ]{1,9})\s*\)")
# a bare acronym of capitals after a name, before a verb or punctuation ("Streitkräfte RDF erklärten")
_BARE_ABBR = re.compile(r" ([A-ZÄÖÜ]{2,6})(?=[ ,.;:])")


def find_abbreviations(doc: Document, mentions: list[Mention]) -> list[Mention]:
    """ "Verteidigungsnachrichtendienst (DIU)": the abbreviation links where the name does."""
    text = doc.text
    by_end = {m.end: m for m in mentions}
    added: list[Mention] = []
    covered: bytearray | None = None  # characters in a mention, marked once (not rescanned per abbreviation)
    scanned: set[str] = set()
    # "(DIU)" after a name; or a bare acronym right after a body's name ("die ruandischen Streitkräfte RDF
    # erklärten"), which no mention covers
    defined = [(m.start(), m.group(1)) for m in _ABBR.finditer(text)]
    defined += [
        (x.end, bare.group(1))
        for x in mentions
        if x.type == "organization"
        and (bare := _BARE_ABBR.match(text, x.end)) is not None
        and not any(y.start == bare.start(1) for y in mentions)
    ]
    for start, abbr in sorted(defined):
        prev_end = start
        while prev_end > 0 and text[prev_end - 1] == " ":
            prev_end -= 1
        target = by_end.get(prev_end)
        if target is None:
            continue
        if abbr in scanned:
            continue  # defined again: its first scan took every occurrence
        scanned.add(abbr)
        if covered is None:
            covered = bytearray(len(text))
            for x in mentions:
                covered[x.start : x.end] = b"\x01" * (x.end - x.start)
        spans = [occ.span() for occ in re.finditer(rf"(?<![\w-]){re.escape(abbr)}(?![\w])", text)]
        new = [(a, b) for a, b in spans if not any(covered[a:b])]
        for a, b in new:
            added.append(Mention(a, b, abbr, target.entity_id, target.type, "kb.abbrev", "name"))
            covered[a:b] = b"\x01" * (b - a)
    return added


def relink_defined_acronyms(text: str, mentions: list[Mention], kb: Any = None) -> list[Mention]:
    """ "Института науки и международной безопасности (ISIS)": an acronym the text defines right after
    a body's name is that body here, whatever else the KB knows by it (the Islamic State)."""
    by_end = {m.end: m for m in mentions if m.type == "organization"}
    relink: dict[str, Mention] = {}
    for m in _ABBR.finditer(text):
        prev_end = m.start()
        while prev_end > 0 and text[prev_end - 1] == " ":
            prev_end -= 1
        target = by_end.get(prev_end)
        inner = next((x for x in mentions if x.start == m.start(1) and x.end == m.end(1)), None)
        if target is None and inner is not None and inner.type == "organization":
            target = _spelled_out(text, prev_end, inner, mentions, kb)
            mentions = mentions + [target] if target is not None else mentions
        if target is not None and inner is not None and inner.entity_id != target.entity_id:
            relink.setdefault(inner.text, target)
    if not relink:
        return mentions
    return [
        Mention(x.start, x.end, x.text, relink[x.text].entity_id, relink[x.text].type, "kb.abbrev", x.role)
        if x.text in relink
        else x
        for x in mentions
    ]


# a capitalised word of a name, or a small word inside it ("Office for the Coordination of ...")
_NAME_WORD = re.compile(r"([A-Z][\w-]*|of|for|the|and|on|in)\s*$")


def _spelled_out(text: str, end: int, inner: Mention, mentions: list[Mention], kb: Any) -> Mention | None:
    """ "the Multinational Security Support (MSS) mission": the capitalised words before the brackets whose
    initials spell the acronym, as a new body (no mention may lie inside them, and they must not be a name
    of the body the knowledge base knows by the acronym)."""
    acronym = inner.text
    start, initials = end, ""
    while len(initials) < len(acronym) and (word := _NAME_WORD.search(text, max(0, start - 40), start)):
        start = word.start()
        initials = (word.group(1)[0] + initials) if word.group(1)[0].isupper() else initials
    if initials != acronym.upper() or not text[start:end].strip()[:1].isupper():
        return None
    if any(m.start < end and start < m.end for m in mentions):
        return None
    from ._orgs import org_id

    name = text[start:end]
    known = kb.get(inner.entity_id) if kb is not None else None
    if known is not None and any(name.casefold() in n.casefold() for n in (known.name, *known.aliases)):
        return None  # "National News Agency (NNA)": the body the knowledge base knows
    return Mention(start, end, name, org_id(name), "organization", "pattern.org", "name")


def opens_quoted_name(text: str, m: Mention) -> bool:
    """ "корреспондентом «Россия-Пресс»": a country that opens a quoted name is part of that name."""
    return (
        m.type == "country" and text[m.start - 1 : m.start] in ("«", "„", "“", '"') and text[m.end : m.end + 1] == "-"
    )


# an acronym in brackets and the kind noun after it: "(JSS) mission"
_ACRONYM_NOUN = re.compile(r"\(\s*([A-Z][A-Z0-9]{1,7})\s*\)\s+([\w-]+)")
_AFTER_NAME = re.compile(r"\s*" + _ACRONYM_NOUN.pattern)


def kind_after_acronym(text: str, end: int, nouns: dict[str, str]) -> str | None:
    """The kind the noun after an acronym in brackets right after ``end`` gives ("... (MSS) mission")."""
    hit = _AFTER_NAME.match(text, end)
    return nouns.get(hit.group(2).casefold()) if hit is not None else None


def spelled_out_bodies(
    text: str, mentions: list[Mention], nouns: dict[str, str]
) -> tuple[list[Mention], dict[str, str]]:
    """ "the Joint Stabilisation Support (JSS) mission": a body no other rule found, spelled out by the
    capitalised words before its acronym and typed by the kind noun after it; with every later mention of
    the acronym. Returns the new mentions and their kinds."""
    found: list[Mention] = []
    kinds: dict[str, str] = {}
    for hit in _ACRONYM_NOUN.finditer(text):
        kind = nouns.get(hit.group(2).casefold())
        prev_end = len(text[: hit.start()].rstrip())
        # (a person the name pattern took inside the name gives way: "Stabilisation Support")
        taken = [m for m in [*mentions, *found] if m.rule != "pattern.person"]
        if kind is None or any(m.start < hit.end(1) and hit.start(1) < m.end for m in taken):
            continue
        acronym = Mention(hit.start(1), hit.end(1), hit.group(1), "", "organization", "", "name")
        body = _spelled_out(text, prev_end, acronym, taken, None)
        if body is None:
            continue
        kinds[body.entity_id] = kind
        found.append(body)
        for occ in re.finditer(rf"(?<![\w-]){re.escape(hit.group(1))}(?![\w-])", text):
            if not any(m.start < occ.end() and occ.start() < m.end for m in [*mentions, *found]):
                found.append(
                    Mention(occ.start(), occ.end(), hit.group(1), body.entity_id, "organization", "kb.abbrev", "name")
                )
    return found, kinds
