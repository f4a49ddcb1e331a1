"""SQLite back end: one file, WAL, FTS5, zero set-up."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from ._base import Store
from ._schema import MIGRATIONS

__all__ = ["SQLiteStore"]


class SQLiteStore(Store):
    """The corpus in one SQLite file (``:memory:`` for tests)."""

    def __init__(self, path: str | Path = "lagebild.sqlite", timeout_s: float = 60.0) -> None:
        self.url = self.path = str(path)
        self.db = sqlite3.connect(self.path, timeout=timeout_s, isolation_level=None, check_same_thread=False)
        self.db.row_factory = sqlite3.Row
        self.db.execute(f"PRAGMA busy_timeout = {int(timeout_s * 1000)}")
        if self.path != ":memory:":
            self.db.execute("PRAGMA journal_mode = WAL")
        self.db.execute("PRAGMA synchronous = NORMAL")
        self.db.execute("PRAGMA foreign_keys = ON")
        self._migrate(MIGRATIONS)

    def _rows(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        return [dict(r) for r in self.db.execute(sql, tuple(params)).fetchall()]

    def _run(self, sql: str, params: Sequence[Any] = ()) -> None:
        self.db.execute(sql, tuple(params))

    def _insert(self, sql: str, params: Sequence[Any]) -> int:
        return int(self.db.execute(sql, tuple(params)).lastrowid or 0)

    def _ignore_insert(self, table: str, cols: Sequence[str], params: Sequence[Any]) -> None:
        marks = ",".join("?" for _ in cols)
        self.db.execute(f"INSERT OR IGNORE INTO {table} ({','.join(cols)}) VALUES ({marks})", tuple(params))  # noqa: S608

    def _begin(self) -> None:
        self.db.execute("BEGIN IMMEDIATE")

    def _commit(self) -> None:
        self.db.execute("COMMIT")

    def _rollback(self) -> None:
        if self.db.in_transaction:
            self.db.execute("ROLLBACK")

    def _index_text(self, rowid: int, title: str, text: str) -> None:
        self.db.execute("INSERT INTO documents_fts (rowid, title, text) VALUES (?, ?, ?)", (rowid, title, text))

    def search(self, query: str, limit: int = 20) -> list[dict[str, Any]]:
        safe = " ".join('"' + w.replace('"', "") + '"' for w in query.split() if w.strip('"'))
        if not safe:
            return []
        return self._rows(
            "SELECT d.id, d.title, d.source, d.published, snippet(documents_fts, 1, '[', ']', '…', 12) AS snippet"
            " FROM documents_fts JOIN documents d ON d.rowid = documents_fts.rowid WHERE documents_fts MATCH ?"
            " ORDER BY rank LIMIT ?",
            (safe, limit),
        )

    def close(self) -> None:
        self.db.close()
