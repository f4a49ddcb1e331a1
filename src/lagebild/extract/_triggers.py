"""Triggers of a sentence and the one that makes its claim: the cue lists per claim type in rule
order, German separable arrival verbs, and the precedence between strong verbs, capability
attributes and weak nouns."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .._cues import Cues
from ._context import SentenceView, clause_bounds
from ._lexicon import Lexicon

__all__ = ["Trigger", "choose", "loss_tally", "triggers"]

_PRIORITY = ["arms_transfer", "troop_deployment", "casualties", "attack", "production", "sanction", "statement"]
_PARTICLE_END = re.compile(r"\sein\s*[.!?;:,)]*\s*$")  # the clause ends in the particle "ein"
# "танк немецкого производства", "зброя західного виробництва": where it was made, no production event
_MADE_IN = re.compile(r"\w(?:ого|его|ої)\s+$")
_ORIGIN = re.compile(r"(?:производств|виробництв)[аі]$", re.IGNORECASE)
_RANK = {"casualties": 2, "attack": 2}  # equal: the earlier one wins
_WEAK_RANK = {"troop_deployment": 3.5}  # weak deployment nouns come after attacks and tolls


@dataclass
class Trigger:
    ctype: str
    strong: bool
    start: int  # relative to the sentence
    end: int
    text: str
    attribute: str | None = None


def _trigger_cues(view: SentenceView, lex: Lexicon) -> list[tuple[str, bool, Cues, str | None]]:
    """(claim type, strong, cues, capability attribute) in rule order, without the cue lists
    that occur nowhere in the document (found once per document)."""
    index = view.index
    key = ("triggers", id(lex))
    if index is not None and key in index.memo:
        return index.memo[key]  # type: ignore[no-any-return]
    out: list[tuple[str, bool, Cues, str | None]] = []
    for ctype in _PRIORITY:
        for strong, pats in ((True, lex.strong), (False, lex.weak)):
            pat = pats.get(ctype)
            if pat is not None:
                out.append((ctype, strong, pat, None))
    out += [("capability", True, pat, attr) for attr, pat in lex.attributes.items()]
    if index is not None:
        out = [t for t in out if index.occurs(t[2])]
        index.memo[key] = out
    return out


def triggers(view: SentenceView, lex: Lexicon, follows_transfer: bool = False) -> list[Trigger]:
    """The cues of a sentence; ``follows_transfer``: a transfer was claimed just before, so its items go on
    ("Die Lieferungen seien über einen Zwischenhändler abgewickelt worden")."""
    out: list[Trigger] = []
    has_item = (
        follows_transfer
        or any(m.type in ("weapon_system", "munition") for m in view.mentions)
        or bool(view.search(lex.generic_items))
    )
    trade = view.search(lex.trade_words) if any(q.kind == "money" for q in view.quantities) else None
    if not has_item:
        # "Портфель экспортных заказов превысил 60 млрд долларов": a sum in an arms trade is its item
        has_item = trade is not None
    for ctype, strong, pat, attr in _trigger_cues(view, lex):
        if attr is not None:
            out += [Trigger(ctype, True, m.start(), m.end(), m.group(), attr) for m in view.find(pat)]
            continue
        if ctype in lex.requires_item and not has_item:
            continue
        out += [
            Trigger(ctype, strong, m.start(), m.end(), m.group())
            for m in view.find(pat)
            if not (ctype == "production" and _MADE_IN.search(view.text, 0, m.start()) and _ORIGIN.match(m.group()))
        ]
    if not out and trade is not None:
        # "Общая стоимость контракта составляет около $2 млрд": the sum of an arms deal is its transfer
        out.append(Trigger("arms_transfer", False, trade.start(), trade.end(), trade.group()))
    reason = next((h.start() for h in view.find(lex.reason_openers) if h.start() > 0), None)
    if reason is not None and any(t.strong and t.attribute is None and t.start < reason for t in out):
        # "targeted the tanker because its owner had sent ships to Israel": the reason is no claim of its own
        out = [t for t in out if t.start < reason]
    nouns = view.find(lex.not_triggers)
    if nouns:  # "attacks on commercial shipping": no transfer in the noun
        out = [t for t in out if not any(n.start() <= t.start and t.end <= n.end() for n in nouns)]
    return _arrivals(out, view, lex, has_item)


def _arrivals(triggers: list[Trigger], view: SentenceView, lex: Lexicon, has_item: bool) -> list[Trigger]:
    """German separable arrival verbs: "trafen ... 24 Haubitzen ... ein" is an arrival (a transfer of
    weapons, a deployment of troops), not "trafen" (hit), however long the gap before "ein"."""
    if not lex.arrival_verbs:
        return triggers
    out = []
    for t in triggers:
        if t.ctype == "attack" and t.text.casefold() in lex.arrival_verbs:
            end = clause_bounds(view.text, t.start)[1]
            comma = view.text.find(",", t.end, end)  # "trafen ... in Ouagadougou ein, wie die Regierung mitteilte"
            if _PARTICLE_END.search(view.text[t.end : end]) or (
                comma > 0 and _PARTICLE_END.search(view.text[t.end : comma + 1])
            ):
                out.append(Trigger("arms_transfer" if has_item else "troop_deployment", True, t.start, t.end, t.text))
                continue
        out.append(t)
    return out


def choose(triggers: list[Trigger], view: SentenceView) -> Trigger | None:
    # a cue inside a longer cue of another type is part of it: "Warnschüsse ... abgegeben" is shooting,
    # not the "abgegeben" of a handover
    triggers = [
        t
        for t in triggers
        if not any(
            u.ctype != t.ctype and u.start <= t.start and t.end <= u.end and u.end - u.start > t.end - t.start
            for u in triggers
        )
    ]
    cap = [t for t in triggers if t.ctype == "capability"]
    measured = [q for q in view.quantities if q.kind == "measure"]
    if cap and measured and any(m.type == "weapon_system" for m in view.mentions):
        # a range figure for a weapon is about its capability, unless an event verb comes first
        # in the same clause ("Iran lieferte Raketen mit einer Reichweite von 300 km")
        first_cap = min(t.start for t in cap)
        clause_end = clause_bounds(view.text, first_cap)[1]
        events = [
            t
            for t in triggers
            if t.strong
            and t.ctype != "capability"
            and t.start < clause_end
            and not _ability(view, t.start)
            and not _aside(view.text, t.start, first_cap)
        ]  # "Die Zerstörer können Tomahawk abfeuern, die 1.600 km weit fliegen": what they can do
        counted = any(q.kind in ("count", "money") for q in view.quantities)
        if not counted and all(t.ctype == "production" for t in events):
            events = []  # "wird in Serie gebaut und hat eine Reichweite von 1.000 km": the figure is the claim
        if not any(t.start < first_cap for t in events):
            return (
                next(t for t in cap if t.attribute == "range") if any(t.attribute == "range" for t in cap) else cap[0]
            )
    strong = [t for t in triggers if t.strong and t.ctype != "capability"]
    if strong and not any(t.ctype == "troop_deployment" and not t.strong for t in triggers):
        # "в Россию прибыли 20 гаубиц": an arrival verb that is also a transfer cue moves weapons when no
        # troops arrive with it
        strong = [
            next((u for u in triggers if u.ctype == "arms_transfer" and u.start == t.start), t)
            if t.ctype == "troop_deployment"
            else t
            for t in strong
        ]
    if strong:
        # an attack and its toll in one sentence: the verb that comes first is the claim
        # ("Israel bombed Hodeidah ..., after a drone killed a man"; "... abgewehrt und dabei
        # Dutzende Kämpfer getötet"); transfers and deployments keep their precedence
        return min(strong, key=lambda t: (_RANK.get(t.ctype, _PRIORITY.index(t.ctype)), t.start))
    cap = [t for t in triggers if t.ctype == "capability"]
    if cap:
        # a range first, else the attribute named first ("a hypersonic missile with a warhead")
        return min(cap, key=lambda t: (t.attribute != "range", t.start))
    weak = [t for t in triggers if not t.strong]
    # a noun in the main clause before one in a relative clause ("Verluste ..., auf die die Truppen ...")
    first_end = clause_bounds(view.text, 0)[1]
    # actor nouns ("Streitkräfte", "troops") name who acted: an attack or toll noun beside them is the claim
    return (
        min(weak, key=lambda t: (t.start >= first_end, _WEAK_RANK.get(t.ctype, _PRIORITY.index(t.ctype)), t.start))
        if weak
        else None
    )


def loss_tally(view: SentenceView, lex: Lexicon, after: int) -> bool:
    """Whether the sentence after ``after`` counts losses: two counts of what a tally of losses counts
    ("знищили 11 танків, 23 бойові броньовані машини", "destroyed three tanks and 14 artillery
    systems"), so the destroying verb reports losses, not a strike."""
    nouns = [h.start() for h in view.find(lex.loss_nouns) if h.start() >= after]
    if len(nouns) < 2:
        return False
    counted = 0
    for q in view.quantities:
        if q.kind != "count" or view.rel(q.start) < after:
            continue
        end = view.rel(q.end)
        # the noun right after the figure, adjectives between ("две самоходные гаубицы")
        if any(h >= view.rel(q.start) and h - end <= 30 and not re.search(r"[,;\d]", view.text[end:h]) for h in nouns):
            counted += 1
    return counted >= 2


def _aside(text: str, pos: int, before: int) -> bool:
    """Whether ``pos`` lies in an aside set off by commas before ``before``: "The Akinci, built by
    Baykar, can stay airborne for 24 hours", "The Shahed-136, which Russia produces as the Geran-2, has"."""
    opening = text.rfind(",", 0, pos)
    closing = text.find(",", pos, before)
    return opening >= 0 and closing >= 0


def _ability(view: SentenceView, pos: int) -> bool:
    """An ability modal ("können", "can") in the clause before ``pos``: a capability, not an event."""
    from ._lexicon import get_lexicon

    lex = get_lexicon(view.doc.lang or "en")
    lo = clause_bounds(view.text, pos)[0]
    return any(lo <= m.start() < pos for m in view.find(lex.ability_modals))
