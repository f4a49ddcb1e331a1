# ruff: noqa: E501 - benchmark tables
"""Benchmark: ingest on Dask workers, 1 vs 2 (or more) workers, next to a single process and spaCy's blank tokenizer.

usage: python bench/bench_dask.py [--docs 1000] [--workers 1,2] [--seed 23]

The same ``--docs`` generated German/English reports (bench/synth.py) are
ingested into a fresh SQLite file each time:

- ``single``: one process analyses and stores (``lagebild ingest --workers 1``);
- ``dask N``: a LocalCluster of N worker processes (one thread each) is started,
  every worker builds its analyser, then the address is given to
  ``ingest(dask=...)`` (the path of ``--dask tcp://...``; ``--dask local`` does
  the same and starts the cluster itself), then the cluster is closed.
  ``start_s`` is cluster start and analyser build, ``ingest_s`` the time of
  ``ingest()`` alone (steady state), ``total_s`` all of it with shutdown.

Every Dask store is compared table by table with the single-process store
(``same``). Speed-ups are computed within this run. Baseline, same run, same
texts: spaCy's blank tokenizer. The bar of issue 8: 2 workers >= 1.6x one worker.
Prints a table and writes bench/out/dask.json.
"""

from __future__ import annotations

import argparse
import logging
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


def run_single(items: list[tuple[str, str, str]], db: Path) -> dict[str, Any]:
    docs = _docs(items)
    with TreeRSS() as rss:
        t = time.perf_counter()
        summary = ingest(SQLiteStore(db), docs, workers=1)
        secs = time.perf_counter() - t
    return {"mode": "single", "workers": 1, "new": summary.new, "failed": len(summary.failed), "start_s": 0.0,
            "ingest_s": round(secs, 2), "total_s": round(secs, 2), **rss.as_dict()}  # fmt: skip


def run_dask(items: list[tuple[str, str, str]], db: Path, workers: int, batch: int) -> dict[str, Any]:
    from distributed import Client, LocalCluster

    from lagebild.corpus import _dask

    docs = _docs(items)
    with TreeRSS() as rss:
        t0 = time.perf_counter()
        cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None,
                               silence_logs=logging.ERROR)  # fmt: skip
        try:
            with Client(cluster) as client:  # every worker builds its analyser (ingest() does this too)
                client.run(_dask.warm, ())
            t1 = time.perf_counter()
            _dask.BATCH_SIZE = batch
            summary = ingest(SQLiteStore(db), docs, dask=cluster.scheduler_address)
            t2 = time.perf_counter()
        finally:
            cluster.close()
        t3 = time.perf_counter()
    return {"mode": f"dask {workers}", "workers": workers, "new": summary.new, "failed": len(summary.failed),
            "start_s": round(t1 - t0, 2), "ingest_s": round(t2 - t1, 2), "total_s": round(t3 - t0, 2),
            **rss.as_dict()}  # fmt: skip


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--docs", type=int, default=1000)
    ap.add_argument("--workers", default="1,2", help="Dask worker counts to measure")
    ap.add_argument("--batch", type=int, default=24, help="documents per Dask task")
    ap.add_argument("--seed", type=int, default=23)
    a = ap.parse_args()
    items = list(articles(a.docs, seed=a.seed))
    texts, langs = [t for _n, t, _l in items], [lg for _n, _t, lg in items]
    n_words = words(texts)
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        rows.append(run_single(items, Path(tmp) / "single.sqlite"))
        want = _dump(Path(tmp) / "single.sqlite")
        rows[0]["same"] = "-"
        for w in (int(x) for x in a.workers.split(",")):
            db = Path(tmp) / f"dask{w}.sqlite"
            row = run_dask(items, db, w, a.batch)
            row["same"] = _dump(db) == want
            rows.append(row)
    base = spacy_baseline(texts, langs)
    one = next((r for r in rows if r["mode"] == "dask 1"), rows[0])
    for r in rows:
        r |= {"docs": a.docs, "docs_per_s": round(a.docs / r["ingest_s"], 1),
              "words_per_s": round(n_words / r["ingest_s"]), "total_docs_per_s": round(a.docs / r["total_s"], 1),
              "x_dask1": round(one["ingest_s"] / r["ingest_s"], 2), "x_dask1_total": round(one["total_s"] / r["total_s"], 2),
              "x_single": round(rows[0]["ingest_s"] / r["ingest_s"], 2), "spacy_docs_per_s": base["docs_per_s"]}  # fmt: skip
    print(f"== ingest {a.docs} reports ({n_words} words), {os.cpu_count()} CPUs, batches of {a.batch} ==")
    print(table(rows, ["mode", "new", "failed", "same", "start_s", "ingest_s", "total_s", "docs_per_s", "words_per_s",
                       "total_docs_per_s", "x_dask1", "x_dask1_total", "x_single", "spacy_docs_per_s", "peak_total_mb"]))  # fmt: skip
    two = next((r for r in rows if r["mode"] == "dask 2"), None)
    if two is not None:
        ok = two["x_dask1"] >= 1.6 and two["same"] is True
        print(f"bar: 2 workers >= 1.6x 1 worker, same store: {'met' if ok else 'NOT met'} "
              f"(ingest {two['x_dask1']}x, with cluster start/stop {two['x_dask1_total']}x, same={two['same']})")  # fmt: skip
    try:
        load = os.getloadavg()
        print(f"load average at the end: {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}")
    except OSError:
        load = (0.0, 0.0, 0.0)
    path = write_json("dask.json", {"docs": a.docs, "words": n_words, "cpus": os.cpu_count(), "batch": a.batch,
                                     "loadavg_end": load, "runs": rows, "spacy_baseline": base})  # fmt: skip
    print(f"wrote {path}")


if __name__ == "__main__":
    main()
