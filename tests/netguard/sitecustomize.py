"""Network guard for the offline tests: every non-loopback connection attempt is refused and logged.

On ``PYTHONPATH`` with ``LAGEBILD_NETGUARD_LOG=/path/to/log`` set, Python imports this at start-up
(``sitecustomize``) and patches ``socket``: ``connect``/``connect_ex``/``sendto`` to a non-loopback
address, ``create_connection`` to one and ``getaddrinfo`` of a name other than a loopback one raise
``OSError`` and append one line to the log. ``tests/test_offline.py`` also calls :func:`install` in
its own process.
"""

from __future__ import annotations

import ipaddress
import os
import socket
from typing import Any

__all__ = ["install", "is_loopback"]

_LOCAL_NAMES = {"localhost", "localhost.localdomain", "ip6-localhost", "ip6-loopback"}


def is_loopback(host: object) -> bool:
    if host is None:
        return True  # a server binding to all interfaces, not a connection
    if isinstance(host, bytes):
        host = host.decode("ascii", "replace")
    if not isinstance(host, str):
        return False
    name = host.strip("[]").split("%", 1)[0].lower()
    if name in _LOCAL_NAMES or name in ("", "0.0.0.0", "::"):  # noqa: S104 - wildcard binds, not peers
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False


def install(log: str) -> None:
    """Patch the socket module of this process."""

    def refuse(what: str, address: object) -> OSError:
        with open(log, "a", encoding="utf-8") as fh:
            fh.write(f"{os.getpid()} {what} {address!r}\n")
        return OSError(f"netguard: non-loopback {what} to {address!r} refused (offline test)")

    def peer_ok(sock: socket.socket, address: Any) -> bool:
        if sock.family == getattr(socket, "AF_UNIX", None):
            return True
        return isinstance(address, tuple) and bool(address) and is_loopback(address[0])

    real_connect = socket.socket.connect
    real_connect_ex = socket.socket.connect_ex
    real_sendto = socket.socket.sendto
    real_create = socket.create_connection
    real_getaddrinfo = socket.getaddrinfo

    def connect(self: socket.socket, address: Any) -> None:
        if not peer_ok(self, address):
            raise refuse("connect", address)
        real_connect(self, address)

    def connect_ex(self: socket.socket, address: Any) -> int:
        if not peer_ok(self, address):
            raise refuse("connect_ex", address)
        return real_connect_ex(self, address)

    def sendto(self: socket.socket, data: Any, *args: Any) -> int:
        address = args[-1]
        if not peer_ok(self, address):
            raise refuse("sendto", address)
        return real_sendto(self, data, *args)

    def create_connection(address: Any, *args: Any, **kwargs: Any) -> socket.socket:
        if not is_loopback(address[0]):
            raise refuse("create_connection", address)
        return real_create(address, *args, **kwargs)

    def getaddrinfo(host: Any, *args: Any, **kwargs: Any) -> Any:
        if not is_loopback(host):
            raise refuse("getaddrinfo", host)
        return real_getaddrinfo(host, *args, **kwargs)

    socket.socket.connect = connect  # type: ignore[method-assign,assignment]
    socket.socket.connect_ex = connect_ex  # type: ignore[method-assign,assignment]
    socket.socket.sendto = sendto  # type: ignore[assignment]
    socket.create_connection = create_connection
    socket.getaddrinfo = getaddrinfo


if os.environ.get("LAGEBILD_NETGUARD_LOG"):
    install(os.environ["LAGEBILD_NETGUARD_LOG"])
