"""The FastAPI application: REST API under /api, server-rendered pages, JSON errors with codes."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from importlib import resources
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from jinja2 import Environment, FunctionLoader, select_autoescape
from starlette.exceptions import HTTPException as StarletteHTTPException

from .. import __version__
from ..errors import LagebildError, error
from ..settings import get_settings
from ..store import Store, open_store
from ._security import RateLimiter, SecurityMiddleware

__all__ = ["Context", "create_app"]

_STATUS = {
    "LB601": 404, "LB602": 404, "LB603": 422, "LB604": 422, "LB605": 422, "LB606": 401, "LB607": 413,
    "LB608": 429, "LB609": 422, "LB610": 403, "LB103": 422, "LB105": 413, "LB108": 422, "LB109": 422,
}  # fmt: skip


def _template(name: str) -> str | None:
    if "/" in name or "\\" in name or ".." in name:
        return None
    try:
        return resources.files("lagebild.web").joinpath("templates", name).read_text(encoding="utf-8")
    except (FileNotFoundError, OSError):
        return None


@dataclass
class Context:
    """What every route needs: the store (one lock serialises its connection), templates, security."""

    store: Store
    token: str | None = None
    settings: dict[str, Any] = field(default_factory=dict)
    lock: threading.RLock = field(default_factory=threading.RLock)
    analyse_lock: threading.Lock = field(default_factory=threading.Lock)
    limiter: RateLimiter = field(default_factory=lambda: RateLimiter(30))
    env: Environment = field(
        default_factory=lambda: Environment(
            loader=FunctionLoader(_template), autoescape=select_autoescape(default=True, default_for_string=True)
        )
    )

    @contextmanager
    def db(self) -> Iterator[Store]:
        with self.lock:
            yield self.store

    def page(self, request: Request, name: str, status: int = 200, **ctx: Any) -> HTMLResponse:
        html = self.env.get_template(name).render(
            request_path=request.url.path, token_required=self.token is not None, version=__version__, **ctx
        )
        return HTMLResponse(html, status_code=status)


def _wants_html(request: Request) -> bool:
    return not request.url.path.startswith("/api") and "text/html" in request.headers.get("accept", "")


def _error_response(ctx: Context, request: Request, exc: LagebildError, status: int) -> Response:
    if _wants_html(request):
        return ctx.page(request, "error.html", status=status, code=exc.code, message=str(exc))
    return JSONResponse({"error": {"code": exc.code, "message": str(exc)}}, status_code=status)


def create_app(
    store: Store | str = "lagebild.sqlite", token: str | None = None, settings: dict[str, Any] | None = None
) -> FastAPI:
    """The web app over one store. ``token``: required for writes (reviews) when given."""
    conf = (settings or get_settings()).get("serve", {})
    st = open_store(store) if isinstance(store, str) else store
    ctx = Context(store=st, token=token, settings=conf, limiter=RateLimiter(int(conf.get("analyze_per_minute", 30))))
    app = FastAPI(
        title="Lagebild",
        version=__version__,
        description="Claims, sources, hedging, entities and events of a corpus of news reports about armed conflicts.",
        docs_url="/api/docs",
        redoc_url=None,
        openapi_url="/api/openapi.json",
    )
    app.state.ctx = ctx

    @app.exception_handler(LagebildError)
    async def _lagebild_error(request: Request, exc: LagebildError) -> Response:
        return _error_response(ctx, request, exc, _STATUS.get(exc.code, 400))

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError) -> Response:
        why = "; ".join(f"{'.'.join(str(p) for p in e.get('loc', ()))}: {e.get('msg', '')}" for e in exc.errors()[:5])
        return _error_response(ctx, request, error("LB609", why=why[:500]), 422)

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> Response:
        if exc.status_code == 404:
            return _error_response(ctx, request, error("LB601", path=request.url.path[:200]), 404)
        return _error_response(ctx, request, error("LB609", why=str(exc.detail)[:200]), exc.status_code)

    @app.exception_handler(Exception)
    async def _bug(request: Request, exc: Exception) -> Response:
        return _error_response(ctx, request, error("LB600", why=type(exc).__name__), 500)

    from . import _api_routes, _pages

    _api_routes.register(app, ctx)
    _pages.register(app, ctx)
    app.add_middleware(SecurityMiddleware, max_bytes=int(conf.get("max_request_bytes", 2_000_000)))
    return app
