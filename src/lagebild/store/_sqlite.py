"""SQLite store: one file, WAL, FTS5, recorded migrations, one transaction per document.

Ingesting the same text twice changes nothing (documents are keyed by the
SHA-256 of their text). A document with its mentions, claims and relations is
written in one ``BEGIN IMMEDIATE`` transaction, so a crash leaves either all of
it or none; concurrent writers wait (``busy_timeout``) instead of failing.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ..corpus.dedup import minhash, similarity
from ..corpus.link import claim_key, relate
from ._schema import MIGRATIONS

__all__ = ["SQLiteStore"]

_DUP_THRESHOLD = 0.7  # estimated Jaccard of 5-word shingles; unrelated reports on one topic stay far below
_ROLE_KEYS = ("supplier", "recipient", "location", "subject")
_CLAIMS_SQL = (
    "SELECT c.*, d.title AS doc_title, d.source AS doc_source, d.published AS doc_published, d.origin"
    " FROM claims c JOIN documents d ON d.id = c.doc WHERE {cond}"
    " ORDER BY coalesce(c.date, d.published) DESC, c.id LIMIT ? OFFSET ?"
)


class SQLiteStore:
    """The corpus in one SQLite file (``:memory:`` for tests)."""

    def __init__(self, path: str | Path = "lagebild.sqlite", timeout_s: float = 60.0) -> None:
        self.path = str(path)
        self.db = sqlite3.connect(self.path, timeout=timeout_s, isolation_level=None, check_same_thread=False)
        self.db.row_factory = sqlite3.Row
        self.db.execute(f"PRAGMA busy_timeout = {int(timeout_s * 1000)}")
        if self.path != ":memory:":
            self.db.execute("PRAGMA journal_mode = WAL")
        self.db.execute("PRAGMA synchronous = NORMAL")
        self.db.execute("PRAGMA foreign_keys = ON")
        self._migrate()

    # -- schema ---------------------------------------------------------------------------
    def _migrate(self) -> None:
        self.db.execute("BEGIN IMMEDIATE")
        try:
            self.db.execute(
                "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT, applied_at TEXT)"
            )
            done = {r[0] for r in self.db.execute("SELECT version FROM schema_migrations")}
            for version, name, statements in MIGRATIONS:
                if version in done:
                    continue
                for sql in statements:
                    self.db.execute(sql)
                self.db.execute(
                    "INSERT INTO schema_migrations VALUES (?, ?, ?)",
                    (version, name, dt.datetime.now(dt.UTC).isoformat()),
                )
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise

    def schema_version(self) -> int:
        return int(self.db.execute("SELECT max(version) FROM schema_migrations").fetchone()[0] or 0)

    def close(self) -> None:
        self.db.close()

    # -- writing --------------------------------------------------------------------------
    def has(self, doc_id: str) -> bool:
        return self.db.execute("SELECT 1 FROM documents WHERE id = ?", (doc_id,)).fetchone() is not None

    def add(self, report: dict[str, Any], text: str, meta: dict[str, Any] | None = None) -> str:
        """Store one analysed document; returns 'new' or 'unchanged'."""
        meta = meta or {}
        d = report["document"]
        if self.has(d["id"]):
            return "unchanged"
        sig = minhash(text)
        self.db.execute("BEGIN IMMEDIATE")
        try:
            if self.has(d["id"]):  # another writer was faster
                self.db.execute("ROLLBACK")
                return "unchanged"
            origin = self._origin(sig, d.get("lang")) or d["id"]
            cur = self.db.execute(
                "INSERT INTO documents (id, source, url, outlet, title, lang, published, text, minhash, origin, report,"
                " ingested_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                (
                    d["id"], d.get("source"), meta.get("url"), meta.get("outlet"), d.get("title"), d.get("lang"),
                    d.get("published"), text, sig, origin, json.dumps(report, ensure_ascii=False),
                    dt.datetime.now(dt.UTC).isoformat(),
                ),
            )  # fmt: skip
            rowid = cur.lastrowid
            self.db.execute(
                "INSERT INTO documents_fts (rowid, title, text) VALUES (?, ?, ?)", (rowid, d.get("title") or "", text)
            )
            for e in report.get("entities") or []:
                coords = e.get("coords") or [None, None]
                self.db.execute(
                    "INSERT OR IGNORE INTO entities (id, type, name, in_kb, lat, lon) VALUES (?,?,?,?,?,?)",
                    (e["id"], e["type"], e["name"], int(e.get("in_kb", True)), coords[0], coords[1]),
                )
                self.db.executemany(
                    'INSERT INTO mentions (doc, entity, start, "end", text) VALUES (?,?,?,?,?)',
                    [(d["id"], e["id"], m["start"], m["end"], m["text"]) for m in e.get("mentions") or []],
                )
            for c in report.get("claims") or []:
                self._add_claim(d, c, origin)
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        return "new"

    def _origin(self, sig: bytes, lang: str | None) -> str | None:
        """The first document this one reprints (same language, MinHash similarity over the threshold)."""
        for row in self.db.execute("SELECT id, minhash, origin FROM documents WHERE lang IS ?", (lang,)):
            if row["minhash"] is not None and similarity(sig, row["minhash"]) >= _DUP_THRESHOLD:
                return str(row["origin"] or row["id"])
        return None

    def _add_claim(self, d: dict[str, Any], c: dict[str, Any], origin: str) -> None:
        a = c.get("args") or {}
        att = c.get("attribution") or {}
        q: dict[str, Any] = next((x for x in a.get("quantities") or [] if isinstance(x.get("value"), int | float)), {})
        date = a.get("date", {}).get("value") if isinstance(a.get("date"), dict) else None
        key = claim_key(c)
        cur = self.db.execute(
            'INSERT INTO claims (doc, cid, start, "end", text, type, checkworthy, factuality, source, source_entity,'
            " source_kind, channel, supplier, recipient, location, subject, attribute, date, value, unit, approx, key,"
            " lang, args) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (
                d["id"], c["id"], c["start"], c["end"], c["text"], c["type"], c["checkworthy"], c["factuality"],
                att.get("source"), att.get("source_entity"), att.get("source_kind"), att.get("channel"),
                a.get("supplier"), a.get("recipient"), a.get("location"), a.get("subject"), a.get("attribute"),
                date, q.get("value"), q.get("unit"), q.get("approx"), key, d.get("lang"),
                json.dumps({"args": a, "attribution": att}, ensure_ascii=False),
            ),
        )  # fmt: skip
        cid = cur.lastrowid
        ents = [(cid, a[k], k) for k in _ROLE_KEYS if a.get(k)] + [(cid, i, "item") for i in a.get("items") or []]
        if att.get("source_entity"):
            ents.append((cid, att["source_entity"], "source"))
        self.db.executemany("INSERT INTO claim_entities (claim, entity, role) VALUES (?,?,?)", ents)
        if key is None:
            return
        new = {"type": c["type"], "factuality": c["factuality"], "args": a, "attribution": att}
        for row in self.db.execute(
            "SELECT c.id, c.factuality, c.args, c.type FROM claims c JOIN documents d ON d.id = c.doc"
            " WHERE c.key = ? AND c.id != ? AND c.doc != ? AND d.origin != ?",
            (key, cid, d["id"], origin),
        ).fetchall():
            old = json.loads(row["args"]) | {"type": row["type"], "factuality": row["factuality"]}
            rel = relate(new, old)
            if rel is not None:
                self.db.execute("INSERT OR IGNORE INTO relations VALUES (?,?,?,?)", (cid, row["id"], rel[0], rel[1]))

    # -- reading --------------------------------------------------------------------------
    def stats(self) -> dict[str, Any]:
        def one(sql: str) -> int:
            return int(self.db.execute(sql).fetchone()[0])

        return {
            "documents": one("SELECT count(*) FROM documents"),
            "origins": one("SELECT count(DISTINCT origin) FROM documents"),
            "claims": one("SELECT count(*) FROM claims"),
            "entities": one("SELECT count(*) FROM entities"),
            "relations": dict(self.db.execute("SELECT kind, count(*) FROM relations GROUP BY kind").fetchall()),
            "languages": dict(self.db.execute("SELECT lang, count(*) FROM documents GROUP BY lang").fetchall()),
            "schema_version": self.schema_version(),
        }

    def claims(
        self,
        entity: str | None = None,
        type: str | None = None,
        since: str | None = None,
        until: str | None = None,
        factuality: str | None = None,
        source_kind: str | None = None,
        lang: str | None = None,
        limit: int = 100,
        offset: int = 0,
    ) -> list[dict[str, Any]]:
        where, params = ["c.checkworthy >= 0.5"], []  # type: ignore[var-annotated]
        if entity:
            where.append("c.id IN (SELECT claim FROM claim_entities WHERE entity = ?)")
            params.append(entity)
        for col, val in (
            ("c.type", type),
            ("c.factuality", factuality),
            ("c.source_kind", source_kind),
            ("c.lang", lang),
        ):
            if val:
                where.append(f"{col} = ?")
                params.append(val)
        if since:
            where.append("coalesce(c.date, d.published) >= ?")
            params.append(since)
        if until:
            where.append("coalesce(c.date, d.published) <= ?")
            params.append(until)
        sql = _CLAIMS_SQL.format(cond=" AND ".join(where))  # noqa: S608 - fixed column names; values are bound
        rows = self.db.execute(sql, (*params, limit, offset)).fetchall()
        return [self._claim_row(r) for r in rows]

    def _claim_row(self, r: sqlite3.Row) -> dict[str, Any]:
        out = {k: r[k] for k in r.keys() if k != "args"}
        out["args"] = json.loads(r["args"])["args"]
        out["relations"] = self.relations(int(r["id"]))
        return out

    def relations(self, claim_id: int) -> list[dict[str, Any]]:
        rows = self.db.execute(
            "SELECT r.kind, r.detail, c.id, c.doc, c.text, d.origin FROM relations r JOIN claims c"
            " ON c.id = CASE WHEN r.a = ? THEN r.b ELSE r.a END JOIN documents d ON d.id = c.doc"
            " WHERE r.a = ? OR r.b = ?",
            (claim_id, claim_id, claim_id),
        ).fetchall()
        return [dict(r) for r in rows]

    def corroboration(self, claim_id: int) -> dict[str, int]:
        """Independent origins per relation kind (reprints count once)."""
        out: dict[str, set[str]] = {}
        for rel in self.relations(claim_id):
            out.setdefault(rel["kind"], set()).add(rel["origin"])
        return {k: len(v) for k, v in out.items()}

    def entity(self, eid: str) -> dict[str, Any] | None:
        row = self.db.execute("SELECT * FROM entities WHERE id = ?", (eid,)).fetchone()
        if row is None:
            return None
        docs = self.db.execute("SELECT count(DISTINCT doc) FROM mentions WHERE entity = ?", (eid,)).fetchone()[0]
        claims = self.claims(entity=eid, limit=1000)
        figures = [
            {"claim": c["id"], "doc": c["doc"], "type": c["type"], "value": c["value"], "unit": c["unit"],
             "approx": c["approx"], "date": c["date"] or c["doc_published"], "factuality": c["factuality"]}
            for c in claims if c["value"] is not None
        ]  # fmt: skip
        discrepancies = [
            {"claim": c["id"], **rel} for c in claims for rel in c["relations"] if rel["kind"] == "contradicts"
        ]
        return {
            "entity": dict(row),
            "documents": docs,
            "claims": claims,
            "figures": figures,
            "discrepancies": discrepancies,
        }

    def timeline(self, entity: str | None = None, limit: int = 500) -> list[dict[str, Any]]:
        rows = self.claims(entity=entity, limit=limit)
        rows = [r for r in rows if r.get("date") or r.get("doc_published")]
        return sorted(rows, key=lambda r: (r.get("date") or r.get("doc_published") or "", r["id"]))

    def search(self, query: str, limit: int = 20) -> list[dict[str, Any]]:
        rows = self.db.execute(
            "SELECT d.id, d.title, d.source, d.published, snippet(documents_fts, 1, '[', ']', '…', 12) AS snippet"
            " FROM documents_fts JOIN documents d ON d.rowid = documents_fts.rowid WHERE documents_fts MATCH ?"
            " ORDER BY rank LIMIT ?",
            (query, limit),
        ).fetchall()
        return [dict(r) for r in rows]

    def documents(self) -> Iterator[dict[str, Any]]:
        for r in self.db.execute("SELECT id, source, url, outlet, title, lang, published, origin FROM documents"):
            yield dict(r)

    def resolve_entity(self, name: str) -> str | None:
        """A KB id as given, or the id of the entity with this name or mention text."""
        if self.db.execute("SELECT 1 FROM entities WHERE id = ?", (name,)).fetchone():
            return name
        row = self.db.execute(
            "SELECT entity FROM mentions WHERE text = ? COLLATE NOCASE UNION SELECT id FROM entities"
            " WHERE name = ? COLLATE NOCASE LIMIT 1",
            (name, name),
        ).fetchone()
        return str(row[0]) if row else None
