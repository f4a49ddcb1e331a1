"""PostgreSQL back end (``--db postgresql://...``): the same behaviour as SQLite.

Writers serialise on a transaction-scoped advisory lock, full-text search uses
a ``tsvector`` column with a GIN index, migrations are recorded the same way.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from ._base import Store
from ._schema import postgres_migrations

__all__ = ["PostgresStore"]

_LOCK = 7_424_242


def _pg(sql: str) -> str:
    return sql.replace("?", "%s")


class PostgresStore(Store):
    """The corpus in a PostgreSQL database."""

    def __init__(self, url: str) -> None:
        import psycopg
        from psycopg.rows import dict_row

        self.url = url
        self.db: Any = psycopg.connect(url, autocommit=True, row_factory=dict_row)
        self._migrate(postgres_migrations())

    def _rows(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        return list(self.db.execute(_pg(sql), tuple(params)).fetchall())

    def _tuples(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        from psycopg.rows import tuple_row

        with self.db.cursor(row_factory=tuple_row) as cur:
            return list(cur.execute(_pg(sql), tuple(params)).fetchall())

    def _run(self, sql: str, params: Sequence[Any] = ()) -> None:
        self.db.execute(_pg(sql), tuple(params))

    def _insert(self, sql: str, params: Sequence[Any]) -> int:
        table = re.match(r"\s*INSERT INTO (\w+)", sql)
        col = "rowid" if table and table.group(1) == "documents" else "id"
        row = self.db.execute(_pg(sql) + f" RETURNING {col}", tuple(params)).fetchone()
        return int(row[col])

    def _many(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        if rows:
            with self.db.cursor() as cur:
                cur.executemany(_pg(sql), [tuple(r) for r in rows])

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
