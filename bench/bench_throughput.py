# ruff: noqa: E501 - benchmark tables
"""Benchmark: analysis throughput and ingest throughput with peak memory, next to spaCy's blank tokenizer.

usage: python bench/bench_throughput.py [--docs 1000] [--ingest-docs 10000] [--seed 11]

1. Analyse: ``--docs`` generated German and English reports (bench/synth.py,
   300-650 words each; language detected, not given) in one process with one
   ``Analyzer``; documents/s and words/s per language, and peak RSS.
2. Ingest: ``--ingest-docs`` generated reports analysed and stored in a fresh
   SQLite file the way ``lagebild ingest`` does by default (two analysis
   processes for large batches, this process the writer); documents/s and the
   peak RSS of the whole process tree, sampled every 0.1 s. Then query latency
   on that store (claims by entity, type, date; full-text search).
Baseline, same run, same texts: spaCy's blank tokenizer (``spacy.blank(lang)``),
timed document by document right next to the analysis, and before and after
the ingest (the mean), so that both see the same machine load.
Prints tables and writes bench/out/throughput.json.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import TreeRSS, spacy_baseline, table, words, write_json  # noqa: E402
from synth import articles  # noqa: E402

from lagebild.document import Document  # noqa: E402


def bench_analyse(n: int, seed: int) -> list[dict[str, Any]]:
    """Analyse each report and, right before it, tokenise it with spaCy: both see the same machine load."""
    import spacy

    from lagebild._api import Analyzer

    items = list(articles(n, seed=seed))
    t = time.perf_counter()
    analyser = Analyzer()
    startup = time.perf_counter() - t
    analyser.analyze("Iran hat im Oktober 200 Drohnen an Russland geliefert.")  # warm-up: detectors, caches
    blank = {lang: spacy.blank(lang) for lang in ("de", "en")}
    for nlp in blank.values():
        nlp("Warm-up.")
    secs: dict[str, float] = {}
    base: dict[str, float] = {}
    claims = 0
    with TreeRSS() as rss:
        for _name, text, lang in items:
            t = time.perf_counter()
            blank[lang](text)
            t1 = time.perf_counter()
            report = analyser.analyze_document(Document(text=text))
            t2 = time.perf_counter()
            base[lang] = base.get(lang, 0.0) + t1 - t
            secs[lang] = secs.get(lang, 0.0) + t2 - t1
            claims += len(report.claims)
    rows = []
    for lang in [*sorted(secs), "all"]:
        texts = [t for _n, t, lg in items if lang in (lg, "all")]
        took = sum(secs.values()) if lang == "all" else secs[lang]
        ref = sum(base.values()) if lang == "all" else base[lang]
        rows.append({"lang": lang, "docs": len(texts), "words": words(texts), "seconds": round(took, 2),
                     "docs_per_s": round(len(texts) / took, 1), "words_per_s": round(words(texts) / took),
                     "spacy_docs_per_s": round(len(texts) / ref, 1), "spacy_words_per_s": round(words(texts) / ref),
                     "x_spacy_time": round(took / ref, 1)})  # fmt: skip
    rows[-1] |= {"claims": claims, "analyzer_startup_s": round(startup, 2), **rss.as_dict()}
    return rows


def _latency(fn: Any, runs: int = 30) -> dict[str, float]:
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t) * 1000)
    times.sort()
    return {"p50_ms": round(statistics.median(times), 2), "p95_ms": round(times[int(0.95 * runs) - 1], 2)}


def bench_ingest(n: int, seed: int) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    from lagebild.corpus.ingest import ingest
    from lagebild.store import SQLiteStore

    items = list(articles(n, seed=seed))
    texts, langs = [t for _n, t, _l in items], [lg for _n, _t, lg in items]
    with tempfile.TemporaryDirectory() as tmp:
        store = SQLiteStore(Path(tmp) / "t.sqlite")
        docs = [Document(text=t, source=name) for name, t, _l in items]
        before = spacy_baseline(texts, langs)
        with TreeRSS() as rss:
            t = time.perf_counter()
            summary = ingest(store, docs)
            secs = time.perf_counter() - t
        del docs
        stats = store.stats()
        after = spacy_baseline(texts, langs)
        base = {"seconds": (before["seconds"] + after["seconds"]) / 2}
        base["docs_per_s"] = round(n / base["seconds"], 1)
        row = {"docs": n, "words": words(texts), "new": summary.new, "failed": len(summary.failed),
               "claims": stats["claims"], "seconds": round(secs, 1), "docs_per_s": round(n / secs, 1),
               "words_per_s": round(words(texts) / secs), "spacy_docs_per_s": base["docs_per_s"],
               "x_spacy_time": round(secs / base["seconds"], 1), **rss.as_dict()}  # fmt: skip
        queries = {
            "claims_by_entity": lambda: store.claims(entity="weapon:shahed-136", limit=50),
            "claims_by_type": lambda: store.claims(type="attack", limit=50),
            "claims_by_date": lambda: store.claims(since="2024-06-01", until="2024-06-30", limit=50),
            "claims_entity_type_date": lambda: store.claims(
                entity="country:KP", type="arms_transfer", since="2024-03-01", limit=50
            ),
            "full_text_search": lambda: store.search("Drohnen", limit=20),
            "entity_dossier": lambda: store.entity("country:IR"),
        }
        # reference: spaCy's blank tokenizer over one report, the smallest unit of work a query replaces
        ref = spacy_baseline(texts[:200], langs[:200])["seconds"] / 200 * 1000
        lat = [{"query": name, **_latency(q), "spacy_ms_per_doc": round(ref, 2)} for name, q in queries.items()]
        store.close()
    return row, lat


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--docs", type=int, default=1000, help="reports to analyse (throughput)")
    ap.add_argument("--ingest-docs", type=int, default=10000, help="reports to ingest (peak RSS); 0 skips")
    ap.add_argument("--seed", type=int, default=11)
    a = ap.parse_args()
    analyse = bench_analyse(a.docs, a.seed)
    print(f"== analyse {a.docs} reports, one process (spaCy blank tokenizer over the same texts, same run) ==")
    print(
        table(
            analyse,
            [
                "lang",
                "docs",
                "words",
                "seconds",
                "docs_per_s",
                "words_per_s",
                "spacy_docs_per_s",
                "spacy_words_per_s",
                "x_spacy_time",
            ],
        )
    )
    last = analyse[-1]
    print(
        f"analyzer start-up {last['analyzer_startup_s']} s, claims {last['claims']}, peak RSS {last['peak_self_mb']} MB"
    )
    result: dict[str, Any] = {"analyse": analyse}
    if a.ingest_docs:
        row, lat = bench_ingest(a.ingest_docs, a.seed + 1)
        print(f"\n== ingest {a.ingest_docs} reports into SQLite (default: 2 analysis processes, 1 writer) ==")
        print(
            table(
                [row],
                [
                    "docs",
                    "seconds",
                    "docs_per_s",
                    "words_per_s",
                    "claims",
                    "failed",
                    "spacy_docs_per_s",
                    "x_spacy_time",
                    "peak_total_mb",
                    "peak_process_mb",
                    "processes",
                ],
            )
        )
        verdict = "met" if row["peak_total_mb"] <= 1024 else "NOT met"
        print(f"bar: peak RSS of the whole process tree <= 1 GB while ingesting {a.ingest_docs}: {verdict}")
        print(f"\n== query latency on that store ({row['claims']} claims) ==")
        print(table(lat, ["query", "p50_ms", "p95_ms", "spacy_ms_per_doc"]))
        result |= {"ingest": row, "latency": lat}
    print(f"\nwrote {write_json('throughput.json', result)}")


if __name__ == "__main__":
    main()
