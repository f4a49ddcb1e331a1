"""The claim filters the API and the claims explorer share (one FastAPI dependency)."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Annotated, Any

from fastapi import Query

from ..store import Store

__all__ = ["ClaimFilters"]

Short = Annotated[str | None, Query(max_length=200)]
# an empty date is "no date": the explorer's form sends empty fields
Day = Annotated[str | None, Query(pattern=r"^(\d{4}-\d{2}-\d{2})?$", description="YYYY-MM-DD.")]


@dataclass
class ClaimFilters:
    """Query parameters: entity (KB id or name), type, factuality, source kind, language, date range."""

    entity: Short = None
    type: Short = None
    factuality: Short = None
    source_kind: Short = None
    lang: Short = None
    since: Day = None
    until: Day = None

    def form(self) -> dict[str, str]:
        """The values as the explorer's form shows them (empty for unset)."""
        return {k: v or "" for k, v in asdict(self).items()}

    def store_args(self, store: Store) -> dict[str, Any]:
        """Arguments of ``Store.claims``: empty values dropped, NUL characters removed (PostgreSQL
        refuses them), the entity resolved to its id when the corpus knows its name."""
        args = {k: v.replace("\x00", "") or None if v else None for k, v in asdict(self).items()}
        if args["entity"]:
            args["entity"] = store.resolve_entity(args["entity"]) or args["entity"]
        return args
