# ruff: noqa: E501 - benchmark tables
"""Benchmark: ingest throughput, store linking growth, query latency.

usage: python bench/bench_corpus.py [--docs N] [--claims 1000,10000,100000]

1. Ingest: N generated German/English reports (bench/synth.py) analysed and
   stored in a fresh SQLite file, with 1 and 2 worker processes; documents per
   second and peak RSS, next to a regex tokenizer over the same texts (baseline,
   same run).
2. Linking growth: stores filled with 1k, 10k and 100k claims (ten per
   document, structured like real reports, drawn from a small set of keys so
   that relations form); seconds per 1,000 claims at each size.
3. Query latency at the largest size: p95 of claims by entity, by type, by date.
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


def _fake_report(i: int, r: random.Random) -> tuple[dict[str, Any], str]:
    sup = r.choice(["country:IR", "country:KP", "country:BY", "country:CN"])
    text = f"Synthetic report {i}: " + " ".join(
        r.choice(["alpha", "beta", "gamma", "delta", "omega"]) + str(r.randrange(10**6)) for _ in range(60)
    )
    claims = []
    for k in range(10):
        t = r.choice(["arms_transfer", "troop_deployment", "attack", "casualties"])
        args: dict[str, Any] = {"quantities": [{"value": r.randrange(1, 500) * 10, "unit": "units", "approx": "exact"}],
                                "date": {"value": f"2024-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}", "granularity": "day"}}  # fmt: skip
        if t in ("arms_transfer", "troop_deployment"):
            args |= {
                "supplier": sup,
                "recipient": "country:RU",
                "items": [r.choice(["weapon:kn-23", "weapon:shahed-136"])],
            }
        else:
            args |= {"location": r.choice(["place:kharkiv", "place:odesa", "place:sumy"])}
        claims.append({"id": f"c{k}", "start": 0, "end": 10, "text": text[:10], "type": t, "checkworthy": 0.8,
                       "factuality": "reported", "attribution": {"source_kind": "government"}, "args": args})  # fmt: skip
    doc_id = f"sha256-{i:064d}"
    ents = [{"id": sup, "type": "country", "name": sup, "mentions": []}]
    return {"document": {"id": doc_id, "lang": "en", "title": f"r{i}", "published": "2024-12-01", "source": None},
            "entities": ents, "claims": claims}, text  # fmt: skip


def bench_linking(sizes: list[int]) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    r = random.Random(5)
    rows = []
    latency: dict[str, Any] = {}
    with tempfile.TemporaryDirectory() as tmp:
        store = SQLiteStore(Path(tmp) / "l.sqlite")
        done = 0
        for size in sorted(sizes):
            t = time.perf_counter()
            start = done
            while done < size:
                rep, text = _fake_report(done // 10, r)
                store.add(rep, text)
                done += 10
            secs = time.perf_counter() - t
            rows.append({"claims": size, "added": done - start, "seconds": round(secs, 2),
                         "s_per_1000_claims": round(secs / max(done - start, 1) * 1000, 3),
                         "relations": sum(store.stats()["relations"].values())})  # fmt: skip
        queries = {
            "by_entity": lambda: store.claims(entity="weapon:kn-23", limit=50),
            "by_type": lambda: store.claims(type="attack", limit=50),
            "by_date": lambda: store.claims(since="2024-06-01", until="2024-06-30", limit=50),
            "entity_type_date": lambda: store.claims(
                entity="country:KP", type="arms_transfer", since="2024-03-01", limit=50
            ),
        }
        for name, q in queries.items():
            times = []
            for _ in range(30):
                t = time.perf_counter()
                q()
                times.append((time.perf_counter() - t) * 1000)
            times.sort()
            latency[name] = {
                "p50_ms": round(statistics.median(times), 1),
                "p95_ms": round(times[int(0.95 * len(times)) - 1], 1),
            }
    return rows, latency


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--docs", type=int, default=1000)
    ap.add_argument("--claims", default="1000,10000,100000")
    ap.add_argument("--workers", default="1,2", help="worker counts to measure ingest with")
    a = ap.parse_args()
    ingest_rows = [bench_ingest(a.docs, int(w)) for w in a.workers.split(",")]
    print(f"{'workers':>7} {'docs':>6} {'docs/s':>7} {'claims':>7} {'peak RSS MB':>11} {'tokenizer docs/s':>16}")
    for row in ingest_rows:
        print(f"{row['workers']:>7} {row['docs']:>6} {row['docs_per_s']:>7} {row['claims']:>7} {row['peak_rss_mb']:>11} "
              f"{row['baseline_tokenizer_docs_per_s']:>16}")  # fmt: skip
    sizes = [int(x) for x in a.claims.split(",")]
    link_rows, latency = bench_linking(sizes)
    print(f"\n{'claims':>8} {'s per 1000 claims':>18} {'relations':>10}")
    for row in link_rows:
        print(f"{row['claims']:>8} {row['s_per_1000_claims']:>18} {row['relations']:>10}")
    print(f"\nquery latency at {max(sizes)} claims (ms):")
    for name, v in latency.items():
        print(f"  {name:18} p50 {v['p50_ms']:>7}  p95 {v['p95_ms']:>7}")
    out = ROOT / "bench" / "out"
    out.mkdir(parents=True, exist_ok=True)
    (out / "corpus.json").write_text(
        json.dumps({"ingest": ingest_rows, "linking": link_rows, "latency": latency}, indent=2)
    )


if __name__ == "__main__":
    main()
