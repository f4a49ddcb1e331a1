"""The corpus store, shared by the SQLite and PostgreSQL back ends.

Ingesting the same text twice changes nothing (documents are keyed by the
SHA-256 of their text). A document with its mentions, claims and relations is
written in one transaction that holds the store's write lock, so a crash
leaves either all of it or none, and concurrent writers wait instead of
failing. Statements use ``?`` placeholders; a back end translates them and
supplies the few statements that differ (schema, full-text search, locking).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator, Sequence
from typing import Any

from ..corpus.dedup import bands, minhash, similarities
from ..corpus.link import claim_key, prepare, relate_facts
from ._linking import FALLBACK_SQL, RECENT_SQL, FactsCache, compact_facts, window

__all__ = ["Store"]

DUP_THRESHOLD = 0.7  # estimated Jaccard of 5-word shingles; unrelated reports on one topic stay far below
LINK_CAP = 20  # a new claim is related to at most this many earlier claims with its key (the most recent)
WINDOW_DAYS = 45  # dated claims are related only to claims dated within this window
LINK_SCAN = 400  # rows read from the top of a key group before the date-indexed lookup takes over
_ROLE_KEYS = ("supplier", "recipient", "attacker", "target", "location", "subject")
# candidates share at least two LSH bands: P(found) is about 0.9 at similarity 0.7 and 0.99 at 0.8,
# while documents that only share a stock sentence rarely qualify
_ORIGIN_SQL = (
    "SELECT id, minhash, origin FROM documents WHERE coalesce(lang, '') = ? AND id IN"
    " (SELECT doc FROM doc_bands WHERE band IN ({marks}) GROUP BY doc HAVING count(*) >= 2) ORDER BY rowid"
)
_CLAIMS_SQL = (
    "SELECT c.*, d.title AS doc_title, d.source AS doc_source, d.published AS doc_published, d.origin"
    " FROM claims c JOIN documents d ON d.id = c.doc WHERE {cond}"
    " ORDER BY c.sort_date DESC, c.id DESC LIMIT ? OFFSET ?"
)
# an entity's claims are walked in (entity, sort_date, claim) index order, so a page of a frequent
# entity reads about a page of rows; DISTINCT folds a claim that names the entity in two roles
_ENTITY_CLAIMS_SQL = (
    "SELECT c.*, d.title AS doc_title, d.source AS doc_source, d.published AS doc_published, d.origin FROM"
    " (SELECT DISTINCT ce.sort_date, ce.claim FROM claim_entities ce JOIN claims c ON c.id = ce.claim"
    " WHERE ce.entity = ? AND {cond} ORDER BY ce.sort_date DESC, ce.claim DESC LIMIT ? OFFSET ?) t"
    " JOIN claims c ON c.id = t.claim JOIN documents d ON d.id = c.doc ORDER BY c.sort_date DESC, c.id DESC"
)


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat()


class Store:
    """Dialect-neutral corpus logic; subclasses provide the connection and a few statements."""

    url: str
    _facts: FactsCache | None = None  # parsed facts of stored claims, by id (see ``_candidates``)

    # -- back-end hooks ---------------------------------------------------------------------
    def _rows(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        raise NotImplementedError

    def _tuples(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        """``_rows`` as plain tuples, in column order (the linking hot path: no dict per row)."""
        return [tuple(r.values()) for r in self._rows(sql, params)]

    def _run(self, sql: str, params: Sequence[Any] = ()) -> None:
        raise NotImplementedError

    def _insert(self, sql: str, params: Sequence[Any]) -> int:
        """Run an INSERT and return the new row's integer id."""
        raise NotImplementedError

    def _begin(self) -> None:
        raise NotImplementedError

    def _commit(self) -> None:
        raise NotImplementedError

    def _rollback(self) -> None:
        raise NotImplementedError

    def _index_text(self, rowid: int, title: str, text: str) -> None:
        raise NotImplementedError

    def search(self, query: str, limit: int = 20) -> list[dict[str, Any]]:
        raise NotImplementedError

    def _ignore_insert(self, table: str, cols: Sequence[str], params: Sequence[Any]) -> None:
        raise NotImplementedError

    def _many(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        """Run one statement for many parameter rows (nothing when there are none)."""
        raise NotImplementedError

    def close(self) -> None:
        raise NotImplementedError

    def _migrate(self, migrations: list[tuple[int, str, list[str]]]) -> None:
        """Apply the migrations not yet recorded, all in one locked transaction."""
        self._begin()
        try:
            self._run(
                "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT, applied_at TEXT)"
            )
            done = {r["version"] for r in self._rows("SELECT version FROM schema_migrations")}
            for version, name, statements in migrations:
                if version in done:
                    continue
                for sql in statements:
                    self._run(sql)
                self._run("INSERT INTO schema_migrations VALUES (?, ?, ?)", (version, name, _now()))
            self._commit()
        except BaseException:
            self._rollback()
            raise

    # -- helpers ------------------------------------------------------------------------------
    def _one(self, sql: str, params: Sequence[Any] = ()) -> dict[str, Any] | None:
        rows = self._rows(sql, params)
        return rows[0] if rows else None

    def _scalar(self, sql: str, params: Sequence[Any] = ()) -> Any:
        row = self._one(sql, params)
        return next(iter(row.values())) if row else None

    def schema_version(self) -> int:
        return int(self._scalar("SELECT max(version) AS v FROM schema_migrations") or 0)

    # -- writing ------------------------------------------------------------------------------
    def has(self, doc_id: str) -> bool:
        return self._one("SELECT 1 AS x FROM documents WHERE id = ?", (doc_id,)) is not None

    def add(self, report: dict[str, Any], text: str, meta: dict[str, Any] | None = None) -> str:
        """Store one analysed document; returns 'new' or 'unchanged'."""
        return self.add_many([(report, text, meta or {})])[0]

    def add_many(self, items: Sequence[tuple[dict[str, Any], str, dict[str, Any]]]) -> list[str]:
        """Store several analysed documents in one transaction (all or none); 'new' or 'unchanged' each."""
        todo = [(r, t, m) for r, t, m in items if not self.has(r["document"]["id"])]
        if not todo:
            return ["unchanged"] * len(items)
        self._begin()
        try:
            stored = {r["document"]["id"] for r, t, m in todo if self._add_locked(r, t, m)}
            self._commit()
        except BaseException:
            self._rollback()
            self._facts = None  # it may hold claims of this transaction, whose ids will be given again
            raise
        return ["new" if r["document"]["id"] in stored else "unchanged" for r, _t, _m in items]

    def _add_locked(self, report: dict[str, Any], text: str, meta: dict[str, Any]) -> bool:
        """Write one document inside the caller's transaction; False when it is already stored."""
        d = report["document"]
        if self.has(d["id"]):  # another writer, or an earlier copy in this batch, was faster
            return False
        sig = minhash(text)
        keys = bands(sig)
        origin = self._origin(sig, keys, d.get("lang")) or d["id"]
        rowid = self._insert(
            "INSERT INTO documents (id, source, url, outlet, title, lang, published, text, minhash, origin, report,"
            " ingested_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
            (
                d["id"], d.get("source"), meta.get("url"), meta.get("outlet"), d.get("title"), d.get("lang"),
                d.get("published"), text, sig, origin, json.dumps(report, ensure_ascii=False), _now(),
            ),
        )  # fmt: skip
        self._index_text(rowid, d.get("title") or "", text)
        self._many("INSERT INTO doc_bands (band, doc) VALUES (?, ?)", [(band, d["id"]) for band in keys])
        mentions = []
        for e in report.get("entities") or []:
            coords = e.get("coords") or [None, None]
            self._ignore_insert(
                "entities",
                ("id", "type", "name", "in_kb", "lat", "lon"),
                (e["id"], e["type"], e["name"], int(e.get("in_kb", True)), coords[0], coords[1]),
            )
            mentions += [(d["id"], e["id"], m["start"], m["end"], m["text"]) for m in e.get("mentions") or []]
        self._many('INSERT INTO mentions (doc, entity, start, "end", text) VALUES (?,?,?,?,?)', mentions)
        self._add_claims(d, report.get("claims") or [], origin)
        return True

    def _origin(self, sig: bytes, keys: list[str], lang: str | None) -> str | None:
        """The first document this one reprints (same language, MinHash similarity over the threshold);
        only documents sharing a band are compared, so the check stays cheap as the corpus grows."""
        sql = _ORIGIN_SQL.format(marks=",".join("?" for _ in keys))  # noqa: S608 - placeholders only
        rows = [r for r in self._rows(sql, (lang or "", *keys)) if r["minhash"] is not None]
        if not rows:
            return None
        sims = similarities(sig, [bytes(r["minhash"]) for r in rows])
        for row, sim in zip(rows, sims, strict=True):
            if sim >= DUP_THRESHOLD:
                return str(row["origin"] or row["id"])
        return None

    def _add_claims(self, d: dict[str, Any], claims: list[dict[str, Any]], origin: str) -> None:
        """Insert a document's claims, their entities and their relations to earlier documents' claims.
        Candidates are looked up before this document's own link rows exist (claims of one document are
        never related to each other), and the rows of each table are written in one batch."""
        ents: list[tuple[Any, ...]] = []
        links: list[tuple[Any, ...]] = []
        rels: list[tuple[Any, ...]] = []
        for c in claims:
            a = c.get("args") or {}
            att = c.get("attribution") or {}
            date = a["date"].get("value") if isinstance(a.get("date"), dict) else None
            key = claim_key(c)
            cid = self._insert_claim(d, c, key, date)
            roles = [(a[k], k) for k in _ROLE_KEYS if a.get(k)] + [(i, "item") for i in a.get("items") or []]
            if att.get("source_entity"):
                roles.append((att["source_entity"], "source"))
            ents += [(cid, e, role, date or d.get("published") or "") for e, role in roles]
            if key is None:
                continue
            facts = compact_facts(a, att)
            links.append((key, cid, date, d["id"], origin, c["type"], c["factuality"], facts))
            new = prepare(c)
            cache = self._facts_cache()
            for old, factuality, old_facts in self._candidates(key, date, d["id"], origin):
                rel = relate_facts(new, cache.get(old, factuality, old_facts))
                if rel is not None:
                    rels.append((cid, old, rel[0], rel[1]))
        self._many("INSERT INTO claim_entities (claim, entity, role, sort_date) VALUES (?,?,?,?)", ents)
        self._many(
            "INSERT INTO claim_links (key, id, date, doc, origin, type, factuality, facts) VALUES (?,?,?,?,?,?,?,?)",
            links,
        )
        self._many("INSERT INTO relations (a, b, kind, detail) VALUES (?,?,?,?)", rels)

    def _insert_claim(self, d: dict[str, Any], c: dict[str, Any], key: str | None, date: str | None) -> int:
        a, att = c.get("args") or {}, c.get("attribution") or {}
        q: dict[str, Any] = next((x for x in a.get("quantities") or [] if isinstance(x.get("value"), int | float)), {})
        return self._insert(
            'INSERT INTO claims (doc, cid, start, "end", text, type, checkworthy, factuality, source, source_entity,'
            " source_kind, channel, supplier, recipient, location, subject, attribute, date, value, unit, approx, key,"
            " lang, args, sort_date) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (
                d["id"], c["id"], c["start"], c["end"], c["text"], c["type"], c["checkworthy"], c["factuality"],
                att.get("source"), att.get("source_entity"), att.get("source_kind"), att.get("channel"),
                a.get("supplier"), a.get("recipient"), a.get("location"), a.get("subject"), a.get("attribute"),
                date, q.get("value"), q.get("unit"), q.get("approx"), key, d.get("lang"),
                json.dumps({"args": a, "attribution": att}, ensure_ascii=False), date or d.get("published") or "",
            ),
        )  # fmt: skip

    def _facts_cache(self) -> FactsCache:
        if self._facts is None:
            self._facts = FactsCache()
        return self._facts

    def _candidates(self, key: str, date: str | None, doc: str, origin: str) -> list[tuple[Any, ...]]:
        """Earlier claims of this key a new claim is compared with: at most LINK_CAP, the most recent
        from other documents and origins within the date window (see ``_linking``); rows of
        (id, factuality, facts), newest first."""
        span = window(date, WINDOW_DAYS)
        lo, hi = span or ("0000", "9999")
        rows = self._tuples(RECENT_SQL, (key, LINK_SCAN, doc, origin, lo, hi, LINK_CAP))
        if len(rows) < LINK_CAP and span is not None:
            seen = {r[0] for r in rows}
            more = self._tuples(FALLBACK_SQL, (key, lo, hi, doc, origin, LINK_CAP + len(rows)))
            rows += [r for r in more if r[0] not in seen]
        rows.sort(key=lambda r: -int(r[0]))
        return rows[:LINK_CAP]

    # -- reading ------------------------------------------------------------------------------
    def stats(self) -> dict[str, Any]:
        def count(sql: str) -> int:
            return int(self._scalar(sql) or 0)

        return {
            "documents": count("SELECT count(*) AS n FROM documents"),
            "origins": count("SELECT count(DISTINCT origin) AS n FROM documents"),
            "claims": count("SELECT count(*) AS n FROM claims"),
            "entities": count("SELECT count(*) AS n FROM entities"),
            "relations": {
                r["kind"]: r["n"] for r in self._rows("SELECT kind, count(*) AS n FROM relations GROUP BY kind")
            },
            "languages": {
                r["lang"]: r["n"] for r in self._rows("SELECT lang, count(*) AS n FROM documents GROUP BY lang")
            },
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
        with_relations: bool = False,
    ) -> list[dict[str, Any]]:
        where, params = ["c.checkworthy >= 0.5"], []  # type: ignore[var-annotated]
        date_col = "ce.sort_date" if entity else "c.sort_date"  # the walked index bounds the dates
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
            where.append(f"{date_col} >= ?")
            params.append(since)
        if until:
            where.append(f"{date_col} <= ? AND {date_col} != ''")
            params.append(until)
        # fixed column names; values are bound
        sql = (_ENTITY_CLAIMS_SQL if entity else _CLAIMS_SQL).format(cond=" AND ".join(where))  # noqa: S608
        out = []
        for r in self._rows(sql, (*([entity] if entity else []), *params, limit, offset)):
            r["args"] = json.loads(r["args"])["args"]
            if with_relations:
                r["relations"] = self.relations(int(r["id"]))
            out.append(r)
        return out

    def relations(self, claim_id: int) -> list[dict[str, Any]]:
        return self._rows(
            "SELECT r.kind, r.detail, c.id, c.doc, c.text, d.origin FROM relations r JOIN claims c"
            " ON c.id = CASE WHEN r.a = ? THEN r.b ELSE r.a END JOIN documents d ON d.id = c.doc"
            " WHERE r.a = ? OR r.b = ?",
            (claim_id, claim_id, claim_id),
        )

    def corroboration(self, claim_id: int) -> dict[str, int]:
        """Independent origins per relation kind (reprints count once)."""
        out: dict[str, set[str]] = {}
        for rel in self.relations(claim_id):
            out.setdefault(rel["kind"], set()).add(rel["origin"])
        return {k: len(v) for k, v in out.items()}

    def entity(self, eid: str) -> dict[str, Any] | None:
        row = self._one("SELECT * FROM entities WHERE id = ?", (eid,))
        if row is None:
            return None
        docs = self._scalar("SELECT count(DISTINCT doc) AS n FROM mentions WHERE entity = ?", (eid,))
        claims = self.claims(entity=eid, limit=1000, with_relations=True)
        figures = [
            {"claim": c["id"], "doc": c["doc"], "type": c["type"], "value": c["value"], "unit": c["unit"],
             "approx": c["approx"], "date": c["date"] or c["doc_published"], "factuality": c["factuality"]}
            for c in claims if c["value"] is not None
        ]  # fmt: skip
        discrepancies, seen = [], set()
        for c in claims:  # a contradiction between two claims of this dossier is listed once
            for rel in c["relations"]:
                pair = frozenset((int(c["id"]), int(rel["id"])))
                if rel["kind"] == "contradicts" and pair not in seen:
                    seen.add(pair)
                    discrepancies.append({"claim": c["id"], **rel})
        return {"entity": row, "documents": docs, "claims": claims, "figures": figures, "discrepancies": discrepancies}

    def timeline(self, entity: str | None = None, limit: int = 500) -> list[dict[str, Any]]:
        rows = self.claims(entity=entity, limit=limit)
        rows = [r for r in rows if r.get("date") or r.get("doc_published")]
        return sorted(rows, key=lambda r: (r.get("date") or r.get("doc_published") or "", r["id"]))

    def documents(self) -> Iterator[dict[str, Any]]:
        yield from self._rows("SELECT id, source, url, outlet, title, lang, published, origin FROM documents")

    def location(self, eid: str) -> dict[str, Any] | None:
        return self._one("SELECT name, lat, lon FROM entities WHERE id = ?", (eid,))

    def resolve_entity(self, name: str) -> str | None:
        """A KB id as given, or the id of the entity with this name or mention text."""
        if self._one("SELECT 1 AS x FROM entities WHERE id = ?", (name,)):
            return name
        row = self._one("SELECT id FROM entities WHERE lower(name) = lower(?)", (name,)) or self._one(
            "SELECT entity AS id FROM mentions WHERE lower(text) = lower(?)", (name,)
        )
        return str(row["id"]) if row else None
