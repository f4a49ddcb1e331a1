"""PostgreSQL back end (``--db postgresql://...``): the same behaviour as SQLite.

Writers serialise on a transaction-scoped advisory lock, full-text search uses
a ``tsvector`` column with a GIN index, migrations are recorded the same way.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from typing import Any

from ._base import Store

__all__ = ["PostgresStore"]

_LOCK = 7_424_242
_MIGRATIONS: list[tuple[int, str, list[str]]] = [
    (
        1,
        "documents, entities, mentions, claims, items, relations, full-text search",
        [
            """CREATE TABLE documents (
                rowid BIGSERIAL PRIMARY KEY, id TEXT NOT NULL UNIQUE,
                source TEXT, url TEXT, outlet TEXT, title TEXT, lang TEXT, published TEXT,
                text TEXT NOT NULL, minhash BYTEA, origin TEXT, report TEXT NOT NULL, ingested_at TEXT NOT NULL,
                tsv tsvector
            )""",
            "CREATE INDEX documents_published ON documents(published)",
            "CREATE INDEX documents_origin ON documents(origin)",
            "CREATE INDEX documents_tsv ON documents USING GIN (tsv)",
            """CREATE TABLE entities (
                id TEXT PRIMARY KEY, type TEXT NOT NULL, name TEXT NOT NULL, in_kb INTEGER NOT NULL,
                lat DOUBLE PRECISION, lon DOUBLE PRECISION
            )""",
            """CREATE TABLE mentions (
                doc TEXT NOT NULL REFERENCES documents(id), entity TEXT NOT NULL,
                start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL
            )""",
            "CREATE INDEX mentions_entity ON mentions(entity)",
            "CREATE INDEX mentions_doc ON mentions(doc)",
            """CREATE TABLE claims (
                id BIGSERIAL PRIMARY KEY, doc TEXT NOT NULL REFERENCES documents(id),
                cid TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL,
                type TEXT NOT NULL, checkworthy DOUBLE PRECISION NOT NULL, factuality TEXT NOT NULL,
                source TEXT, source_entity TEXT, source_kind TEXT, channel TEXT,
                supplier TEXT, recipient TEXT, location TEXT, subject TEXT, attribute TEXT,
                date TEXT, value DOUBLE PRECISION, unit TEXT, approx TEXT,
                key TEXT, lang TEXT, args TEXT NOT NULL
            )""",
            "CREATE INDEX claims_key ON claims(key)",
            "CREATE INDEX claims_type_date ON claims(type, date)",
            "CREATE INDEX claims_doc ON claims(doc)",
            """CREATE TABLE claim_entities (
                claim BIGINT NOT NULL REFERENCES claims(id), entity TEXT NOT NULL, role TEXT
            )""",
            "CREATE INDEX claim_entities_entity ON claim_entities(entity, claim)",
            """CREATE TABLE relations (
                a BIGINT NOT NULL REFERENCES claims(id), b BIGINT NOT NULL REFERENCES claims(id),
                kind TEXT NOT NULL, detail TEXT, PRIMARY KEY (a, b)
            )""",
            "CREATE INDEX relations_b ON relations(b)",
        ],
    ),
    (
        2,
        "MinHash bands for reprint candidates",
        [
            "CREATE TABLE doc_bands (band TEXT NOT NULL, doc TEXT NOT NULL REFERENCES documents(id))",
            "CREATE INDEX doc_bands_band ON doc_bands(band)",
            "CREATE INDEX claims_key_id ON claims(key, id)",
        ],
    ),
    (
        3,
        "sortable claim date (event date, else publication date)",
        [
            "ALTER TABLE claims ADD COLUMN sort_date TEXT NOT NULL DEFAULT ''",
            "UPDATE claims SET sort_date ="
            " coalesce(date, (SELECT published FROM documents d WHERE d.id = claims.doc), '')",
            "CREATE INDEX claims_sort ON claims(sort_date, id)",
            "CREATE INDEX claims_type_sort ON claims(type, sort_date, id)",
        ],
    ),
]


def _pg(sql: str) -> str:
    return sql.replace("?", "%s")


class PostgresStore(Store):
    """The corpus in a PostgreSQL database."""

    def __init__(self, url: str) -> None:
        import psycopg
        from psycopg.rows import dict_row

        self.url = url
        self.db: Any = psycopg.connect(url, autocommit=True, row_factory=dict_row)
        self._migrate()

    def _migrate(self) -> None:
        self._begin()
        try:
            self.db.execute(
                "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT, applied_at TEXT)"
            )
            done = {r["version"] for r in self.db.execute("SELECT version FROM schema_migrations").fetchall()}
            for version, name, statements in _MIGRATIONS:
                if version in done:
                    continue
                for sql in statements:
                    self.db.execute(sql)
                self.db.execute(
                    "INSERT INTO schema_migrations VALUES (%s, %s, %s)",
                    (version, name, dt.datetime.now(dt.UTC).isoformat()),
                )
            self._commit()
        except BaseException:
            self._rollback()
            raise

    def _rows(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        return list(self.db.execute(_pg(sql), tuple(params)).fetchall())

    def _run(self, sql: str, params: Sequence[Any] = ()) -> None:
        self.db.execute(_pg(sql), tuple(params))

    def _insert(self, sql: str, params: Sequence[Any]) -> int:
        table = re.match(r"\s*INSERT INTO (\w+)", sql)
        col = "rowid" if table and table.group(1) == "documents" else "id"
        row = self.db.execute(_pg(sql) + f" RETURNING {col}", tuple(params)).fetchone()
        return int(row[col])

    def _ignore_insert(self, table: str, cols: Sequence[str], params: Sequence[Any]) -> None:
        marks = ",".join("%s" for _ in cols)
        sql = f"INSERT INTO {table} ({','.join(cols)}) VALUES ({marks}) ON CONFLICT DO NOTHING"  # noqa: S608
        self.db.execute(sql, tuple(params))

    def _begin(self) -> None:
        self.db.execute("BEGIN")
        self.db.execute("SELECT pg_advisory_xact_lock(%s)", (_LOCK,))

    def _commit(self) -> None:
        self.db.execute("COMMIT")

    def _rollback(self) -> None:
        self.db.execute("ROLLBACK")

    def _index_text(self, rowid: int, title: str, text: str) -> None:
        self.db.execute(
            "UPDATE documents SET tsv = to_tsvector('simple', %s || ' ' || %s) WHERE rowid = %s", (title, text, rowid)
        )

    def search(self, query: str, limit: int = 20) -> list[dict[str, Any]]:
        return list(
            self.db.execute(
                "SELECT id, title, source, published,"
                " ts_headline('simple', text, plainto_tsquery('simple', %s), 'StartSel=[,StopSel=],MaxWords=24')"
                " AS snippet FROM documents WHERE tsv @@ plainto_tsquery('simple', %s)"
                " ORDER BY ts_rank(tsv, plainto_tsquery('simple', %s)) DESC LIMIT %s",
                (query, query, query, limit),
            ).fetchall()
        )

    def close(self) -> None:
        self.db.close()
