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
from typing import Any

__all__ = ["claim_key", "relate"]

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


def _first_quantity(args: dict[str, Any]) -> dict[str, Any] | None:
    qs = [q for q in args.get("quantities") or [] if isinstance(q.get("value"), int | float)]
    return qs[0] if qs else None


def relate(new: dict[str, Any], old: dict[str, Any], window_days: int = 45) -> tuple[str, str] | None:
    """The relation of ``new`` to ``old`` (same key, other document), with a short reason."""
    na, oa = new.get("args") or {}, old.get("args") or {}
    ni, oi = set(na.get("items") or []), set(oa.get("items") or [])
    if ni and oi and not ni & oi:
        return None  # different things moved
    nd = _date((na.get("date") or {}).get("value") if isinstance(na.get("date"), dict) else None)
    od = _date((oa.get("date") or {}).get("value") if isinstance(oa.get("date"), dict) else None)
    if nd and od and abs((nd - od).days) > window_days:
        return None
    neg_n, neg_o = new.get("factuality") == "negated", old.get("factuality") == "negated"
    if neg_n != neg_o:
        who = (new if neg_n else old).get("attribution", {}).get("source") or "the author"
        return "contradicts", f"denial by {who}"
    nq, oq = _first_quantity(na), _first_quantity(oa)
    if nq and oq and (nq.get("unit") == oq.get("unit") or not nq.get("unit") or not oq.get("unit")):
        a, b = float(nq["value"]), float(oq["value"])
        if abs(a - b) <= 0.02 * max(abs(a), abs(b), 1.0):
            return "corroborates", f"same figure {a:g}"
        lower, upper = ("over", "at_least"), ("up_to", "under")
        if (oq.get("approx") in lower and a >= b) or (oq.get("approx") in upper and a <= b):
            return "refines", f"{a:g} narrows {oq.get('approx')} {b:g}"
        if (nq.get("approx") in lower and b >= a) or (nq.get("approx") in upper and b <= a):
            return "refines", f"{b:g} narrows {nq.get('approx')} {a:g}"
        unit = nq.get("unit") or oq.get("unit") or ""
        return "contradicts", f"figures differ: {a:g} vs {b:g} {unit}".strip()
    if nq and not oq:
        return "refines", f"adds the figure {float(nq['value']):g}"
    if oq and not nq:
        return "refines", f"the other report gives the figure {float(oq['value']):g}"
    return "corroborates", "same event"
