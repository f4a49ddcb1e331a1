"""Cross-document claim keys and relations: corroborates, contradicts, refines.

A claim key is built from structured fields only, so a German and an English
report of the same event meet: transfers and deployments by type, supplier and
recipient; attacks and casualties by type, place and day; capabilities by
subject and attribute. Two claims with the same key from different documents
are related: a denial contradicts, figures that differ contradict (a
discrepancy), a figure that narrows an open one ("more than 10,000" vs
"11,000") refines, the rest corroborates. Items must overlap when both name
them, dates must lie within ``window_days``.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, NamedTuple

__all__ = ["Facts", "claim_key", "prepare", "relate", "relate_facts"]

_MOVES = ("arms_transfer", "troop_deployment")
_EVENTS = ("attack", "casualties")


def claim_key(claim: dict[str, Any]) -> str | None:
    a = claim.get("args") or {}
    t = claim.get("type")
    if t in _MOVES and a.get("supplier") and a.get("recipient"):
        return f"{t}|{a['supplier']}|{a['recipient']}"
    if t in _EVENTS and a.get("location") and isinstance(a.get("date"), dict):
        return f"{t}|{a['location']}|{a['date']['value'][:10]}"
    if t == "capability" and a.get("subject") and a.get("attribute"):
        return f"capability|{a['subject']}|{a['attribute']}"
    return None


def _date(value: str | None) -> dt.date | None:
    if not value:
        return None
    parts = (value + "-01-01")[:10].split("-")
    try:
        return dt.date(int(parts[0]), int(parts[1] or 1), int(parts[2] or 1))
    except (ValueError, IndexError):
        return None


class Facts(NamedTuple):
    """What ``relate`` compares, parsed once per claim."""

    items: frozenset[str]
    date: dt.date | None
    negated: bool
    source: str | None
    value: float | None
    unit: str | None
    approx: str | None


def prepare(claim: dict[str, Any]) -> Facts:
    """The parsed facts of a claim (``type``, ``factuality``, ``args``, ``attribution``)."""
    a = claim.get("args") or {}
    q = next((x for x in a.get("quantities") or [] if isinstance(x.get("value"), int | float)), None)
    return Facts(
        items=frozenset(a.get("items") or ()),
        date=_date(a["date"].get("value") if isinstance(a.get("date"), dict) else None),
        negated=claim.get("factuality") == "negated",
        source=(claim.get("attribution") or {}).get("source"),
        value=float(q["value"]) if q else None,
        unit=q.get("unit") if q else None,
        approx=q.get("approx") if q else None,
    )


def relate(new: dict[str, Any], old: dict[str, Any], window_days: int = 45) -> tuple[str, str] | None:
    """The relation of ``new`` to ``old`` (same key, other document), with a short reason."""
    return relate_facts(prepare(new), prepare(old), window_days)


def relate_facts(n: Facts, o: Facts, window_days: int = 45) -> tuple[str, str] | None:
    """``relate`` on prepared facts (the store prepares each claim once)."""
    if n.items and o.items and not n.items & o.items:
        return None  # different things moved
    if n.date and o.date and abs((n.date - o.date).days) > window_days:
        return None
    if n.negated != o.negated:
        return "contradicts", f"denial by {(n if n.negated else o).source or 'the author'}"
    if n.value is not None and o.value is not None and (n.unit == o.unit or not n.unit or not o.unit):
        a, b = n.value, o.value
        if abs(a - b) <= 0.02 * max(abs(a), abs(b), 1.0):
            return "corroborates", f"same figure {a:g}"
        lower, upper = ("over", "at_least"), ("up_to", "under")
        if (o.approx in lower and a >= b) or (o.approx in upper and a <= b):
            return "refines", f"{a:g} narrows {o.approx} {b:g}"
        if (n.approx in lower and b >= a) or (n.approx in upper and b <= a):
            return "refines", f"{b:g} narrows {n.approx} {a:g}"
        unit = n.unit or o.unit or ""
        return "contradicts", f"figures differ: {a:g} vs {b:g} {unit}".strip()
    if n.value is not None and o.value is None:
        return "refines", f"adds the figure {n.value:g}"
    if o.value is not None and n.value is None:
        return "refines", f"the other report gives the figure {o.value:g}"
    return "corroborates", "same event"
