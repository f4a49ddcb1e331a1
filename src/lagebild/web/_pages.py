"""Server-rendered pages for analysts (Jinja2, our own CSS and JavaScript, nothing from a CDN)."""

from __future__ import annotations

from importlib import resources
from typing import Annotated, Any

from fastapi import Depends, FastAPI, Form, Path, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from ..errors import LagebildError, error
from . import _queries as q
from ._api_routes import analyse_text
from ._app import Context
from ._dossier import dossier
from ._filters import ClaimFilters
from ._render import annotated_text, timeline_svg, transfer_svg
from ._security import check_token

__all__ = ["register"]

CLAIM_TYPES = (
    "arms_transfer", "troop_deployment", "attack", "casualties", "capability", "production", "sanction",
    "statement", "assessment", "prediction",
)  # fmt: skip
FACTUALITY = ("asserted", "reported", "alleged", "uncertain", "speculative", "negated")
SOURCE_KINDS = (
    "author", "person", "government", "intelligence", "military", "international", "ngo", "media", "social_media",
    "anonymous",
)  # fmt: skip
_STATIC = {"app.css": "text/css; charset=utf-8", "app.js": "text/javascript; charset=utf-8"}
Short = Annotated[str | None, Query(max_length=200)]


def _safe_next(path: str | None, default: str) -> str:
    """Only a path on this server (no scheme, no host, no '//')."""
    if not path or not path.startswith("/") or path.startswith("//") or "\\" in path or "\n" in path:
        return default
    return path


def _kb_facts(eid: str) -> list[dict[str, Any]]:
    from ..kb.load import default_kb

    ent = default_kb().get(eid)
    return [f.model_dump() for f in ent.facts] if ent else []


def register(app: FastAPI, ctx: Context) -> None:
    @app.get("/static/{name}", include_in_schema=False)
    def static(name: Annotated[str, Path(max_length=40)]) -> Response:
        if name not in _STATIC:  # a fixed list: no path from a request reaches the file system
            raise error("LB601", path="/static/" + name[:40])
        body = resources.files("lagebild.web").joinpath("static", name).read_bytes()
        return Response(body, media_type=_STATIC[name], headers={"cache-control": "max-age=300"})

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def overview(request: Request) -> Response:
        with ctx.db() as st:
            data = q.overview(st)
        return ctx.page(request, "overview.html", **data)

    @app.get("/documents", response_class=HTMLResponse, include_in_schema=False)
    def documents(
        request: Request,
        offset: Annotated[int, Query(ge=0, le=10_000_000)] = 0,
        lang: Short = None,
        outlet: Short = None,
    ) -> Response:
        with ctx.db() as st:
            data = q.documents(st, 50, offset, lang or None, outlet or None)
        return ctx.page(request, "documents.html", lang=lang or "", outlet=outlet or "", **data)

    @app.get("/documents/{doc_id}", response_class=HTMLResponse, include_in_schema=False)
    def document(request: Request, doc_id: Annotated[str, Path(max_length=200)]) -> Response:
        with ctx.db() as st:
            doc = q.document(st, doc_id)
            if doc is None:
                raise error("LB602", what="document", id=doc_id[:100])
            names = q.arg_names(st, doc["claims"])
        checks: dict[str, list[dict[str, Any]]] = {}
        for chk in doc["report"].get("checks") or []:
            checks.setdefault(chk["claim"], []).append(chk)
        body = annotated_text(doc["text"], doc["report"], doc["claims"])
        return ctx.page(request, "document.html", doc=doc, body=body, checks=checks, names=names)

    @app.get("/claims", response_class=HTMLResponse, include_in_schema=False)
    def claims(
        request: Request,
        filters: Annotated[ClaimFilters, Depends()],
        offset: Annotated[int, Query(ge=0, le=10_000_000)] = 0,
    ) -> Response:
        with ctx.db() as st:
            rows = q.annotate(st, st.claims(**filters.store_args(st), limit=50, offset=offset))
            names = q.arg_names(st, rows)
        return ctx.page(
            request, "claims.html", claims=rows, names=names, filters=filters.form(), offset=offset,
            types=CLAIM_TYPES, factualities=FACTUALITY, source_kinds=SOURCE_KINDS,
        )  # fmt: skip

    @app.get("/claims/{claim_id}", response_class=HTMLResponse, include_in_schema=False)
    def claim(request: Request, claim_id: Annotated[int, Path(ge=0, le=2**62)]) -> Response:
        with ctx.db() as st:
            row = q.claim(st, claim_id)
            names = q.arg_names(st, [row]) if row else {}
        if row is None:
            raise error("LB602", what="claim", id=str(claim_id))
        return ctx.page(request, "claim.html", c=row, names=names)

    @app.post("/claims/{claim_id}/review", include_in_schema=False)
    def review(
        request: Request,
        claim_id: Annotated[int, Path(ge=0, le=2**62)],
        status: Annotated[str, Form(max_length=40)],
        reviewer: Annotated[str, Form(max_length=200)] = "",
        correction: Annotated[str, Form(max_length=5000)] = "",
        note: Annotated[str, Form(max_length=5000)] = "",
        token: Annotated[str, Form(max_length=200)] = "",
        next: Annotated[str, Form(max_length=500)] = "",
    ) -> Response:
        check_token(ctx.token, token or None)
        with ctx.db() as st:
            q.add_review(st, claim_id, status, reviewer, correction, note)
        return RedirectResponse(_safe_next(next, f"/claims/{claim_id}"), status_code=303)

    @app.get("/entities", response_class=HTMLResponse, include_in_schema=False)
    def entities(request: Request, q_: Annotated[str | None, Query(alias="q", max_length=200)] = None) -> Response:
        with ctx.db() as st:
            data = q.entities(st, q_ or None, None, 100, 0)
        return ctx.page(request, "entities.html", q=q_ or "", **data)

    @app.get("/entities/{eid}", response_class=HTMLResponse, include_in_schema=False)
    def entity(request: Request, eid: Annotated[str, Path(max_length=200)]) -> Response:
        with ctx.db() as st:
            rid = st.resolve_entity(eid)
            data = dossier(st, rid) if rid else None
        if data is None:
            raise error("LB602", what="entity", id=eid[:100])
        groups: dict[str, list[dict[str, Any]]] = {}
        for f in data["figures"]:
            groups.setdefault(f["group"], []).append(f)
        return ctx.page(request, "entity.html", d=data, groups=groups, facts=_kb_facts(str(rid)))

    @app.get("/timeline", response_class=HTMLResponse, include_in_schema=False)
    def timeline(request: Request, entity: Short = None) -> Response:
        with ctx.db() as st:
            eid = (st.resolve_entity(entity) or entity) if entity else None
            rows = st.timeline(entity=eid, limit=500)
        return ctx.page(request, "timeline.html", rows=rows, entity=entity or "", svg=timeline_svg(rows))

    @app.get("/transfers", response_class=HTMLResponse, include_in_schema=False)
    def transfers(request: Request) -> Response:
        with ctx.db() as st:
            edges = q.transfers(st)
        return ctx.page(request, "transfers.html", edges=edges, svg=transfer_svg(edges))

    @app.get("/search", response_class=HTMLResponse, include_in_schema=False)
    def search(request: Request, q_: Annotated[str | None, Query(alias="q", max_length=500)] = None) -> Response:
        rows: list[dict[str, Any]] = []
        if q_ and q_.strip():
            with ctx.db() as st:
                try:
                    rows = st.search(q_.replace("\x00", ""), limit=50)
                except Exception:  # a query the full-text engine cannot parse
                    rows = []
        return ctx.page(request, "search.html", q=q_ or "", rows=rows)

    @app.get("/analyze", response_class=HTMLResponse, include_in_schema=False)
    def analyze_form(request: Request) -> Response:
        return ctx.page(request, "analyze.html", text="", report=None)

    @app.post("/analyze", response_class=HTMLResponse, include_in_schema=False)
    def analyze_page(
        request: Request,
        text: Annotated[str, Form(max_length=2_000_000)] = "",
        lang: Annotated[str, Form(max_length=5)] = "",
    ) -> Response:
        client = request.client.host if request.client else "?"
        try:
            report = analyse_text(ctx, client, text, lang or None, None)
        except LagebildError as exc:
            status = 429 if exc.code == "LB608" else 422
            return ctx.page(request, "analyze.html", status=status, text=text, report=None, problem=str(exc))
        body = annotated_text(text, report)
        names = {e["id"]: e["name"] for e in report.get("entities") or []}
        checks: dict[str, list[dict[str, Any]]] = {}
        for chk in report.get("checks") or []:
            checks.setdefault(chk["claim"], []).append(chk)
        return ctx.page(request, "analyze.html", text=text, report=report, body=body, names=names, checks=checks)
