"""Request hardening: body size limit, same-origin writes, write token, analyse rate limit, headers."""

from __future__ import annotations

import hmac
import ipaddress
import threading
import time
from collections import deque
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any
from urllib.parse import urlsplit

from ..errors import LagebildError, error

__all__ = ["RateLimiter", "SecurityMiddleware", "check_token", "is_loopback"]

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

HEADERS = [
    (b"content-security-policy", b"default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
     b" object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
]  # fmt: skip


def is_loopback(host: str) -> bool:
    if host in ("localhost", ""):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def check_token(expected: str | None, given: str | None) -> None:
    """Raise LB606 unless no token is required or ``given`` matches it."""
    if expected is None:
        return
    if not given or not hmac.compare_digest(expected.encode(), given.encode()):
        raise error("LB606")


class RateLimiter:
    """At most ``per_minute`` events per client in any 60-second window."""

    def __init__(self, per_minute: int) -> None:
        self.per_minute = per_minute
        self._hits: dict[str, deque[float]] = {}
        self._lock = threading.Lock()

    def hit(self, client: str) -> None:
        if self.per_minute <= 0:
            return
        now = time.monotonic()
        with self._lock:
            q = self._hits.setdefault(client, deque())
            while q and now - q[0] > 60:
                q.popleft()
            if len(q) >= self.per_minute:
                raise error("LB608", limit=self.per_minute, retry=int(60 - (now - q[0])) + 1)
            q.append(now)


async def _send_error(send: Send, status: int, exc: LagebildError) -> None:
    import json

    body = json.dumps({"error": {"code": exc.code, "message": str(exc)}}).encode()
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()), *HEADERS],
        }
    )
    await send({"type": "http.response.body", "body": body})


class SecurityMiddleware:
    """Pure ASGI middleware: refuses oversized bodies (413) and cross-site writes (403); adds headers."""

    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope.get("headers") or []}
        if scope["method"] not in ("GET", "HEAD", "OPTIONS"):
            origin = headers.get("origin")
            if origin and origin != "null" and urlsplit(origin).netloc != headers.get("host", ""):
                await _send_error(send, 403, error("LB610", origin=origin[:100]))
                return
            try:
                length = int(headers.get("content-length", "0") or 0)
            except ValueError:
                length = 0
            if length > self.max_bytes:
                await _send_error(send, 413, error("LB607", limit=self.max_bytes))
                return
        seen = 0
        too_big = False

        async def limited_receive() -> Message:
            nonlocal seen, too_big
            msg = await receive()
            if msg["type"] == "http.request":
                seen += len(msg.get("body", b""))
                if seen > self.max_bytes:
                    too_big = True
                    raise error("LB607", limit=self.max_bytes)
            return msg

        started = False

        async def send_with_headers(msg: Message) -> None:
            nonlocal started
            if msg["type"] == "http.response.start":
                started = True
                msg["headers"] = [*msg.get("headers", []), *HEADERS]
            await send(msg)

        try:
            await self.app(scope, limited_receive, send_with_headers)
        except LagebildError as exc:
            if not too_big or started:
                raise
            await _send_error(send, 413, exc)
