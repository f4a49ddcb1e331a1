"""The state behind a source, for the parties of a claim: the country a state body speaks for, a
transfer to the supplier's own forces (its output, not an export), and a state that denies
supplying as the supplier it denies being."""

from __future__ import annotations

import re
from typing import Any

from ..document import Attribution
from ..kb.load import KB
from ._context import SentenceView
from ._lexicon import Lexicon
from ._triggers import Trigger

__all__ = ["denier_acts", "owned_transfer", "state_exporter", "state_of", "to_own_forces"]


def state_of(att: Attribution, kb: KB) -> str | None:
    """The country a state source speaks for: a country, or a military or government body in the KB."""
    src = att.source_entity or ""
    if src.startswith("country:"):
        return src
    ent = kb.get(src) if src else None
    country = getattr(ent, "country", None) if ent is not None else None
    if country and getattr(ent, "source_kind", None) in ("military", "government"):
        return f"country:{country}"
    return None


def state_exporter(view: SentenceView, att: Attribution) -> str | None:
    """The country of a state arms exporter (KB ``category: state_company``) named in the sentence or
    speaking for it: "Портфель заказов «Рособоронэкспорта»", "за год компания подписала контракты"."""
    ids = [m.entity_id for m in view.mentions if m.type == "organization"]
    if att.source_entity:
        ids.append(att.source_entity)
    for eid in ids:
        ent = view.kb.get(eid)
        if ent is not None and getattr(ent, "category", None) == "state_company" and ent.country:
            return f"country:{ent.country}"
    return None


def to_own_forces(view: SentenceView, lex: Lexicon, trig: Trigger, args: dict[str, Any]) -> bool:
    """A transfer to the armed forces of the supplier's own country (or of no named country) after
    its verb, in a sentence that names no other country: "передал армии", "передал российским ВКС"."""
    if lex.lang not in ("ru", "uk"):
        return False  # the dative marks the receiving forces; "came from Serbian army stocks" does not
    supplier = args.get("supplier")
    countries = {c for m in view.mentions if (c := view.country_of(m))}
    s0 = view.sent.start
    for pat, kind in view.present(lex.institutions):
        if kind != "military":
            continue
        for hit in view.find(pat):
            if not trig.end <= hit.start() <= trig.end + 40:
                continue
            if not hit.group()[:1].isupper() and not countries - {supplier}:
                return True  # "передал армии": the bare, lower-case forces of the report's country
            # "передал российским ВКС": forces of the supplier's country, or of the only country named
            owner = next(
                (c for m in view.mentions if m.end <= s0 + hit.start() <= m.end + 2 and (c := view.country_of(m))), None
            )
            if owner is not None and supplier in (None, owner) and not countries - {owner}:
                return True
    return False


def owned_transfer(view: SentenceView, lex: Lexicon, args: dict[str, Any]) -> bool:
    """The supplier is a country adjective on a transfer noun ("о северокорейских поставках",
    "North Korean shipments"): the text names it, no rule guessed it."""
    sup = args.get("supplier")
    if not sup:
        return False
    cues = [c for c in (lex.strong.get("arms_transfer"), lex.weak.get("arms_transfer")) if c is not None]
    for m in view.mentions:
        if m.entity_id != sup or m.role != "adjective":
            continue
        nxt = re.match(r"\s+([\w-]+)", view.doc.text[m.end : m.end + 40])
        if nxt is not None and any(c.fullmatch(nxt.group(1)) for c in cues):
            return True
    return False


def denier_acts(args: dict[str, Any], att: Attribution, lex: Lexicon, kb: KB, owned: bool = False) -> dict[str, Any]:
    """A state that denies supplying or sending is the supplier it denies being ("Die Emirate
    bestreiten, die RSF mit Waffen zu versorgen", "Iran denied arming the Houthis"); so is the
    state of a denying army or ministry ("The Serbian army denied any unusual troop movements").
    Where the text names another supplier (``owned``: "о северокорейских поставках"), the denier is
    the one said to receive."""
    src = att.source_entity
    if not (src and att.cue and lex.denial.fullmatch(att.cue)):
        return args
    ent = kb.get(src)
    metonym = getattr(ent, "metonym_of", None) if ent is not None else None
    if metonym and str(metonym).startswith("country:"):
        src = str(metonym)  # "Kiew hat eine Beteiligung stets bestritten": the capital for its state
    elif not src.startswith("country:"):
        country = getattr(ent, "country", None) if ent is not None else None
        if not (country and getattr(ent, "source_kind", None) in ("military", "government")):
            return args
        src = f"country:{country}"
    if args.get("supplier") == src or args.get("recipient") == src:
        return args
    out = dict(args)
    if owned and not out.get("recipient"):
        out["recipient"] = src
        return out
    if out.get("supplier") and not out.get("recipient"):
        out["recipient"] = out["supplier"]
    out["supplier"] = src
    return out
