# ruff: noqa: E501 - benchmark tables
"""Benchmark: ingest throughput, store linking growth, query latency.

usage: python bench/bench_corpus.py [--docs N] [--claims 1000,10000,100000] [--corpus worst,realistic,steady]

1. Ingest: N generated German/English reports (bench/synth.py) analysed and
   stored in a fresh SQLite file, with 1 and 2 worker processes; documents per
   second and peak RSS, next to a regex tokenizer over the same texts (baseline,
   same run).
2. Linking growth: stores filled with 1k, 10k and 100k claims (ten per
   document, bench/link_corpus.py): a worst case with 8 transfer keys and
   random dates, a realistic corpus with many keys published in date order
   over a year, and the same mix at a steady news flow (full date windows from
   the start); wall and CPU seconds per 1,000 claims at each size and the ratio to
   the smallest size (the baseline, same run), and the cost per 1,000 claims
   and relations written (a claim finds more relations as its key groups and
   date windows fill: the realistic corpus's first 10k claims span only weeks
   of its year). ``--docs 0`` skips part 1.
3. Query latency at the largest size of each corpus: p50/p95 of claims by
   entity, by type, by date, and of an entity dossier.
Prints tables and writes bench/out/corpus.json.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from link_corpus import report  # noqa: E402
from synth import articles  # noqa: E402

from lagebild.document import Document  # noqa: E402
from lagebild.store import SQLiteStore  # noqa: E402


def _rss_mb() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return round(max(own, kids) / 1024, 1)


def bench_ingest(n: int, workers: int) -> dict[str, Any]:
    from lagebild.corpus.ingest import ingest

    docs = [Document(text=t, lang=lang, source=name) for name, t, lang in articles(n, seed=workers)]
    with tempfile.TemporaryDirectory() as tmp:
        store = SQLiteStore(Path(tmp) / "b.sqlite")
        t = time.perf_counter()
        summary = ingest(store, docs, workers=workers)
        secs = time.perf_counter() - t
        claims = store.stats()["claims"]
    tok = re.compile(r"\w+|[^\w\s]")
    t = time.perf_counter()
    for d in docs:
        tok.findall(d.text)
    base = time.perf_counter() - t
    return {"docs": n, "workers": workers, "new": summary.new, "failed": len(summary.failed), "claims": claims,
            "seconds": round(secs, 1), "docs_per_s": round(n / secs, 1), "peak_rss_mb": _rss_mb(),
            "baseline_tokenizer_docs_per_s": round(n / base)}  # fmt: skip


def _fill(store: SQLiteStore, kind: str, sizes: list[int], docs: int) -> list[dict[str, Any]]:
    """Add generated reports up to each size, one transaction per ``docs`` reports (as ingest writes
    them), timing every transaction. A size's cost is the median transaction over the upper half of
    the store's growth to it (the cost of linking at about that size; the median ignores moments when
    the machine was busy with something else), per 1,000 claims, wall clock and CPU."""
    r = random.Random(5)
    texts: list[str] = []
    rows: list[dict[str, Any]] = []
    done = 0
    for size in sorted(sizes):
        walls, cpus = [], []
        rels_half: int | None = None
        while done < size:
            batch = [(*report(kind, i, r, max(sizes) // 10, texts), {}) for i in range(done // 10, done // 10 + docs)]
            if done >= size // 2 and rels_half is None:
                rels_half = sum(store.stats()["relations"].values())
            t, cpu = time.perf_counter(), time.process_time()
            store.add_many(batch)
            if rels_half is not None:
                walls.append(time.perf_counter() - t)
                cpus.append(time.process_time() - cpu)
            done += 10 * docs
        rels = sum(store.stats()["relations"].values())
        per = 1000 / (10 * docs)
        rows.append({"corpus": kind, "claims": done, "timed_transactions": len(walls),
                     "s_per_1000_claims": round(statistics.median(walls) * per, 3),
                     "cpu_s_per_1000_claims": round(statistics.median(cpus) * per, 3),
                     "relations": rels,
                     "relations_per_claim": round((rels - (rels_half or 0)) / (10 * docs * len(walls)), 1)})  # fmt: skip
    for row in rows:
        row["ratio_to_smallest"] = round(row["s_per_1000_claims"] / rows[0]["s_per_1000_claims"], 2)
        # the work a claim causes is its own rows plus the relations it finds: cost per 1,000 of both
        row["s_per_1000_claims_and_relations"] = round(row["s_per_1000_claims"] / (1 + row["relations_per_claim"]), 3)
    return rows


def _latency(store: SQLiteStore, entity: str, supplier: str) -> dict[str, Any]:
    queries = {
        "by_entity": lambda: store.claims(entity=entity, limit=50),
        "by_type": lambda: store.claims(type="attack", limit=50),
        "by_date": lambda: store.claims(since="2024-06-01", until="2024-06-30", limit=50),
        "entity_type_date": lambda: store.claims(entity=supplier, type="arms_transfer", since="2024-03-01", limit=50),
        "dossier": lambda: store.entity(supplier),
    }
    latency: dict[str, Any] = {}
    for name, q in queries.items():
        times = []
        for _ in range(10 if name == "dossier" else 30):
            t = time.perf_counter()
            q()
            times.append((time.perf_counter() - t) * 1000)
        times.sort()
        latency[name] = {"p50_ms": round(statistics.median(times), 1),
                         "p95_ms": round(times[max(int(0.95 * len(times)) - 1, 0)], 1)}  # fmt: skip
    return latency


def bench_linking(sizes: list[int], corpora: list[str], docs: int = 8) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    """Linking growth per corpus in one store each; query latency at the largest size of each."""
    rows: list[dict[str, Any]] = []
    latency: dict[str, Any] = {}
    for kind in corpora:
        with tempfile.TemporaryDirectory() as tmp:
            store = SQLiteStore(Path(tmp) / "l.sqlite")
            rows += _fill(store, kind, sizes, docs)
            ent, sup = ("weapon:kn-23", "country:KP") if kind == "worst" else ("weapon:w03", "country:S03")
            latency[kind] = _latency(store, ent, sup)
            store.close()
    return rows, latency


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--docs", type=int, default=1000, help="documents for the ingest part (0 skips it)")
    ap.add_argument("--claims", default="1000,10000,100000")
    ap.add_argument("--corpus", default="worst,realistic,steady", help="linking corpora: worst, realistic, steady")
    ap.add_argument("--workers", default="1,2", help="worker counts to measure ingest with")
    ap.add_argument("--batch", type=int, default=8, help="documents per transaction when linking (ingest writes 8)")
    a = ap.parse_args()
    ingest_rows = [bench_ingest(a.docs, int(w)) for w in a.workers.split(",") if w] if a.docs > 0 else []
    if ingest_rows:
        print(f"{'workers':>7} {'docs':>6} {'docs/s':>7} {'claims':>7} {'peak RSS MB':>11} {'tokenizer docs/s':>16}")
    for row in ingest_rows:
        print(f"{row['workers']:>7} {row['docs']:>6} {row['docs_per_s']:>7} {row['claims']:>7} {row['peak_rss_mb']:>11} "
              f"{row['baseline_tokenizer_docs_per_s']:>16}")  # fmt: skip
    sizes = [int(x) for x in a.claims.split(",")]
    link_rows, latency = bench_linking(sizes, [c for c in a.corpus.split(",") if c], a.batch)
    print(
        f"\n{'corpus':>9} {'claims':>8} {'s/1000 claims':>13} {'CPU s/1000':>10} {'x smallest':>10} {'relations':>10} {'rel/claim':>9} {'s/1000 claims+rels':>18}"
    )
    for row in link_rows:
        print(f"{row['corpus']:>9} {row['claims']:>8} {row['s_per_1000_claims']:>13} {row['cpu_s_per_1000_claims']:>10} "
              f"{row['ratio_to_smallest']:>10} {row['relations']:>10} {row['relations_per_claim']:>9} {row['s_per_1000_claims_and_relations']:>18}")  # fmt: skip
    for kind, lat in latency.items():
        print(f"\nquery latency, {kind} corpus at {max(sizes)} claims (ms):")
        for name, v in lat.items():
            print(f"  {name:18} p50 {v['p50_ms']:>7}  p95 {v['p95_ms']:>7}")
    out = ROOT / "bench" / "out"
    out.mkdir(parents=True, exist_ok=True)
    (out / "corpus.json").write_text(
        json.dumps({"ingest": ingest_rows, "linking": link_rows, "latency": latency}, indent=2)
    )


if __name__ == "__main__":
    main()
