# ruff: noqa: E501 - benchmark tables
"""Benchmark: ingest on Dask workers, 1 vs 2 (or more) workers, next to a single process and spaCy's blank tokenizer.

usage: python bench/bench_dask.py [--docs 1000] [--workers 1,2] [--rounds 1] [--pool 0] [--batch 64]

The same ``--docs`` generated German/English reports (bench/synth.py) are
ingested into a fresh SQLite file each time:

- ``single``: one process analyses and stores (``lagebild ingest --workers 1``);
  ``pool N`` (with ``--pool N``): the process pool of ``lagebild ingest --workers N``;
- ``dask N``: a LocalCluster of N worker processes (one thread each) is started,
  every worker builds its analyser, then the address is given to
  ``ingest(dask=...)`` (the path of ``--dask tcp://...``; ``--dask local`` does
  the same and starts the cluster itself), then the cluster is closed.
  ``start_s`` is cluster start and analyser build, ``ingest_s`` the time of
  ``ingest()`` alone (steady state), ``total_s`` all of it with shutdown.

Every store is compared table by table with the first one (``same``).
Speed-ups are computed within this run: ``x_single`` against the single
process, ``x_dask1`` against one Dask worker. ``cpu_ms_per_doc`` is CPU time of
the whole process tree per document during ``ingest()`` (what Dask costs on
top; unlike wall time it hardly depends on what else runs on the machine). Baseline, same
run, same texts: spaCy's blank tokenizer, right before each run. The bar of
issue 8: 2 Dask workers >= 1.6x the single-process run, same store.
Prints a table and writes bench/out/dask.json.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import TreeRSS, spacy_baseline, table, words, write_json  # noqa: E402
from synth import articles  # noqa: E402

from lagebild.corpus import _dask as dask_ingest  # noqa: E402
from lagebild.corpus.ingest import ingest  # noqa: E402
from lagebild.document import Document  # noqa: E402
from lagebild.store import SQLiteStore  # noqa: E402

TABLES = {
    "documents": "SELECT rowid, id, source, title, lang, published, text, minhash, origin, report FROM documents ORDER BY rowid",
    "claims": "SELECT * FROM claims ORDER BY id",
    "claim_entities": "SELECT * FROM claim_entities ORDER BY claim, entity, role",
    "relations": "SELECT * FROM relations ORDER BY a, b",
    "mentions": 'SELECT * FROM mentions ORDER BY doc, start, "end", entity',
}


def _dump(db: Path) -> dict[str, list[tuple[Any, ...]]]:
    with sqlite3.connect(db) as con:
        return {name: con.execute(sql).fetchall() for name, sql in TABLES.items()}


def _docs(items: list[tuple[str, str, str]]) -> list[Document]:
    return [Document(text=t, source=name) for name, t, _l in items]


def run_single(items: list[tuple[str, str, str]], db: Path, workers: int = 1) -> dict[str, Any]:
    """One process (``workers`` 1), or the built-in process pool of ``lagebild ingest --workers N``."""
    docs = _docs(items)
    with TreeRSS() as rss:
        t = time.perf_counter()
        summary = ingest(SQLiteStore(db), docs, workers=workers)
        secs = time.perf_counter() - t
        cpu = rss.cpu_now()
    return {"mode": "single" if workers == 1 else f"pool {workers}", "workers": workers, "new": summary.new, "failed": len(summary.failed), "start_s": 0.0,
            "ingest_s": round(secs, 2), "total_s": round(secs, 2), "ingest_cpu_s": round(cpu, 2), **rss.as_dict()}  # fmt: skip


def run_dask(items: list[tuple[str, str, str]], db: Path, workers: int, batch: int) -> dict[str, Any]:
    from lagebild.corpus import _dask

    docs = _docs(items)
    with TreeRSS() as rss:
        t0 = time.perf_counter()
        # the same cluster as `lagebild ingest --dask local` (no nanny, no compression, no profiler)
        client, cluster = _dask._connect("local", workers)
        try:
            with client:  # every worker builds its analyser (ingest() does this too)
                client.run(_dask.warm, ())
            t1, c1 = time.perf_counter(), rss.cpu_now()
            _dask.BATCH_SIZE = batch
            summary = ingest(SQLiteStore(db), docs, dask=cluster.scheduler_address)
            t2, c2 = time.perf_counter(), rss.cpu_now()
        finally:
            cluster.close()
        t3 = time.perf_counter()
    return {"mode": f"dask {workers}", "workers": workers, "new": summary.new, "failed": len(summary.failed),
            "start_s": round(t1 - t0, 2), "ingest_s": round(t2 - t1, 2), "total_s": round(t3 - t0, 2),
            "ingest_cpu_s": round(c2 - c1, 2), **rss.as_dict()}  # fmt: skip


def _measure(modes: list[int], items: list[tuple[str, str, str]], batch: int, rounds: int) -> list[dict[str, Any]]:
    """Every mode (0: single process, N: N Dask workers, -N: process pool of N) ``rounds`` times, interleaved; the fastest run of each.

    Right before each run spaCy's blank tokenizer runs over 200 of the texts: its
    docs/s shows how much CPU the machine gave that run.
    """
    texts, langs = [t for _n, t, _l in items][:200], [lg for _n, _t, lg in items][:200]
    runs: dict[int, list[dict[str, Any]]] = {w: [] for w in modes}
    with tempfile.TemporaryDirectory() as tmp:
        want: dict[str, list[tuple[Any, ...]]] | None = None
        for k in range(rounds):
            for w in modes:
                probe = spacy_baseline(texts, langs)["docs_per_s"]
                db = Path(tmp) / f"r{k}-w{w}.sqlite"
                row = run_single(items, db, max(1, -w)) if w <= 0 else run_dask(items, db, w, batch)
                dump = _dump(db)
                want = want if want is not None else dump
                runs[w].append(row | {"same": dump == want, "spacy_docs_per_s": probe})
                db.unlink()
    best = []
    for w in modes:
        row = min(runs[w], key=lambda r: float(r["ingest_s"]))
        best.append(row | {"same": all(r["same"] for r in runs[w]), "ingest_s_all": [r["ingest_s"] for r in runs[w]]})
    return best


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--docs", type=int, default=1000)
    ap.add_argument("--workers", default="1,2", help="Dask worker counts to measure")
    ap.add_argument("--batch", type=int, default=dask_ingest.BATCH_SIZE, help="documents per Dask task")
    ap.add_argument("--rounds", type=int, default=1, help="runs of each mode, interleaved; the fastest is shown")
    ap.add_argument("--pool", type=int, default=0, help="also measure ingest's own process pool of N workers")
    ap.add_argument("--seed", type=int, default=23)
    a = ap.parse_args()
    items = list(articles(a.docs, seed=a.seed))
    n_words = words(t for _n, t, _l in items)
    modes = [0] + [int(x) for x in a.workers.split(",")] + ([-int(a.pool)] if a.pool else [])
    rows = _measure(modes, items, a.batch, a.rounds)
    single = rows[0]
    one = next((r for r in rows if r["mode"] == "dask 1"), single)
    for r in rows:
        r |= {"docs": a.docs, "docs_per_s": round(a.docs / r["ingest_s"], 1),
              "words_per_s": round(n_words / r["ingest_s"]), "total_docs_per_s": round(a.docs / r["total_s"], 1),
              "cpu_ms_per_doc": round(r["ingest_cpu_s"] / a.docs * 1000, 1),
              "x_single": round(single["ingest_s"] / r["ingest_s"], 2), "x_single_total": round(single["total_s"] / r["total_s"], 2),
              "x_dask1": round(one["ingest_s"] / r["ingest_s"], 2)}  # fmt: skip
    print(
        f"== ingest {a.docs} reports ({n_words} words), {os.cpu_count()} CPUs, batches of {a.batch}, best of {a.rounds} =="
    )
    print(table(rows, ["mode", "new", "failed", "same", "start_s", "ingest_s", "total_s", "docs_per_s", "words_per_s",
                       "total_docs_per_s", "x_single", "x_single_total", "x_dask1", "cpu_ms_per_doc", "spacy_docs_per_s",
                       "peak_total_mb"]))  # fmt: skip
    two = next((r for r in rows if r["mode"] == "dask 2"), None)
    if two is not None:
        ok = two["x_single"] >= 1.6 and two["same"] is True
        print(f"bar: 2 Dask workers >= 1.6x the single-process run, same store: {'met' if ok else 'NOT met'} "
              f"(ingest {two['x_single']}x, with cluster start/stop {two['x_single_total']}x, "
              f"vs 1 Dask worker {two['x_dask1']}x, same={two['same']})")  # fmt: skip
    load = os.getloadavg()
    print(f"load average at the end: {load[0]:.2f} {load[1]:.2f} {load[2]:.2f} "
          "(spacy_docs_per_s, measured right before each run, shows the CPU that run got)")  # fmt: skip
    path = write_json("dask.json", {"docs": a.docs, "words": n_words, "cpus": os.cpu_count(), "batch": a.batch,
                                     "rounds": a.rounds, "loadavg_end": load, "runs": rows})  # fmt: skip
    print(f"wrote {path}")


if __name__ == "__main__":
    main()
