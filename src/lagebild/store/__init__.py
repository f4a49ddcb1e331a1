"""Corpus stores: SQLite by default (one file, zero set-up)."""

from __future__ import annotations

from pathlib import Path

from ._sqlite import SQLiteStore

__all__ = ["SQLiteStore", "open_store"]


def open_store(url: str | Path = "lagebild.sqlite") -> SQLiteStore:
    """Open (and migrate) a store: a SQLite path, ``sqlite:///path`` or ``:memory:``."""
    s = str(url)
    if s.startswith("sqlite:///"):
        s = s[len("sqlite:///") :]
    if s.startswith(("postgresql://", "postgres://")):
        from ..errors import error

        raise error("LB501", url=s)
    return SQLiteStore(s)
