"""``lagebild serve``: the REST API and web UI over a store."""

from __future__ import annotations

import os
import secrets
from typing import Annotated

import typer

__all__ = ["register"]


def register(app: typer.Typer) -> None:
    @app.command()
    def serve(
        db: Annotated[str, typer.Option(help="Store: a SQLite file path or postgresql://... URL.")] = "lagebild.sqlite",
        host: Annotated[str | None, typer.Option(help="Address to bind (default: setting serve.host).")] = None,
        port: Annotated[int | None, typer.Option(help="Port (default 8765, setting serve.port).")] = None,
        token: Annotated[
            str | None,
            typer.Option(
                help="Token for writes (reviews); required off loopback, generated when missing.",
                envvar="LAGEBILD_TOKEN",
            ),
        ] = None,
    ) -> None:
        """Serve the REST API (/api, OpenAPI at /api/openapi.json) and the analysts' web UI."""
        import uvicorn

        from ..settings import get_settings
        from ..store import open_store
        from ..web import create_app
        from ..web._security import is_loopback

        conf = get_settings()["serve"]
        host = host or str(conf["host"])
        port = port if port is not None else int(conf["port"])
        if token is None and not is_loopback(host):
            token = secrets.token_urlsafe(24)
            typer.echo(f"write token (bound to {host}, not loopback): {token}")
        app_ = create_app(open_store(db), token=token)
        shown = "127.0.0.1" if host in ("0.0.0.0", "::") else host  # noqa: S104 - display only
        typer.echo(f"Lagebild serving {db} at http://{shown}:{port}/  (API docs: /api/docs; Ctrl+C stops)")
        uvicorn.run(app_, host=host, port=port, log_level=os.environ.get("LAGEBILD_LOG", "warning"))
