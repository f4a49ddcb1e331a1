"""Benchmark: start-up of `lagebild analyze` and analysis time of a ~700-word article.

usage: python bench/bench_analyze.py [FILE]

Prints a table and writes bench/out/analyze.json. The baseline, measured in
the same run over the same text, is a bare regex word tokenizer: the floor any
pipeline pays to look at every word.
"""

from __future__ import annotations

import json
import re
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT = ROOT.parent / "shared" / "corpus" / "de" / "000_0a5fd2f504f6ac81.txt"


def _article() -> Path:
    if len(sys.argv) > 1:
        return Path(sys.argv[1])
    if DEFAULT.exists():
        return DEFAULT
    return sorted((ROOT / "tests" / "gold" / "docs").glob("de_*.txt"))[0]


def main() -> None:
    path = _article()
    text = path.read_text(encoding="utf-8")
    words = len(text.split())
    exe = [sys.executable, "-c", "from lagebild.cli import main; main()", "analyze", str(path)]
    starts = []
    for _ in range(3):
        t = time.perf_counter()
        subprocess.run(exe, check=True, capture_output=True)
        starts.append(time.perf_counter() - t)

    import lagebild

    lagebild.analyze(text)  # warm-up: KB, linker, detectors
    runs = []
    per_component: dict[str, list[float]] = {}
    for _ in range(30):
        t = time.perf_counter()
        rep = lagebild.analyze(text)
        runs.append(time.perf_counter() - t)
        for name, ms in rep.document.meta["timings_ms"].items():
            per_component.setdefault(name, []).append(ms)
    tok = re.compile(r"\w+|[^\w\s]")
    base = []
    for _ in range(30):
        t = time.perf_counter()
        tok.findall(text)
        base.append(time.perf_counter() - t)
    result = {
        "file": str(path),
        "words": words,
        "startup_s_median": round(statistics.median(starts), 3),
        "analyze_ms_median": round(statistics.median(runs) * 1000, 2),
        "analyze_ms_p95": round(sorted(runs)[int(0.95 * len(runs)) - 1] * 1000, 2),
        "baseline_tokenizer_ms_median": round(statistics.median(base) * 1000, 3),
    }
    for name, values in per_component.items():
        result[f"component_ms_{name}"] = round(statistics.median(values), 2)
    result["ratio_to_baseline"] = round(
        result["analyze_ms_median"] / max(result["baseline_tokenizer_ms_median"], 1e-6), 1
    )
    print(f"{'metric':32} value")
    for k, v in result.items():
        print(f"{k:32} {v}")
    out = ROOT / "bench" / "out"
    out.mkdir(parents=True, exist_ok=True)
    (out / "analyze.json").write_text(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
