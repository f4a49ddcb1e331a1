"""Offline guarantee: analyse, ingest and serve attempt no connection off the loopback interface.

The guard (``tests/netguard/sitecustomize.py``) patches ``socket`` in this process and, through
``PYTHONPATH``, in every subprocess: a non-loopback ``connect``, ``connect_ex``, ``sendto``,
``create_connection`` or ``getaddrinfo`` raises and is written to a log, which must stay empty.
A first test shows that the guard does catch such an attempt.
"""

from __future__ import annotations

import importlib.util
import json
import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from types import ModuleType

import pytest

from .conftest import ROOT

GUARD = ROOT / "tests" / "netguard"
EXE = [sys.executable, "-c", "from lagebild.cli import main; main()"]


def _guard_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("lagebild_netguard", GUARD / "sitecustomize.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _env(log: Path) -> dict[str, str]:
    path = os.pathsep.join([str(GUARD), os.environ.get("PYTHONPATH", "")]).rstrip(os.pathsep)
    return {**os.environ, "PYTHONPATH": path, "LAGEBILD_NETGUARD_LOG": str(log)}


def _attempts(log: Path) -> list[str]:
    return log.read_text(encoding="utf-8").splitlines() if log.exists() else []


def test_offline_guard_catches_a_connection_attempt(tmp_path: Path) -> None:
    log = tmp_path / "net.log"
    code = (
        "import socket, urllib.request\n"
        "for call in (lambda: socket.create_connection(('192.0.2.1', 80), timeout=1),\n"
        "             lambda: urllib.request.urlopen('http://example.org/', timeout=1),\n"
        "             lambda: socket.socket().connect(('198.51.100.7', 443))):\n"
        "    try:\n"
        "        call()\n"
        "    except OSError as exc:\n"
        "        print('refused' if 'netguard' in str(exc) or 'netguard' in str(exc.__context__) else exc)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], env=_env(log), capture_output=True, text=True, timeout=60)
    assert out.stdout.split() == ["refused"] * 3, out.stdout + out.stderr
    assert len(_attempts(log)) == 3
    with socket.socket() as server:  # loopback stays open
        server.bind(("127.0.0.1", 0))
        server.listen()
        port = server.getsockname()[1]
        ok = subprocess.run(
            [sys.executable, "-c", f"import socket; socket.create_connection(('127.0.0.1', {port}))"],
            env=_env(log),
            capture_output=True,
            timeout=60,
        )
    assert ok.returncode == 0 and len(_attempts(log)) == 3


def test_offline_analyze_and_ingest_in_process(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    log = tmp_path / "net.log"
    guard = _guard_module()
    for name in ("connect", "connect_ex", "sendto"):
        monkeypatch.setattr(socket.socket, name, getattr(socket.socket, name))  # restored after the test
    monkeypatch.setattr(socket, "create_connection", socket.create_connection)
    monkeypatch.setattr(socket, "getaddrinfo", socket.getaddrinfo)
    guard.install(str(log))
    with pytest.raises(OSError, match="netguard"):
        socket.getaddrinfo("example.org", 443)
    log.unlink()

    from lagebild import Analyzer, analyze
    from lagebild.corpus.ingest import ingest
    from lagebild.document import Document
    from lagebild.store import SQLiteStore

    text = (ROOT / "samples" / "de_iran_drohnen.txt").read_text(encoding="utf-8")
    assert analyze(text, published="2024-11-05").claims
    assert Analyzer().analyze(text).claims
    store = SQLiteStore(str(tmp_path / "c.sqlite"))
    summary = ingest(store, [Document(text=text, source="a.txt")], workers=1)
    assert summary.new == 1
    assert _attempts(log) == []


def test_offline_cli_analyze_ingest_serve(tmp_path: Path) -> None:
    log = tmp_path / "net.log"
    env = _env(log)
    db = tmp_path / "c.sqlite"
    analyzed = subprocess.run(
        [*EXE, "analyze", "samples/en_iran_drones.txt", "--format", "json"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert analyzed.returncode == 0 and json.loads(analyzed.stdout)["claims"], analyzed.stderr
    ingested = subprocess.run(
        [*EXE, "ingest", "samples", "--db", str(db), "--quiet", "--workers", "2"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert ingested.returncode == 0 and ingested.stdout.startswith("new "), ingested.stderr
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = subprocess.Popen(
        [*EXE, "serve", "--db", str(db), "--host", "127.0.0.1", "--port", str(port)],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        stats = None
        deadline = time.time() + 60
        while time.time() < deadline and stats is None:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/stats", timeout=5) as resp:  # noqa: S310
                    stats = json.loads(resp.read())
            except OSError:
                assert server.poll() is None, server.communicate()[0]
                time.sleep(0.3)
        assert stats is not None and stats["documents"] >= 5, stats
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=5) as resp:  # noqa: S310
            assert resp.status == 200
    finally:
        server.terminate()
        server.wait(timeout=30)
    assert _attempts(log) == [], _attempts(log)
