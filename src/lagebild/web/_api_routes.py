"""REST API under /api: documents, claims, entities and dossiers, timeline, search, analyse, reviews."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import Depends, FastAPI, Header, Path, Query, Request
from pydantic import BaseModel, Field

from ..errors import error
from . import _queries as q
from ._app import Context
from ._dossier import dossier as build_dossier
from ._filters import ClaimFilters
from ._security import check_token

__all__ = ["register"]

Limit = Annotated[int, Query(ge=1, le=1000, description="Page size.")]
Offset = Annotated[int, Query(ge=0, le=10_000_000, description="Items to skip.")]
Short = Annotated[str | None, Query(max_length=200)]


class AnalyzeIn(BaseModel):
    text: str = Field(min_length=1, description="The report's text.")
    lang: str | None = Field(None, description="de, en, ru or uk; detected when missing.")
    published: str | None = Field(None, pattern=r"^\d{4}-\d{2}-\d{2}$", description="Publication date, YYYY-MM-DD.")


class ReviewIn(BaseModel):
    status: str = Field(description="confirmed, rejected or corrected.")
    reviewer: str = Field(min_length=1, max_length=200)
    correction: str | None = Field(None, max_length=5000)
    note: str | None = Field(None, max_length=5000)


def _clean(s: str | None) -> str | None:
    """Query strings without NUL characters (PostgreSQL refuses them)."""
    return s.replace("\x00", "") if s else s


def _bearer(authorization: str | None) -> str | None:
    if authorization and authorization.lower().startswith("bearer "):
        return authorization[7:].strip()
    return None


def analyse_text(ctx: Context, client: str, text: str, lang: str | None, published: str | None) -> dict[str, Any]:
    """Shared by the API and the analyse page: rate-limited, one analysis at a time."""
    from .._api import get_analyzer

    ctx.limiter.hit(client)
    if not text.strip():
        raise error("LB609", why="the text is empty")
    with ctx.analyse_lock:
        return get_analyzer().analyze(text, lang=lang, published=published, source="web").to_dict()


def register(app: FastAPI, ctx: Context) -> None:
    @app.get("/api/stats", tags=["corpus"])
    def stats() -> dict[str, Any]:
        """Counts of documents, origins, claims, entities, relations and languages."""
        with ctx.db() as st:
            return q.stats(st)

    @app.get("/api/documents", tags=["corpus"])
    def documents(limit: Limit = 50, offset: Offset = 0, lang: Short = None, outlet: Short = None) -> dict[str, Any]:
        """Stored documents, newest first."""
        with ctx.db() as st:
            return q.documents(st, limit, offset, _clean(lang), _clean(outlet))

    @app.get("/api/documents/{doc_id}", tags=["corpus"])
    def document(doc_id: Annotated[str, Path(max_length=200)]) -> dict[str, Any]:
        """One document: metadata, text, report@1, and its stored claims with relations and reviews."""
        with ctx.db() as st:
            doc = q.document(st, doc_id)
        if doc is None:
            raise error("LB602", what="document", id=doc_id[:100])
        return doc

    @app.get("/api/claims", tags=["claims"])
    def claims(filters: Annotated[ClaimFilters, Depends()], limit: Limit = 50, offset: Offset = 0) -> dict[str, Any]:
        """Check-worthy claims with filters, newest first, each with up to 8 related claims in other reports
        (contradictions first), the number of relations per kind, and analyst reviews."""
        with ctx.db() as st:
            args = filters.store_args(st)
            items = q.annotate(st, st.claims(**args, limit=limit, offset=offset))
        return {"limit": limit, "offset": offset, "entity": args["entity"], "items": items}

    @app.get("/api/claims/{claim_id}", tags=["claims"])
    def claim(claim_id: Annotated[int, Path(ge=0, le=2**62)]) -> dict[str, Any]:
        """One claim with attribution, arguments, relations and reviews."""
        with ctx.db() as st:
            row = q.claim(st, claim_id)
        if row is None:
            raise error("LB602", what="claim", id=str(claim_id))
        return row

    @app.post("/api/claims/{claim_id}/reviews", tags=["claims"], status_code=201)
    def review(
        claim_id: Annotated[int, Path(ge=0, le=2**62)],
        body: ReviewIn,
        authorization: Annotated[str | None, Header()] = None,
    ) -> dict[str, Any]:
        """Record an analyst's review: confirmed, rejected or corrected (with the corrected text)."""
        check_token(ctx.token, _bearer(authorization))
        with ctx.db() as st:
            return q.add_review(st, claim_id, body.status, body.reviewer, body.correction, body.note)

    @app.get("/api/entities", tags=["entities"])
    def entities(q_: Annotated[str | None, Query(alias="q", max_length=200)] = None, type: Short = None,
                 limit: Limit = 50, offset: Offset = 0) -> dict[str, Any]:  # fmt: skip
        """Entities of the corpus, most claimed first; ``q`` filters by name or id."""
        with ctx.db() as st:
            return q.entities(st, _clean(q_), _clean(type), limit, offset)

    @app.get("/api/entities/{eid}", tags=["entities"])
    def dossier(eid: Annotated[str, Path(max_length=200)]) -> dict[str, Any]:
        """Dossier: counts, the latest 50 claims, every figure grouped by type and unit (claims and independent
        origins per value; ``differs`` when reports give different values) and the contradictions."""
        with ctx.db() as st:
            rid = st.resolve_entity(_clean(eid) or "")
            out = build_dossier(st, rid) if rid else None
        if out is None:
            raise error("LB602", what="entity", id=eid[:100])
        return out

    @app.get("/api/timeline", tags=["corpus"])
    def timeline(entity: Short = None, limit: Limit = 500) -> dict[str, Any]:
        """Dated claims in order of their event date (else publication date)."""
        with ctx.db() as st:
            eid = (st.resolve_entity(_clean(entity) or "") or _clean(entity)) if entity else None
            return {"entity": eid, "items": st.timeline(entity=eid, limit=limit)}

    @app.get("/api/transfers", tags=["corpus"])
    def transfers() -> dict[str, Any]:
        """Supplier-to-recipient edges of arms-transfer claims, with counts, independent origins and items."""
        with ctx.db() as st:
            return {"edges": q.transfers(st)}

    @app.get("/api/search", tags=["corpus"])
    def search(q_: Annotated[str, Query(alias="q", min_length=1, max_length=500)], limit: Limit = 20) -> dict[str, Any]:
        """Full-text search over titles and texts."""
        with ctx.db() as st:
            try:
                return {"items": st.search(_clean(q_) or "", limit=limit)}
            except Exception as exc:  # a query the full-text engine cannot parse
                raise error("LB609", why=f"search query not understood ({type(exc).__name__})") from None

    @app.post("/api/analyze", tags=["analyse"])
    def analyze(body: AnalyzeIn, request: Request) -> dict[str, Any]:
        """Analyse one text (not stored) and return its report@1 JSON."""
        client = request.client.host if request.client else "?"
        return analyse_text(ctx, client, body.text, body.lang, body.published)
