"""``lagebild serve``: the REST API (OpenAPI at /api/openapi.json) and the analysts' web UI.

Needs the ``api`` extra (FastAPI, uvicorn, Jinja2); imported only by ``lagebild serve``.
"""

from __future__ import annotations

from ._app import create_app

__all__ = ["create_app"]
