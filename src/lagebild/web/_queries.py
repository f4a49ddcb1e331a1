"""Read and review queries the web app needs beyond the Store's own API (both back ends)."""

from __future__ import annotations

import json
from typing import Any

from ..corpus.reviews import REVIEW_STATUSES, add_review, reviews_for
from ..store import Store

__all__ = [
    "REVIEW_STATUSES",
    "add_review",
    "claim",
    "document",
    "documents",
    "entities",
    "overview",
    "reviews_for",
    "transfers",
]


def overview(store: Store) -> dict[str, Any]:
    """Counts, languages, outlets, top entities, recent claims and documents."""
    stats = store.stats()
    outlets = store._rows(
        "SELECT coalesce(outlet, '') AS outlet, count(*) AS n FROM documents GROUP BY coalesce(outlet, '')"
        " ORDER BY n DESC LIMIT 12"
    )
    top = store._rows(
        "SELECT e.id, e.type, e.name, t.n FROM (SELECT entity, count(*) AS n FROM claim_entities"
        " GROUP BY entity ORDER BY n DESC LIMIT 15) t JOIN entities e ON e.id = t.entity ORDER BY t.n DESC, e.id"
    )
    recent_docs = store._rows(
        "SELECT id, title, source, outlet, lang, published FROM documents ORDER BY rowid DESC LIMIT 10"
    )
    return {
        "stats": stats,
        "outlets": outlets,
        "top_entities": top,
        "recent_claims": store.claims(limit=10),
        "recent_documents": recent_docs,
    }


def documents(
    store: Store, limit: int = 50, offset: int = 0, lang: str | None = None, outlet: str | None = None
) -> dict[str, Any]:
    where, params = ["1 = 1"], []  # type: ignore[var-annotated]
    if lang:
        where.append("lang = ?")
        params.append(lang)
    if outlet:
        where.append("outlet = ?")
        params.append(outlet)
    cond = " AND ".join(where)
    total = int(store._scalar(f"SELECT count(*) AS n FROM documents WHERE {cond}", params) or 0)  # noqa: S608
    rows = store._rows(
        "SELECT id, title, source, url, outlet, lang, published, origin FROM documents"  # noqa: S608 - fixed columns
        f" WHERE {cond} ORDER BY rowid DESC LIMIT ? OFFSET ?",
        (*params, limit, offset),
    )
    return {"total": total, "limit": limit, "offset": offset, "items": rows}


def _claim_rows(store: Store, where: str, params: tuple[Any, ...]) -> list[dict[str, Any]]:
    rows = store._rows(
        "SELECT c.*, d.title AS doc_title, d.source AS doc_source, d.published AS doc_published, d.origin"  # noqa: S608
        f" FROM claims c JOIN documents d ON d.id = c.doc WHERE {where} ORDER BY c.start, c.id",
        params,
    )
    if not rows:
        return rows
    reviews = reviews_for(store, [int(r["id"]) for r in rows])
    for r in rows:
        extra = json.loads(r["args"])
        r["args"] = extra.get("args", {})
        r["attribution"] = extra.get("attribution", {})
        r["relations"] = store.relations(int(r["id"]))
        r["reviews"] = reviews.get(int(r["id"]), [])
    return rows


def document(store: Store, doc_id: str) -> dict[str, Any] | None:
    """One stored document: metadata, text, its report, and its claims with relations and reviews."""
    row = store._one(
        "SELECT id, source, url, outlet, title, lang, published, origin, text, report, ingested_at"
        " FROM documents WHERE id = ?",
        (doc_id,),
    )
    if row is None:
        return None
    row["report"] = json.loads(row["report"])
    row["claims"] = _claim_rows(store, "c.doc = ?", (doc_id,))
    reprints = store._rows(
        "SELECT id, title, source FROM documents WHERE origin = ? AND id != ? ORDER BY rowid LIMIT 50",
        (row["origin"] or doc_id, doc_id),
    )
    row["reprints"] = reprints
    return row


def claim(store: Store, claim_id: int) -> dict[str, Any] | None:
    rows = _claim_rows(store, "c.id = ?", (claim_id,))
    return rows[0] if rows else None


def entities(
    store: Store, q: str | None = None, type: str | None = None, limit: int = 50, offset: int = 0
) -> dict[str, Any]:
    where, params = ["1 = 1"], []  # type: ignore[var-annotated]
    if q:
        where.append("(lower(e.name) LIKE ? OR lower(e.id) LIKE ?)")
        like = "%" + q.lower().replace("%", "").replace("_", "") + "%"
        params += [like, like]
    if type:
        where.append("e.type = ?")
        params.append(type)
    cond = " AND ".join(where)
    rows = store._rows(
        "SELECT e.id, e.type, e.name, e.in_kb, (SELECT count(*) FROM claim_entities ce"  # noqa: S608
        f" WHERE ce.entity = e.id) AS claims FROM entities e WHERE {cond} ORDER BY claims DESC, e.id LIMIT ? OFFSET ?",
        (*params, limit, offset),
    )
    return {"limit": limit, "offset": offset, "items": rows}


def transfers(store: Store, limit: int = 200) -> list[dict[str, Any]]:
    """Supplier -> recipient edges of arms-transfer claims with counts and items."""
    rows = store._rows(
        "SELECT c.supplier, c.recipient, count(*) AS n, count(DISTINCT d.origin) AS origins"
        " FROM claims c JOIN documents d ON d.id = c.doc"
        " WHERE c.type = 'arms_transfer' AND c.supplier IS NOT NULL AND c.recipient IS NOT NULL"
        " AND c.checkworthy >= 0.5 GROUP BY c.supplier, c.recipient ORDER BY n DESC LIMIT ?",
        (limit,),
    )
    names = _names(store, {r["supplier"] for r in rows} | {r["recipient"] for r in rows})
    for r in rows:
        items = store._rows(
            "SELECT ce.entity, count(*) AS n FROM claim_entities ce JOIN claims c ON c.id = ce.claim"
            " WHERE ce.role = 'item' AND c.type = 'arms_transfer' AND c.supplier = ? AND c.recipient = ?"
            " GROUP BY ce.entity ORDER BY n DESC LIMIT 5",
            (r["supplier"], r["recipient"]),
        )
        item_names = _names(store, {i["entity"] for i in items})
        r["items"] = [{"id": i["entity"], "name": item_names.get(i["entity"], i["entity"]), "n": i["n"]} for i in items]
        r["supplier_name"] = names.get(r["supplier"], r["supplier"])
        r["recipient_name"] = names.get(r["recipient"], r["recipient"])
    return rows


def _names(store: Store, ids: set[str]) -> dict[str, str]:
    ids_l = sorted(i for i in ids if i)
    if not ids_l:
        return {}
    marks = ",".join("?" for _ in ids_l)
    return {
        r["id"]: r["name"]
        for r in store._rows(f"SELECT id, name FROM entities WHERE id IN ({marks})", ids_l)  # noqa: S608
    }


def names(store: Store, ids: set[str]) -> dict[str, str]:
    """Display names of entity ids (ids without a stored entity map to themselves)."""
    found = _names(store, ids)
    return {i: found.get(i, i) for i in ids if i}
