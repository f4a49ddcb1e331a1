"""Organisations the KB does not know, named in the text by the patterns attribution uses:

- a kind noun before a name ("the channel Grey Zone", "der Telegram-Kanal Rybar") or a name that
  ends in an organisation noun ("Al-Masirah TV", "Azawad Liberation Front");
- an institution with its owner ("die russische Botschaft", "Syria's health ministry", "die
  Staatsanwaltschaft Lüneburg") or a specific compound ("Gebietsverwaltung",
  "Koordinierungsstab"); a bare generic word ("die Regierung", "officials") is no entity.

Each becomes an organisation mention (``pattern.org``); the source kind its pattern implies is
kept in ``doc.meta["org_kinds"]`` for attribution.
"""

from __future__ import annotations

import re
import unicodedata

from ..document import Document, Mention
from ._recur import recurrences
from .load import KB

__all__ = ["cut_at_bodies", "find_organisations", "org_id"]


_PAREN = re.compile(r"\s*\(")


def org_id(name: str) -> str:
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")
    return f"org:{slug or 'unknown'}"


def find_organisations(doc: Document, kb: KB, stop: frozenset[str]) -> list[Mention]:
    from ..extract._context import DocIndex, SentenceView
    from ..extract._institutions import aligned_group
    from ..extract._lexicon import first_names, get_lexicon
    from ..extract._sources import named_sources
    from ..extract.attribution import institutions
    from ..nlp._resources import lang_data

    lang = doc.lang or "en"
    lex = get_lexicon(lang)
    kinds: dict[str, str] = doc.meta.setdefault("org_kinds", {})
    text = doc.text
    anonymous = lex.anonymous_sources
    abbreviations = lang_data(lang)["_abbrev"]
    generic = {str(w).casefold() for w in lex.raw.get("generic_bodies") or []}
    found: list[Mention] = []
    index = DocIndex.of(text)  # cue lists are found once per document, not per sentence
    for sent in doc.sentences:
        if sent.is_heading:
            continue
        view = SentenceView.of(doc, sent, kb, index)
        taken = [(m.start, m.end) for m in view.mentions if m.rule != "pattern.person"]
        cands = named_sources(view, lex, taken, stop)
        taken += [(c.start, c.end) for c in cands]
        owners = [m for m in view.mentions if m.type in ("country", "place")]
        for inst in institutions(view, lex, taken) if owners else ():  # no owner, no entity
            words = inst.text.split()
            if inst.text.casefold() in anonymous or any(w.casefold() in anonymous for w in words):
                continue  # "officials", "US officials": people, not an organisation
            owned = _after_owner(text, inst.end, owners) is not None or any(
                inst.start <= o.start < inst.end for o in owners
            )
            if (
                aligned_group(inst.text)  # "Rwanda-backed rebels": a camp, no body
                or words[-1].casefold() in generic
                or any(w.casefold() in lex.role_kinds for w in words)  # "the US special envoy for Sudan"
                or not owned
                or any(w.casefold() in lex.owned_only for w in words)  # "Angaben Warschaus": a figure, no body
            ):
                continue  # "die Regierung", "the think tank", "Regierungssprecher": no entity of its own
            if any(_next_to(text, inst.end, c.start) for c in cands) or any(
                _next_to(text, inst.end, m.start) and m.type == "organization" for m in view.mentions
            ):
                continue  # "der britischen Organisation Drone Wars UK": a description of the name after it
                # (also a quoted one: "des schwedischen Senders „Kustradion Syd“")
            paren = _PAREN.match(text, inst.end)
            if paren is not None and any(m.start == paren.end() for m in view.mentions):
                continue  # "Ukraine's Defence Intelligence (HUR)": the KB knows the body by its abbreviation
            end = _after_owner(text, inst.end, owners) or inst.end
            cands.append(type(inst)(inst.start, end, text[inst.start : end], None, inst.kind, inst.what))
        cue_words = [(sent.start + h.start(), sent.start + h.end()) for h in view.find(lex.before_source)]
        for c in cands:
            if c.what == "person" or (c.kind == "person" and c.text.split()[0] in first_names()):
                continue  # "Laut Anna Müller": a given name opens a person's name, no body's
            if any(a <= c.start < b for a, b in cue_words):
                continue  # "Laut Daten des Ministeriums": a word of the cue, no body
            if any(
                m.start < c.end and c.start < m.end
                for m in view.mentions
                if m.rule != "pattern.person" and m.type not in ("country", "place")
            ) or any(m.start == c.start and m.end == c.end and m.type in ("country", "place") for m in view.mentions):
                continue  # the KB knows it already (its owner country or place may lie inside)
            name = text[c.start : c.end]
            if len(name) <= 3 or name.rstrip(".").casefold() in abbreviations:
                continue  # "Lt.", "Gen.": a title, not a name
            eid = org_id(name)
            kinds.setdefault(eid, c.kind)
            found.append(Mention(c.start, c.end, name, eid, "organization", "pattern.org", "name"))
    # (a known body's acronym counts too: "Conflict Armament Research (CAR) ... Исследователи CAR")
    known = [m for m in doc.mentions if m.type == "organization"]
    taken_all = [(m.start, m.end) for m in doc.mentions]
    # "the Brazilian manufacturer Embraer ... Embraer said": a name introduced by a kind noun names the same
    # body where it recurs bare, no person
    seeds = [m for m in found if m.text[:1].isupper() and len(m.text) >= 4]
    again = recurrences(text, seeds, taken_all + [(m.start, m.end) for m in found], "organization", "pattern.org")
    return found + again + _acronyms(text, found + known, taken_all + [(m.start, m.end) for m in again])


_ACRONYM_AFTER = re.compile(r"\s*\(([A-ZÄÖÜ][A-ZÄÖÜ0-9&-]{1,7})\)")


def _acronyms(text: str, found: list[Mention], taken: list[tuple[int, int]]) -> list[Mention]:
    """An acronym in brackets right after an organisation found by pattern ("the Sahara Press Service
    (SPS)") names it too, there and wherever it recurs ("SPS boasted ...")."""
    out: list[Mention] = []
    spans = taken + [(m.start, m.end) for m in found]
    for m in found:
        hit = _ACRONYM_AFTER.match(text, m.end)
        if hit is None:
            continue
        acro = hit.group(1)
        for occ in re.finditer(rf"(?<![\w-]){re.escape(acro)}(?![\w-])", text):
            a, b = occ.span()
            if not any(x < b and a < y for x, y in spans):
                out.append(Mention(a, b, acro, m.entity_id, "organization", "pattern.org", "name"))
                spans.append((a, b))
    return out


def _after_owner(text: str, end: int, owners: list[Mention]) -> int | None:
    """The end of a place right after an institution ("Staatsanwaltschaft Lüneburg")."""
    for o in owners:
        if o.start == end + 1 and text[end] == " " and o.type == "place":
            return o.end
    return None


def _next_to(text: str, end: int, start: int) -> bool:
    """Whether a name starting at ``start`` follows right after ``end``, maybe after an opening quote."""
    return 0 <= start - end <= 3 and not text[end:start].strip(' „“"«')


def cut_at_bodies(text: str, m: Mention, orgs: list[Mention]) -> Mention | None:
    """A person name that runs into a body's name: dropped ("the channel Grey Zone"), or cut before the
    particle that joined them ("der Analyst Peter Hawrami von Zagros Watch": "von" opened no noble name)."""
    from ._entities import PARTICLES, person_id

    if m.rule != "pattern.person":
        return m
    hit = [o for o in orgs if o.start < m.end and m.start < o.end]
    if not hit:
        return m
    first = min(o.start for o in hit)
    head = text[m.start : first].rstrip()
    words = head.split()
    if first > m.start and len(words) >= 3 and words[-1].casefold() in PARTICLES:
        end = m.start + len(head[: -len(words[-1])].rstrip())
        name = text[m.start : end]
        return Mention(m.start, end, name, person_id(name), "person", m.rule, m.role)
    return None
