"""`lagebild ingest` end to end: mixed inputs, idempotency, PostgreSQL (kills, two writers: test_durability)."""

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

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
