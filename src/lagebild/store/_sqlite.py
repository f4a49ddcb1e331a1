"""SQLite back end: one file, WAL, FTS5, zero set-up."""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from ._base import Store
from ._schema import MIGRATIONS

__all__ = ["CACHE_KIB", "SQLiteStore"]

CACHE_KIB = 128 * 1024


class SQLiteStore(Store):
    """The corpus in one SQLite file (``:memory:`` for tests)."""

    def __init__(self, path: str | Path = "lagebild.sqlite", timeout_s: float = 60.0) -> None:
        self.url = self.path = str(path)
        self.db = sqlite3.connect(self.path, timeout=timeout_s, isolation_level=None, check_same_thread=False)
        self.db.row_factory = sqlite3.Row
        self.db.execute(f"PRAGMA busy_timeout = {int(timeout_s * 1000)}")
        if self.path != ":memory:":
            self._set_wal(timeout_s)
        self.db.execute("PRAGMA synchronous = NORMAL")
        self.db.execute("PRAGMA foreign_keys = ON")
        # a page cache that holds the hot index pages of a large corpus (the default is 2 MiB)
        self.db.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
        # checkpoint every ~40 MiB of WAL instead of 4 MiB: a page rewritten by many transactions
        # (the hot end of an index) is copied back into the database file once, not each time
        self.db.execute("PRAGMA wal_autocheckpoint = 10000")
        self._migrate(MIGRATIONS)

    def _set_wal(self, timeout_s: float) -> None:
        """Switch to WAL. The switch needs the file to itself and SQLite does not wait for it (no
        busy handler), so a second process opening a new store at the same moment retries here."""
        deadline = time.monotonic() + timeout_s
        while True:
            try:
                self.db.execute("PRAGMA journal_mode = WAL")
                return
            except sqlite3.OperationalError as exc:
                if "locked" not in str(exc) or time.monotonic() > deadline:
                    raise
                time.sleep(0.05)

    def _rows(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        return [dict(r) for r in self.db.execute(sql, tuple(params)).fetchall()]

    def _tuples(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        cur = self.db.cursor()
        cur.row_factory = None
        return cur.execute(sql, tuple(params)).fetchall()

    def _run(self, sql: str, params: Sequence[Any] = ()) -> None:
        self.db.execute(sql, tuple(params))

    def _insert(self, sql: str, params: Sequence[Any]) -> int:
        return int(self.db.execute(sql, tuple(params)).lastrowid or 0)

    def _many(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        if rows:
            self.db.executemany(sql, [tuple(r) for r in rows])

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
