"""Corpus stores: SQLite by default (one file, zero set-up), PostgreSQL with ``postgresql://``."""

from __future__ import annotations

from pathlib import Path

from ._base import Store
from ._sqlite import SQLiteStore

__all__ = ["SQLiteStore", "Store", "open_store"]


def open_store(url: str | Path = "lagebild.sqlite") -> Store:
    """Open (and migrate) a store: a SQLite path, ``sqlite:///path``, ``:memory:`` or ``postgresql://...``."""
    s = str(url)
    if s.startswith(("postgresql://", "postgres://")):
        from ..errors import error

        try:
            from ._pg import PostgresStore

            return PostgresStore(s)
        except ImportError:
            raise error("LB501", url=s) from None
        except Exception as exc:  # connection refused, auth, ...
            raise error("LB502", url=s, why=str(exc).strip().splitlines()[0]) from None
    if s.startswith("sqlite:///"):
        s = s[len("sqlite:///") :]
    return SQLiteStore(s)
