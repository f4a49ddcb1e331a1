"""Dask scale-out: workers analyse, this process stores; the store equals a single-process run."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from lagebild.corpus.ingest import ingest
from lagebild.document import Document
from lagebild.errors import LagebildError
from lagebild.store import SQLiteStore

from .conftest import ROOT

sys.path.insert(0, str(ROOT / "bench"))
from synth import articles  # noqa: E402

pytest.importorskip("distributed")
psutil = pytest.importorskip("psutil")

EXE = [sys.executable, "-c", "from lagebild.cli import main; main()"]
N = 20

# every table the ingest writes, in a stable order; ingested_at is a wall-clock time
DUMPS = {
    "documents": "SELECT rowid, id, source, url, outlet, title, lang, published, text, minhash, origin, report"
    " FROM documents ORDER BY rowid",
    "claims": "SELECT * FROM claims ORDER BY id",
    "claim_entities": "SELECT * FROM claim_entities ORDER BY claim, entity, role",
    "relations": "SELECT * FROM relations ORDER BY a, b",
    "mentions": 'SELECT * FROM mentions ORDER BY doc, start, "end", entity',
    "entities": "SELECT * FROM entities ORDER BY id",
}


def _docs() -> list[Document]:
    return [Document(text=t, lang=lang, source=name) for name, t, lang in articles(N, seed=41)]


def _dump(db: Path) -> dict[str, list[tuple[Any, ...]]]:
    with sqlite3.connect(db) as con:
        return {name: con.execute(sql).fetchall() for name, sql in DUMPS.items()}


@pytest.fixture(scope="module")
def plain(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[tuple[Any, ...]]]:
    db = tmp_path_factory.mktemp("plain") / "p.sqlite"
    summary = ingest(SQLiteStore(db), _docs(), workers=1)
    assert summary.new == N and not summary.failed
    dump = _dump(db)
    assert len(dump["claims"]) > N and dump["relations"], "the fixture must give claims that link across documents"
    return dump


def _children() -> set[int]:
    """Child processes, but Python's resource tracker (started once, lives as long as this process)."""
    out = set()
    for p in psutil.Process().children(recursive=True):
        try:
            if "resource_tracker" not in " ".join(p.cmdline()):
                out.add(p.pid)
        except psutil.NoSuchProcess:
            pass
    return out


def test_dask_local_cluster_stores_the_same_as_one_process(
    tmp_path: Path, plain: dict[str, list[tuple[Any, ...]]]
) -> None:
    before = _children()
    db = tmp_path / "d.sqlite"
    summary = ingest(SQLiteStore(db), _docs(), workers=2, dask="local")
    assert summary.new == N and not summary.failed
    assert _dump(db) == plain
    # the LocalCluster (scheduler, nannies, worker processes) is shut down
    left = {p for p in _children() - before if psutil.pid_exists(p)}
    gone, alive = psutil.wait_procs([psutil.Process(p) for p in left], timeout=10)
    assert not alive, [p.cmdline() for p in alive]


def test_dask_cli_option_with_a_running_scheduler(tmp_path: Path) -> None:
    import logging

    from distributed import LocalCluster

    src = tmp_path / "in"
    src.mkdir()
    for doc in _docs():
        (src / f"{doc.source}.txt").write_text(doc.text, encoding="utf-8")

    def cli(db: Path, *opts: str) -> str:
        out = subprocess.run([*EXE, "ingest", str(src), "--db", str(db), "--quiet", *opts],
                             capture_output=True, text=True, cwd=ROOT, timeout=300)  # fmt: skip
        assert out.returncode == 0, out.stderr
        return out.stdout

    assert cli(tmp_path / "plain.sqlite", "--workers", "1").startswith(f"new {N}, unchanged 0, failed 0")
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
                      silence_logs=logging.ERROR) as cluster:  # fmt: skip
        address = cluster.scheduler_address
        assert address.startswith("tcp://")
        assert cli(tmp_path / "d.sqlite", "--dask", address).startswith(f"new {N}, unchanged 0, failed 0")
        assert cli(tmp_path / "d.sqlite", "--dask", address).startswith(f"new 0, unchanged {N}")
    assert _dump(tmp_path / "d.sqlite") == _dump(tmp_path / "plain.sqlite")


def test_dask_bad_address_is_refused_before_analysis() -> None:
    store = SQLiteStore(":memory:")
    with pytest.raises(LagebildError, match="LB702"):
        ingest(store, _docs()[:2], dask="localhost:8786")
    assert store.stats()["documents"] == 0


def test_dask_unreachable_scheduler_is_a_numbered_error(monkeypatch: pytest.MonkeyPatch) -> None:
    from lagebild.corpus import _dask

    monkeypatch.setattr(_dask, "CONNECT_TIMEOUT", "1s")
    with pytest.raises(LagebildError, match="LB703"):
        ingest(SQLiteStore(":memory:"), _docs()[:2], dask="tcp://127.0.0.1:9")


def test_dask_is_not_imported_by_lagebild() -> None:
    code = (
        "import sys, lagebild, lagebild.corpus.ingest, lagebild.cli\n"
        "bad = [m for m in sys.modules if m.split('.')[0] in ('dask', 'distributed')]\n"
        "assert not bad, bad\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert out.returncode == 0, out.stderr


def test_dask_worker_batch_keeps_one_analyser_per_kb(tmp_path: Path) -> None:
    from lagebild.corpus import _dask
    from lagebild.corpus import ingest as ingest_module

    docs = _docs()[:2]
    first = _dask._analyse_batch(docs, ())
    analyser = ingest_module._worker["a"]
    again = _dask._analyse_batch(_docs()[:2], ())
    assert ingest_module._worker["a"] is analyser  # built once, reused for every batch
    assert [r[0] for r in first] == [r[0] for r in again] and all(r[3] is None for r in first)
    bad = tmp_path / "bad.yaml"
    bad.write_text("schema: lagebild/kb@1\nentities:\n  - id: nope\n", encoding="utf-8")
    with pytest.raises(LagebildError, match="LB20"):  # an invalid overlay fails as it does without Dask
        _dask._analyse_batch(docs, (str(bad),))
    ingest_module._worker.clear()


def test_dask_batches_cover_the_input_in_order_and_shrink_at_the_end() -> None:
    from lagebild.corpus import _dask

    for n, size, threads in ((1000, 64, 2), (10, 3, 2), (3, 2, 2), (1, 64, 1), (517, 64, 4)):
        spans = _dask._spans(n, size, threads)
        assert spans[0][0] == 0 and spans[-1][1] == n
        assert all(a[1] == b[0] for a, b in zip(spans, spans[1:], strict=False))
        assert all(0 < end - start <= size for start, end in spans)
    sizes = [end - start for start, end in _dask._spans(1000, 64, 2)]
    assert sizes[0] == 64 and sizes[-2] < 16  # the last batches are small: workers finish together


def test_dask_local_workers_are_processes_of_their_own() -> None:
    """`--dask local` must analyse in other processes: workers inside the client share its GIL."""
    import os

    from lagebild.corpus import _dask

    client, cluster = _dask._connect("local", 2)
    try:
        pids = set(client.run(os.getpid).values())
        profiling = set(
            client.run(lambda: __import__("dask").config.get("distributed.worker.profile.enabled")).values()
        )
    finally:
        client.close()
        cluster.close()
    assert len(pids) == 2 and os.getpid() not in pids
    assert profiling == {False}
