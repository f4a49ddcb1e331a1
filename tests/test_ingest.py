"""`lagebild ingest` end to end: mixed inputs, idempotency, crashes, concurrent writers."""

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from .conftest import ROOT

sys.path.insert(0, str(ROOT / "bench"))
from synth import articles  # noqa: E402

EXE = [sys.executable, "-c", "from lagebild.cli import main; main()"]
FIX = ROOT / "tests" / "fixtures" / "readers"


def _cli(*args: str, timeout: int = 300) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*EXE, *args], capture_output=True, text=True, cwd=ROOT, timeout=timeout)


def _write_corpus(folder: Path, n: int, seed: int = 3) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text, _lang in articles(n, seed):
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")


def _consistent(db: Path) -> tuple[int, int]:
    with sqlite3.connect(db) as con:
        return _check(con)


def _check(con: sqlite3.Connection) -> tuple[int, int]:
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    docs = con.execute("SELECT id, report FROM documents").fetchall()
    for doc_id, report in docs:  # every stored document has all of its claims: nothing half-written
        stored = con.execute("SELECT count(*) FROM claims WHERE doc = ?", (doc_id,)).fetchone()[0]
        assert stored == len(json.loads(report)["claims"])
    ids = [d[0] for d in docs]
    assert len(ids) == len(set(ids))
    fts = con.execute("SELECT count(*) FROM documents_fts").fetchone()[0]
    assert fts == len(ids)
    return len(ids), con.execute("SELECT count(*) FROM claims").fetchone()[0]


def test_ingest_mixed_folder_and_idempotent_rerun(tmp_path: Path) -> None:
    src = tmp_path / "in"
    _write_corpus(src, 4)
    for f in FIX.iterdir():
        if f.suffix in (".html", ".xml", ".rss", ".atom", ".jsonl") or f.name == "result.json":
            (src / f.name).write_bytes(f.read_bytes())
    (src / "broken.bin").write_bytes(b"\x00\x01\x02")
    db = tmp_path / "c.sqlite"
    first = _cli("ingest", str(src), "--db", str(db), "--quiet")
    assert first.returncode == 0, first.stderr
    new = int(first.stdout.split("new ")[1].split(",")[0])
    assert new >= 8 and "failed" in first.stdout and "broken.bin" in first.stderr
    second = _cli("ingest", str(src), "--db", str(db), "--quiet")
    assert second.stdout.startswith(f"new 0, unchanged {new}")
    assert _consistent(db)[0] == new


def test_ingest_queries_and_exports(tmp_path: Path) -> None:
    src = tmp_path / "in"
    _write_corpus(src, 6)
    db = tmp_path / "c.sqlite"
    assert _cli("ingest", str(src), "--db", str(db), "--quiet").returncode == 0
    out = _cli("claims", "--db", str(db), "--type", "arms_transfer", "--json")
    rows = [json.loads(line) for line in out.stdout.splitlines()]
    assert rows and all(r["type"] == "arms_transfer" for r in rows)
    assert "country:RU" in _cli("entity", "Russia", "--db", str(db)).stdout
    assert _cli("timeline", "--db", str(db)).stdout.strip()
    geo = json.loads(_cli("export", "--format", "geojson", "--db", str(db)).stdout)
    assert geo["type"] == "FeatureCollection" and geo["features"]
    reviews = json.loads(_cli("export", "--format", "claimreview", "--db", str(db)).stdout)
    assert reviews[0]["@type"] == "ClaimReview" and reviews[0]["claimReviewed"]
    csv_text = _cli("export", "--format", "csv", "--db", str(db)).stdout
    assert csv_text.splitlines()[0].startswith("id,doc,")


@pytest.mark.parametrize("trial", range(3))
def test_ingest_sigkill_leaves_consistent_store_and_rerun_completes(tmp_path: Path, trial: int) -> None:
    src = tmp_path / "in"
    _write_corpus(src, 60, seed=trial)
    db = tmp_path / "c.sqlite"
    proc = subprocess.Popen([*EXE, "ingest", str(src), "--db", str(db), "--quiet", "--workers", "1"], cwd=ROOT,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip
    deadline = time.time() + 120
    target = 5 + 7 * trial
    while time.time() < deadline:
        try:
            con = sqlite3.connect(db)
            n = con.execute("SELECT count(*) FROM documents").fetchone()[0]
            con.close()
        except sqlite3.Error:
            n = 0
        if n >= target:
            break
        time.sleep(0.05)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    stored, _ = _consistent(db)
    assert 0 < stored < 60
    again = _cli("ingest", str(src), "--db", str(db), "--quiet")
    assert again.returncode == 0 and f"unchanged {stored}" in again.stdout
    assert _consistent(db)[0] == 60


def test_ingest_two_processes_into_one_file(tmp_path: Path) -> None:
    a, b = tmp_path / "a", tmp_path / "b"
    _write_corpus(a, 20, seed=11)
    _write_corpus(b, 20, seed=12)
    for f in list(a.iterdir())[:5]:  # overlap: the same five texts in both
        (b / f.name).write_bytes(f.read_bytes())
    db = tmp_path / "c.sqlite"
    _cli("ingest", str(a), "--db", str(db), "--quiet").check_returncode()  # create the schema first
    procs = [
        subprocess.Popen([*EXE, "ingest", str(d), "--db", str(db), "--quiet", "--workers", "1"], cwd=ROOT,
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for d in (a, b)
    ]  # fmt: skip
    outs = [p.communicate(timeout=300) for p in procs]
    for p, (_out, err) in zip(procs, outs, strict=True):
        assert p.returncode == 0 and "locked" not in err, err
    texts = {f.read_text() for f in list(a.iterdir()) + list(b.iterdir())}
    assert _consistent(db)[0] == len(texts)


def test_ingest_into_postgresql_is_idempotent(tmp_path: Path, pg_url: str) -> None:
    import psycopg

    with psycopg.connect(pg_url, autocommit=True) as admin:
        admin.execute(f"CREATE DATABASE ingest_{os.getpid()}")
    url = pg_url.rsplit("/", 1)[0] + f"/ingest_{os.getpid()}"
    src = tmp_path / "in"
    _write_corpus(src, 5, seed=21)
    first = _cli("ingest", str(src), "--db", url, "--quiet")
    assert first.returncode == 0 and first.stdout.startswith("new 5,"), first.stderr
    assert _cli("ingest", str(src), "--db", url, "--quiet").stdout.startswith("new 0, unchanged 5")
    rows = [json.loads(x) for x in _cli("claims", "--db", url, "--json").stdout.splitlines()]
    assert len({r["doc"] for r in rows}) == 5 and any(r["type"] == "arms_transfer" for r in rows)


def test_ingest_worker_processes_give_the_same_store() -> None:
    from lagebild.corpus.ingest import ingest
    from lagebild.document import Document
    from lagebild.store import SQLiteStore

    docs = [(t, lang) for _n, t, lang in articles(70, seed=31)]
    counts = []
    for workers in (1, 2):
        store = SQLiteStore(":memory:")
        summary = ingest(store, [Document(text=t, lang=lang) for t, lang in docs], workers=workers)
        assert summary.new == 70 and not summary.failed
        counts.append((store.stats()["claims"], sorted(d["id"] for d in store.documents())))
    assert counts[0] == counts[1]
