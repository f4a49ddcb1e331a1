# ruff: noqa: E501 - benchmark tables
"""Benchmark: page and API render times of `lagebild serve` with 10,000 documents in the store.

usage: python bench/bench_web.py [--docs 10000] [--distinct 300] [--runs 20] [--db PATH]

The store: ``--distinct`` generated German/English reports (bench/synth.py) are
analysed once; each report is then stored ``docs / distinct`` times as a new
document (its own id, title, outlet and publication date; the text gets a
distinct closing line), so the store holds ``--docs`` documents with all their
claims, mentions and cross-document relations. ``--db`` keeps the file and
reuses it on the next run.

Each page and API route is requested ``--runs`` times in-process (Starlette's
test client: routing, SQL, Jinja2 rendering); p50 and p95 in ms are printed
next to the baseline of the same run, ``GET /static/app.css`` (the framework's
own floor, no SQL, no template). Writes bench/out/web.json.
"""

from __future__ import annotations

import argparse
import copy
import json
import statistics
import sys
import time
import warnings
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from synth import articles  # noqa: E402

from lagebild import Analyzer  # noqa: E402
from lagebild.store import SQLiteStore  # noqa: E402


def build(path: Path, docs: int, distinct: int) -> SQLiteStore:
    store = SQLiteStore(path)
    have = store.stats()["documents"]
    if have >= docs:
        print(f"reusing {path}: {have} documents")
        return store
    analyzer = Analyzer()
    base = []
    t = time.perf_counter()
    for name, text, lang in articles(distinct, seed=11):
        base.append((name, text, analyzer.analyze(text, lang=lang).to_dict()))
    print(f"analysed {distinct} reports in {time.perf_counter() - t:.1f} s")
    t = time.perf_counter()
    batch: list[tuple[dict[str, Any], str, dict[str, Any]]] = []
    for i in range(have, docs):
        name, text, report = base[i % distinct]
        copy_no = i // distinct
        text2 = text + f"\n\nCopy {copy_no}, desk {i}."
        r = copy.deepcopy(report)
        r["document"]["id"] = f"bench-{i:06d}"
        r["document"]["title"] = f"{r['document'].get('title') or name} ({i})"
        r["document"]["published"] = f"2024-{1 + i % 12:02d}-{1 + i % 28:02d}"
        batch.append((r, text2, {"outlet": f"Outlet {i % 37}", "url": f"https://example.org/{i}"}))
        if len(batch) == 50:
            store.add_many(batch)
            batch = []
    if batch:
        store.add_many(batch)
    print(f"stored {docs - have} documents in {time.perf_counter() - t:.1f} s")
    return store


def timed(client: Any, path: str, runs: int, cold: bool = False) -> dict[str, float]:
    from lagebild.web import _queries

    store = client.app.state.ctx.store
    times = []
    for _ in range(runs):
        if cold:  # as right after an ingest: the corpus aggregates are computed afresh
            _queries.clear_cache(store)
        t = time.perf_counter()
        r = client.get(path, headers={"accept": "text/html"})
        times.append((time.perf_counter() - t) * 1000)
        assert r.status_code == 200, (path, r.status_code, r.text[:300])
    times.sort()
    return {"p50_ms": round(statistics.median(times), 1), "p95_ms": round(times[int(0.95 * (len(times) - 1))], 1)}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--docs", type=int, default=10_000)
    ap.add_argument("--distinct", type=int, default=300)
    ap.add_argument("--runs", type=int, default=20)
    ap.add_argument("--db", type=Path, default=ROOT / "bench" / "out" / "web-bench.sqlite")
    a = ap.parse_args()
    a.db.parent.mkdir(parents=True, exist_ok=True)
    store = build(a.db, a.docs, a.distinct)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from fastapi.testclient import TestClient

    from lagebild.web import create_app

    client = TestClient(create_app(store))
    stats = store.stats()
    doc = client.get("/api/documents", params={"limit": 1, "offset": a.docs // 2}).json()["items"][0]["id"]
    claim = client.get("/api/claims", params={"limit": 1}).json()["items"][0]["id"]
    top = client.get("/api/entities", params={"limit": 1}).json()["items"][0]["id"]
    paths = [
        "/", "/documents", "/documents?offset=5000", f"/documents/{doc}", "/claims", "/claims?type=arms_transfer",
        "/claims?entity=Shahed-136&factuality=reported", "/claims?since=2024-06-01&until=2024-06-30",
        f"/claims/{claim}", "/entities", f"/entities/{top}", "/entities/country:IR", "/timeline",
        "/timeline?entity=country:IR", "/transfers", "/search?q=Kharkiv", "/api/stats", "/api/claims?limit=50",
        f"/api/documents/{doc}", "/api/entities/country:IR", "/api/transfers",
    ]  # fmt: skip
    for p in paths[:3]:  # warm-up: templates compiled, KB loaded, caches filled
        client.get(p)
    base = timed(client, "/static/app.css", a.runs)
    rows = {p: timed(client, p, a.runs) for p in paths}
    cold = {p: timed(client, p, max(3, a.runs // 4), cold=True) for p in paths}
    print(
        f"\nstore: {stats['documents']} documents, {stats['claims']} claims, {sum(stats['relations'].values())} relations"
    )
    print(f"{'route':52} {'p50 ms':>8} {'p95 ms':>8} {'x base':>8} {'cold p95':>9}")
    print(f"{'baseline GET /static/app.css':52} {base['p50_ms']:8.1f} {base['p95_ms']:8.1f} {1:8.1f}")
    for p, r in rows.items():
        ratio = r["p50_ms"] / max(base["p50_ms"], 0.01)
        print(f"{p[:52]:52} {r['p50_ms']:8.1f} {r['p95_ms']:8.1f} {ratio:8.1f} {cold[p]['p95_ms']:9.1f}")
    worst = max(rows.items(), key=lambda kv: kv[1]["p95_ms"])
    worst_cold = max(cold.items(), key=lambda kv: kv[1]["p95_ms"])
    print(
        f"\nslowest p95: {worst[0]} {worst[1]['p95_ms']} ms; cold caches: {worst_cold[0]} {worst_cold[1]['p95_ms']} ms"
    )
    print("(bar: < 300 ms; 'cold' clears the corpus-aggregate cache before every request, as after an ingest)")
    out = {"store": stats, "runs": a.runs, "baseline": base, "routes": rows, "cold": cold, "slowest": worst[0]}
    (ROOT / "bench" / "out" / "web.json").write_text(json.dumps(out, indent=2))


if __name__ == "__main__":
    main()
