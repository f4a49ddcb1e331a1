"""Analyst reviews of stored claims: confirmed, rejected or corrected, with time and reviewer."""

from __future__ import annotations

import datetime as dt
from typing import Any

from ..errors import error
from ..store import Store

__all__ = ["REVIEW_STATUSES", "add_review", "reviews_for"]

REVIEW_STATUSES = ("confirmed", "rejected", "corrected")


def add_review(
    store: Store,
    claim_id: int,
    status: str,
    reviewer: str,
    correction: str | None = None,
    note: str | None = None,
) -> dict[str, Any]:
    """Record an analyst's review of a stored claim (in its own transaction)."""
    if status not in REVIEW_STATUSES:
        raise error("LB603", value=status, choices=", ".join(REVIEW_STATUSES))
    reviewer = reviewer.strip()
    if not reviewer:
        raise error("LB604")
    if status == "corrected" and not (correction or "").strip():
        raise error("LB605")
    if store._one("SELECT 1 AS x FROM claims WHERE id = ?", (claim_id,)) is None:
        raise error("LB602", what="claim", id=str(claim_id))
    now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    store._begin()
    try:
        rid = store._insert(
            "INSERT INTO reviews (claim, status, correction, note, reviewer, reviewed_at) VALUES (?,?,?,?,?,?)",
            (claim_id, status, (correction or "").strip() or None, (note or "").strip() or None, reviewer, now),
        )
        store._commit()
    except BaseException:
        store._rollback()
        raise
    return {
        "id": rid,
        "claim": claim_id,
        "status": status,
        "correction": (correction or "").strip() or None,
        "note": (note or "").strip() or None,
        "reviewer": reviewer,
        "reviewed_at": now,
    }


def reviews_for(store: Store, claim_ids: list[int]) -> dict[int, list[dict[str, Any]]]:
    """The reviews of these claims, newest first."""
    out: dict[int, list[dict[str, Any]]] = {}
    for i in range(0, len(claim_ids), 500):
        chunk = claim_ids[i : i + 500]
        marks = ",".join("?" for _ in chunk)
        for r in store._rows(
            "SELECT id, claim, status, correction, note, reviewer, reviewed_at FROM reviews"  # noqa: S608
            f" WHERE claim IN ({marks}) ORDER BY id DESC",
            chunk,
        ):
            out.setdefault(int(r["claim"]), []).append(r)
    return out
