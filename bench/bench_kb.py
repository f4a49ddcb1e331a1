"""Benchmark: KB load time and linker throughput.

usage: python bench/bench_kb.py

KB load is timed cold (parse and validate every YAML file) and warm (the
validated KB cached by content hash). Linker throughput is words per second of
``Linker.find`` on one core over real text (the VOA corpus in ../shared when
present, our gold documents otherwise), next to a regex word tokenizer over the
same text in the same run. Prints a table and writes bench/out/kb.json.
"""

from __future__ import annotations

import json
import os
import re
import statistics
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VOA = ROOT.parent / "shared" / "corpus" / "en" / "voa_stories.jsonl"


def _texts() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "tests" / "gold" / "docs").glob("*.txt"))]
    if VOA.exists():
        texts += [json.loads(line)["text"] for line in VOA.read_text(encoding="utf-8").splitlines() if line.strip()]
    return texts


def main() -> None:
    os.environ["LAGEBILD_CACHE"] = tempfile.mkdtemp(prefix="lagebild-bench-")
    from lagebild.kb.link import Linker
    from lagebild.kb.load import load_kb

    cold = []
    for _ in range(3):
        for f in Path(os.environ["LAGEBILD_CACHE"]).glob("*"):
            f.unlink()
        t = time.perf_counter()
        kb = load_kb()
        cold.append(time.perf_counter() - t)
    warm = []
    for _ in range(5):
        t = time.perf_counter()
        kb = load_kb()
        warm.append(time.perf_counter() - t)
    t = time.perf_counter()
    linker = Linker(kb)
    build = time.perf_counter() - t

    texts = _texts()
    words = sum(len(x.split()) for x in texts)
    rounds = max(1, 1_000_000 // max(words, 1))
    t = time.perf_counter()
    mentions = 0
    for _ in range(rounds):
        for x in texts:
            mentions += len(linker.find(x))
    link_s = time.perf_counter() - t
    tok = re.compile(r"\w+|[^\w\s]")
    t = time.perf_counter()
    for _ in range(rounds):
        for x in texts:
            tok.findall(x)
    tok_s = time.perf_counter() - t
    result = {
        "entities": len(kb),
        "kb_load_cold_s": round(statistics.median(cold), 3),
        "kb_load_warm_s": round(statistics.median(warm), 3),
        "linker_build_s": round(build, 3),
        "words_linked": words * rounds,
        "mentions": mentions,
        "linker_words_per_s": int(words * rounds / link_s),
        "baseline_tokenizer_words_per_s": int(words * rounds / tok_s),
    }
    result["linker_vs_tokenizer"] = round(result["baseline_tokenizer_words_per_s"] / result["linker_words_per_s"], 2)
    from _common import print_metrics

    print_metrics("kb.json", result)


if __name__ == "__main__":
    main()
