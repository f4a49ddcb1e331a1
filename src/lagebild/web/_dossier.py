"""The entity dossier for the web: bounded queries, so an entity with 30,000 claims renders fast."""

from __future__ import annotations

from typing import Any

from ..store import Store
from ._queries import annotate, arg_names, cached

__all__ = ["dossier"]

_FIGURES = (
    "SELECT c.type, c.unit, c.value, c.approx, count(*) AS n, count(DISTINCT d.origin) AS origins,"
    " min(c.sort_date) AS first, max(c.sort_date) AS last, max(c.id) AS claim, max(c.doc) AS doc"
    " FROM claims c JOIN documents d ON d.id = c.doc WHERE c.id IN (SELECT claim FROM claim_entities WHERE entity = ?)"
    " AND c.value IS NOT NULL"
    " AND c.checkworthy >= 0.5 GROUP BY c.type, c.unit, c.value, c.approx ORDER BY c.type, c.unit, n DESC LIMIT ?"
)
_DISCREPANCIES = (
    "SELECT r.a AS claim, r.b AS id, r.detail, ca.text AS claim_text, ca.doc AS claim_doc, cb.text, cb.doc"
    " FROM relations r JOIN claims ca ON ca.id = r.a JOIN claims cb ON cb.id = r.b"
    " WHERE r.kind = 'contradicts' AND r.a IN (SELECT claim FROM claim_entities WHERE entity = ?)"
    " ORDER BY r.a DESC LIMIT ?"
)


def _aggregates(store: Store, eid: str) -> tuple[int, int, list[dict[str, Any]]]:
    docs = int(store._scalar("SELECT count(DISTINCT doc) AS n FROM mentions WHERE entity = ?", (eid,)) or 0)
    total = int(store._scalar("SELECT count(DISTINCT claim) AS n FROM claim_entities WHERE entity = ?", (eid,)) or 0)
    return docs, total, store._rows(_FIGURES, (eid, 300))


def dossier(store: Store, eid: str, limit: int = 50) -> dict[str, Any] | None:
    """Everything the corpus says about one entity: counts, the most recent claims (with relations
    and reviews), every stated figure grouped by claim type and unit with how many claims and
    independent origins give it, and the contradictions between reports."""
    row = store._one("SELECT * FROM entities WHERE id = ?", (eid,))
    if row is None:
        return None
    docs, total, figures = cached(store, f"dossier:{eid}", lambda: _aggregates(store, eid))
    claims = annotate(store, store.claims(entity=eid, limit=limit))
    figures = [dict(f) for f in figures]  # the cached rows stay untouched
    values: dict[tuple[str, str], set[float]] = {}
    for f in figures:
        f["group"] = f"{f['type']} · {f['unit'] or 'count'}"
        values.setdefault((f["type"], f["unit"] or ""), set()).add(float(f["value"]))
    for f in figures:
        f["differs"] = len(values[(f["type"], f["unit"] or "")]) > 1
    return {
        "entity": row,
        "documents": docs,
        "claim_count": total,
        "claims": claims,
        "figures": figures,
        "discrepancies": store._rows(_DISCREPANCIES, (eid, 50)),
        "names": arg_names(store, claims),
    }
