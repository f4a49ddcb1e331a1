"""Candidate lookup for cross-document claim linking, with a cost bounded per claim.

Every claim with a key has a row in ``claim_links``, a table clustered by
``(key, id)`` (``WITHOUT ROWID`` in SQLite) that carries what ``relate`` needs
(type, factuality, items, date, first figure, source) in a compact JSON. The
most recent rows of a key group therefore lie on a few adjacent pages, and no
claim or document row is read while linking.

A new claim is related to the ``cap`` most recent claims of its key (by id)
that come from another document and another origin and are dated within the
window (undated ones always qualify). The lookup reads at most ``scan`` rows
from the top of the group; when that finds fewer than ``cap`` and the new
claim is dated, a second indexed lookup on ``(key, date)`` adds the in-window
claims with the latest dates. When the group is smaller than ``scan`` rows, or
reports arrive roughly in date order, this is the same set as an unbounded
scan; only for a large group ingested far out of date order do the extra
candidates come by date instead of by id. Either way one claim costs at most
``scan + 2 * cap`` index rows, whatever the size of the corpus.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from ..corpus.link import Facts, prepare

__all__ = ["FALLBACK_SQL", "RECENT_SQL", "FactsCache", "compact_facts", "window"]

# what the comparison reads: the type is part of the key, doc, origin and date are filtered in SQL
_COLS = "id, factuality, facts"
RECENT_SQL = (
    f"SELECT {_COLS} FROM (SELECT {_COLS}, doc, origin, date FROM claim_links WHERE key = ? ORDER BY id DESC LIMIT ?) s"  # noqa: S608
    " WHERE doc != ? AND origin != ? AND (date IS NULL OR date BETWEEN ? AND ?) LIMIT ?"
)  # no outer ORDER BY: the inner scan's order lets the filter stop at the cap (the caller sorts by id)
FALLBACK_SQL = (
    f"SELECT {_COLS} FROM claim_links WHERE key = ? AND date BETWEEN ? AND ?"  # noqa: S608
    " AND doc != ? AND origin != ? ORDER BY date DESC, id DESC LIMIT ?"
)


def window(date: str | None, days: int) -> tuple[str, str] | None:
    """The ISO date range ``date`` +- ``days``, or None for a claim without a day."""
    if not date or len(date) < 10:
        return None
    try:
        day = dt.date.fromisoformat(date[:10])
    except ValueError:
        return None
    span = dt.timedelta(days=days)
    return (day - span).isoformat(), (day + span).isoformat()


def compact_facts(args: dict[str, Any], attribution: dict[str, Any]) -> str:
    """The fields of a claim that ``relate`` reads, as JSON (same shape as the claim's ``args`` column)."""
    a = {k: args[k] for k in ("items", "date") if args.get(k)}
    q = [x for x in args.get("quantities") or [] if isinstance(x.get("value"), int | float)][:1]
    if q:
        a["quantities"] = q
    src = {"source": attribution["source"]} if attribution.get("source") else {}
    return json.dumps({"args": a, "attribution": src}, ensure_ascii=False, separators=(",", ":"))


class FactsCache:
    """Parsed facts of stored claims by claim id (rows never change once written): a candidate
    compared again with a later claim of its key is not parsed again. Bounded: emptied when full."""

    def __init__(self, size: int = 1 << 17) -> None:
        self.size = size
        self._by_id: dict[int, Facts] = {}

    def get(self, cid: int, factuality: str, facts: str) -> Facts:
        got = self._by_id.get(cid)
        if got is None:
            if len(self._by_id) >= self.size:
                self._by_id.clear()
            got = self._by_id[cid] = prepare(json.loads(facts) | {"factuality": factuality})
        return got
