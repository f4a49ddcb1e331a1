"""Durability of ``lagebild ingest`` into SQLite: SIGKILL at random moments, two writers at once.

SIGKILL trials: a subprocess ``lagebild ingest`` is killed after a random 0.3-3 s (seeded, so a
failure can be replayed); after each kill the store must be consistent (integrity check, every
stored document with all of its claims, mentions and full-text entry, nothing left of a document
that is not stored), and a rerun must complete with every document stored once.

Concurrent trials: two processes ingest overlapping folders into one file at once (the first
trials on a fresh file, so both race to create the schema): both succeed, no "database is locked"
reaches the user, no document is lost or stored twice.

The counts (trials, documents lost, duplicates) go to ``robustness-summary.txt`` in pytest's base
temp folder and are printed (``pytest -s``).
"""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from .conftest import ROOT

sys.path.insert(0, str(ROOT / "bench"))
from synth import articles  # noqa: E402

EXE = [sys.executable, "-c", "from lagebild.cli import main; main()"]
KILL_TRIALS = 20
CONCURRENT_TRIALS = 5
DOCS = 60  # per kill trial: with 5 paragraphs each, kills in 0.3-3 s land before, during and after


def _write_corpus(folder: Path, n: int, seed: int) -> set[str]:
    """Short reports (the first 5 paragraphs of synthetic articles); returns their texts."""
    folder.mkdir(parents=True, exist_ok=True)
    texts = set()
    for name, text, _lang in articles(n, seed):
        short = "\n".join(text.split("\n")[:5]) + "\n"
        (folder / f"{name}.txt").write_text(short, encoding="utf-8")
        texts.add(short)
    return texts


def _ingest(path: Path, db: Path) -> subprocess.CompletedProcess[str]:
    cmd = [*EXE, "ingest", str(path), "--db", str(db), "--quiet"]
    return subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=300)


def check_store(db: Path) -> int:
    """Assert the store is consistent; return how many documents it holds."""
    with sqlite3.connect(db) as con:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert not con.execute("PRAGMA foreign_key_check").fetchall()
        tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if "documents" not in tables:  # killed before the schema was committed: nothing of it is there
            assert not tables - {"schema_migrations"}, f"half a schema: {sorted(tables)}"
            return 0
        docs = con.execute("SELECT rowid, id, text, report FROM documents").fetchall()
        ids = [d[1] for d in docs]
        assert len(ids) == len(set(ids)), "a document stored twice"
        for rowid, doc_id, text, report in docs:
            data = json.loads(report)
            claims = con.execute("SELECT count(*) FROM claims WHERE doc = ?", (doc_id,)).fetchone()[0]
            assert claims == len(data["claims"]), f"{doc_id}: {claims} of {len(data['claims'])} claims stored"
            mentions = con.execute("SELECT count(*) FROM mentions WHERE doc = ?", (doc_id,)).fetchone()[0]
            assert mentions == sum(len(e["mentions"]) for e in data["entities"]), f"{doc_id}: mentions missing"
            word = max((w.strip(".,;:!?()\"'„“”") for w in text.split()), key=len)  # in the full-text index?
            hits = con.execute(
                "SELECT rowid FROM documents_fts WHERE documents_fts MATCH ?", ('"' + word.replace('"', "") + '"',)
            ).fetchall()
            assert (rowid,) in hits, f"{doc_id}: no full-text entry"
        for table in ("claims", "mentions", "doc_bands"):  # nothing left of a document that is not stored
            orphans = con.execute(f"SELECT count(*) FROM {table} WHERE doc NOT IN (SELECT id FROM documents)")  # noqa: S608
            assert orphans.fetchone()[0] == 0, f"{table} rows without their document"
        orphans = con.execute("SELECT count(*) FROM claim_entities WHERE claim NOT IN (SELECT id FROM claims)")
        assert orphans.fetchone()[0] == 0
        return len(ids)


@pytest.fixture(scope="module")
def summary(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, int]]:
    counts: dict[str, int] = {}
    yield counts
    lines = [f"durability {key}: {value}" for key, value in sorted(counts.items())]
    path = tmp_path_factory.getbasetemp() / "robustness-summary.txt"
    with path.open("a", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")
    print("\n" + "\n".join(lines) + f"\n(summary: {path})")


def _add(summary: dict[str, int], key: str, n: int = 1) -> None:
    summary[key] = summary.get(key, 0) + n


def test_durability_check_store_catches_a_half_stored_document(tmp_path: Path) -> None:
    """The consistency check itself fails on the damage it looks for (it is not vacuous)."""
    src = tmp_path / "in"
    _write_corpus(src, 3, seed=99)
    db = tmp_path / "c.sqlite"
    done = _ingest(src, db)
    assert done.returncode == 0 and check_store(db) == 3
    for damage in (
        "DELETE FROM claims WHERE id = (SELECT min(id) FROM claims)",
        "INSERT INTO documents_fts(documents_fts, rowid, title, text) "
        "SELECT 'delete', rowid, title, text FROM documents LIMIT 1",
        "DELETE FROM mentions WHERE rowid = (SELECT min(rowid) FROM mentions)",
    ):
        broken = tmp_path / f"broken{hash(damage)}.sqlite"
        broken.write_bytes(db.read_bytes())
        with sqlite3.connect(broken) as con:
            con.execute(damage)
        with pytest.raises(AssertionError):
            check_store(broken)


def _stored(db: Path) -> int:
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=0.1) as con:
            return int(con.execute("SELECT count(*) FROM documents").fetchone()[0])
    except sqlite3.Error:  # not created yet, or locked for a moment
        return -1


@pytest.mark.parametrize("trial", range(KILL_TRIALS))
def test_durability_sigkill_at_random_moment(tmp_path: Path, trial: int, summary: dict[str, int]) -> None:
    """Half the trials kill after a random 0.3-3 s from the start (start-up, schema, first batches);
    the others once a random number of documents is stored, plus a random 0-50 ms (mid-ingest)."""
    rnd = random.Random(1000 + trial)
    src = tmp_path / "in"
    texts = _write_corpus(src, DOCS, seed=trial)
    db = tmp_path / "c.sqlite"
    before = 0
    if trial % 2:  # half the trials start on a store that already holds a few documents
        first = src.parent / "first"
        texts |= _write_corpus(first, 3, seed=500 + trial)
        _ingest(first, db).check_returncode()
        before = 3
    cmd = [*EXE, "ingest", str(src), "--db", str(db), "--quiet", "--workers", str(1 + trial % 2)]
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    t0 = time.monotonic()
    if trial % 4 < 2:
        delay = rnd.uniform(0.3, 3.0)
        time.sleep(delay)
        how = f"after {delay:.2f} s"
    else:
        target = before + rnd.randint(1, DOCS - 1)
        while _stored(db) < target and proc.poll() is None and time.monotonic() - t0 < 120:
            time.sleep(0.01)
        time.sleep(rnd.uniform(0, 0.05))
        how = f"at {target} stored + jitter ({time.monotonic() - t0:.2f} s)"
    os.killpg(proc.pid, signal.SIGKILL)  # the whole group: worker processes die with it
    proc.wait()
    stored = check_store(db) if db.exists() else 0
    rerun = _ingest(src, db)
    assert rerun.returncode == 0 and "locked" not in rerun.stderr, rerun.stderr
    final = check_store(db)
    expected = len(texts)
    lost = expected - final
    _add(summary, "kill trials", 1)
    stage = "nothing new stored" if stored <= before else "all stored" if stored == expected else "part stored"
    _add(summary, f"kills with {stage}", 1)
    _add(summary, "documents lost", max(lost, 0))
    print(f"trial {trial}: killed {how} with {stored} of {expected} stored; after rerun {final}")
    assert lost == 0 and final == expected


@pytest.mark.parametrize("trial", range(CONCURRENT_TRIALS))
def test_durability_two_writers_into_one_file(tmp_path: Path, trial: int, summary: dict[str, int]) -> None:
    a, b = tmp_path / "a", tmp_path / "b"
    texts = _write_corpus(a, 10, seed=200 + trial) | _write_corpus(b, 10, seed=300 + trial)
    for f in sorted(a.iterdir())[:4]:  # the same four texts in both folders
        (b / f"dup_{f.name}").write_bytes(f.read_bytes())
    db = tmp_path / "c.sqlite"
    if trial >= 2:  # later trials on an existing store; the first ones race to create the schema
        _ingest(a / sorted(os.listdir(a))[0], db).check_returncode()
    procs = [
        subprocess.Popen([*EXE, "ingest", str(d), "--db", str(db), "--quiet", "--workers", "1"], cwd=ROOT,
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for d in (a, b)
    ]  # fmt: skip
    outs = [p.communicate(timeout=300) for p in procs]
    stored = check_store(db)
    lost = len(texts) - stored
    _add(summary, "concurrent trials", 1)
    _add(summary, "concurrent documents lost", max(lost, 0))
    locked = sum("locked" in err for _out, err in outs)
    _add(summary, "concurrent 'database is locked' seen", locked)
    for p, (_out, err) in zip(procs, outs, strict=True):
        assert p.returncode == 0 and "locked" not in err and "Traceback" not in err, err
    assert lost == 0
