"""Read and review queries the web app needs beyond the Store's own API (both back ends)."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from ..corpus.reviews import REVIEW_STATUSES, add_review, reviews_for
from ..store import Store

__all__ = [
    "REVIEW_STATUSES",
    "add_review",
    "annotate",
    "arg_names",
    "cached",
    "clear_cache",
    "claim",
    "document",
    "documents",
    "entities",
    "overview",
    "relations_for",
    "reviews_for",
    "stats",
    "transfers",
]


def _cache(store: Store) -> dict[str, tuple[tuple[Any, ...], Any]]:
    """The store's own cache of corpus aggregates (it lives and dies with the store object)."""
    cache: dict[str, tuple[tuple[Any, ...], Any]] = store.__dict__.setdefault("_web_cache", {})
    return cache


def clear_cache(store: Store) -> None:
    _cache(store).clear()


def cached(store: Store, name: str, compute: Callable[[], Any]) -> Any:
    """``compute()`` once per corpus state: aggregates over the whole corpus are recomputed only
    after documents were added (reviews do not change them)."""
    row = store._one("SELECT max(rowid) AS v, count(*) AS n FROM documents") or {}
    version = (row.get("v"), row.get("n"))
    cache = _cache(store)
    hit = cache.get(name)
    if hit is not None and hit[0] == version:
        return hit[1]
    value = compute()
    if len(cache) > 1000:  # many dossiers viewed: start afresh rather than grow without bound
        cache.clear()
    cache[name] = (version, value)
    return value


def stats(store: Store) -> dict[str, Any]:
    return cached(store, "stats", store.stats)  # type: ignore[no-any-return]


def overview(store: Store) -> dict[str, Any]:
    """Counts, languages, outlets, top entities, recent claims and documents."""
    data = cached(store, "overview", lambda: _overview(store))
    recent = store.claims(limit=10)
    return {**data, "recent_claims": recent}


def _overview(store: Store) -> dict[str, Any]:
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


_REL_SQL = (
    "SELECT r.kind, r.detail, c.id, c.doc, c.text, d.origin FROM relations r JOIN claims c ON c.id = r.{other}"
    " JOIN documents d ON d.id = c.doc WHERE r.{me} = ? ORDER BY r.{other} DESC LIMIT ?"
)


def relations_for(store: Store, claim_id: int, limit: int = 8) -> tuple[list[dict[str, Any]], dict[str, int]]:
    """Up to ``limit`` related claims (contradictions first) and the number of relations per kind."""
    rels = store._rows(_REL_SQL.format(me="a", other="b"), (claim_id, limit)) + store._rows(
        _REL_SQL.format(me="b", other="a"), (claim_id, limit)
    )
    rels.sort(key=lambda r: (r["kind"] != "contradicts", -int(r["id"])))
    counts: dict[str, int] = {}
    for r in store._rows(
        "SELECT kind, count(*) AS n FROM (SELECT kind FROM relations WHERE a = ? UNION ALL"
        " SELECT kind FROM relations WHERE b = ?) t GROUP BY kind",
        (claim_id, claim_id),
    ):
        counts[r["kind"]] = int(r["n"])
    return rels[:limit], counts


def annotate(store: Store, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Add to claim rows their (limited) relations, relation counts and reviews."""
    reviews = reviews_for(store, [int(r["id"]) for r in rows])
    for r in rows:
        r["relations"], r["relation_counts"] = relations_for(store, int(r["id"]))
        r["reviews"] = reviews.get(int(r["id"]), [])
    return rows


def _claim_rows(store: Store, where: str, params: tuple[Any, ...]) -> list[dict[str, Any]]:
    rows = store._rows(
        "SELECT c.*, d.title AS doc_title, d.source AS doc_source, d.published AS doc_published, d.origin"  # noqa: S608
        f" FROM claims c JOIN documents d ON d.id = c.doc WHERE {where} ORDER BY c.start, c.id",
        params,
    )
    if not rows:
        return rows
    for r in rows:
        extra = json.loads(r["args"])
        r["args"] = extra.get("args", {})
        r["attribution"] = extra.get("attribution", {})
    return annotate(store, rows)


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
    """Supplier -> recipient edges of arms-transfer claims with counts, independent origins and items."""
    return cached(store, f"transfers{limit}", lambda: _transfers(store, limit))  # type: ignore[no-any-return]


def _transfers(store: Store, limit: int) -> list[dict[str, Any]]:
    rows = store._rows(
        "SELECT c.supplier, c.recipient, count(*) AS n, count(DISTINCT d.origin) AS origins"
        " FROM claims c JOIN documents d ON d.id = c.doc"
        " WHERE c.type = 'arms_transfer' AND c.supplier IS NOT NULL AND c.recipient IS NOT NULL"
        " AND c.checkworthy >= 0.5 GROUP BY c.supplier, c.recipient ORDER BY n DESC, c.supplier LIMIT ?",
        (limit,),
    )
    items: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for i in store._rows(
        "SELECT c.supplier, c.recipient, ce.entity, count(*) AS n FROM claims c"
        " JOIN claim_entities ce ON ce.claim = c.id AND ce.role = 'item'"
        " WHERE c.type = 'arms_transfer' AND c.supplier IS NOT NULL AND c.recipient IS NOT NULL"
        " AND c.checkworthy >= 0.5 GROUP BY c.supplier, c.recipient, ce.entity ORDER BY n DESC"
    ):
        items.setdefault((i["supplier"], i["recipient"]), []).append(i)
    ids = {r["supplier"] for r in rows} | {r["recipient"] for r in rows}
    ids |= {i["entity"] for r in rows for i in items.get((r["supplier"], r["recipient"]), [])[:5]}
    names = _names(store, ids)
    for r in rows:
        top = items.get((r["supplier"], r["recipient"]), [])[:5]
        r["items"] = [{"id": i["entity"], "name": names.get(i["entity"], i["entity"]), "n": i["n"]} for i in top]
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


def arg_names(store: Store, claims: list[dict[str, Any]]) -> dict[str, str]:
    """Display names of every entity id in the claims' arguments."""
    ids: set[str] = set()
    for c in claims:
        a = c.get("args") or {}
        ids |= {
            a[k]
            for k in ("supplier", "recipient", "attacker", "target", "location", "subject")
            if isinstance(a.get(k), str)
        }
        ids |= {i for i in a.get("items") or [] if isinstance(i, str)}
    return names(store, ids)


def names(store: Store, ids: set[str]) -> dict[str, str]:
    """Display names of entity ids (ids without a stored entity map to themselves)."""
    found = _names(store, ids)
    return {i: found.get(i, i) for i in ids if i}
