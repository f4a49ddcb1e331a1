"""Benchmark: start-up of `lagebild analyze` and analysis time of a ~700-word article.

usage: python bench/bench_analyze.py [FILE] [--runs N] [--synth N] [--no-startup]

Prints a table and writes bench/out/analyze.json. Two baselines are measured in
the same run over the same text, interleaved with the analysis rounds so that a
busy machine slows all of them alike:

- a bare regex word tokenizer: the floor any pipeline pays to look at every word;
- spaCy's blank tokenizer (``spacy.blank(lang)``, the issue's yardstick: analysis
  should stay within 5x of it, i.e. >= 100 articles/s per core at 700 words).

``--synth N`` adds a corpus round: N generated de/en reports (bench/synth.py,
300-700 words) analysed one after another, with the spaCy blank tokenizer over
the same texts; it reports articles/s on one core for both. Timings are wall
clock of one process (one core); ``LAGEBILD_EMBED_THREADS`` (default 1) sets the
threads of the e5 heading check, the only multi-threaded step.
"""

from __future__ import annotations

import argparse
import re
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DEFAULT = ROOT.parent / "shared" / "corpus" / "de" / "000_0a5fd2f504f6ac81.txt"


def _article(arg: str | None) -> Path:
    if arg:
        return Path(arg)
    if DEFAULT.exists():
        return DEFAULT
    return sorted((ROOT / "tests" / "gold" / "docs").glob("de_*.txt"))[0]


_cpu: dict[int, float] = {}  # id(list of wall times) -> summed CPU seconds of those runs


def _timed(fn: Callable[[], Any], into: list[float] | None = None) -> tuple[float, Any]:
    """Wall seconds of ``fn()`` and its result; with ``into``, the wall time is appended there
    and the process CPU time added to its CPU sum (less sensitive to other processes)."""
    c, t = time.process_time(), time.perf_counter()
    out = fn()
    wall = time.perf_counter() - t
    if into is not None:
        into.append(wall)
        _cpu[id(into)] = _cpu.get(id(into), 0.0) + time.process_time() - c
    return wall, out


def _p95(values: list[float]) -> float:
    return sorted(values)[max(0, int(0.95 * len(values)) - 1)]


def _startup(path: Path) -> float:
    exe = [sys.executable, "-c", "from lagebild.cli import main; main()", "analyze", str(path)]
    starts = []
    for _ in range(3):
        t = time.perf_counter()
        subprocess.run(exe, check=True, capture_output=True)
        starts.append(time.perf_counter() - t)
    return statistics.median(starts)


def _corpus(n: int, blank: dict[str, Any]) -> dict[str, Any]:
    """Articles/s over ``n`` generated reports, analysis and spaCy blank tokenizer alike."""
    sys.path.insert(0, str(ROOT / "bench"))
    from synth import articles

    import lagebild

    docs = list(articles(n, seed=23))
    for _, text, lang in docs[:4]:
        lagebild.analyze(text)  # warm-up of both languages
        blank[lang](text)
    ana = spa = 0.0
    for _, text, lang in docs:
        t = time.perf_counter()
        lagebild.analyze(text)
        t2 = time.perf_counter()
        blank[lang](text)
        ana, spa = ana + (t2 - t), spa + (time.perf_counter() - t2)
    words = sum(len(t.split()) for _, t, _ in docs)
    return {
        "synth_articles": n,
        "synth_words_per_article": round(words / n),
        "synth_analyze_articles_per_s": round(n / ana, 1),
        "synth_spacy_blank_articles_per_s": round(n / spa, 1),
        "synth_ratio_to_spacy_blank": round(ana / spa, 2),
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("file", nargs="?")
    ap.add_argument("--runs", type=int, default=30)
    ap.add_argument("--synth", type=int, default=0, help="also time N generated articles")
    ap.add_argument("--no-startup", action="store_true", help="skip the three CLI start-up runs")
    args = ap.parse_args()
    path = _article(args.file)
    text = path.read_text(encoding="utf-8")
    words = len(text.split())
    result: dict[str, Any] = {"file": str(path), "words": words}
    if not args.no_startup:
        result["startup_s_median"] = round(_startup(path), 3)

    import spacy

    import lagebild

    first = lagebild.analyze(text)  # warm-up: KB, linker, detectors
    lang = first.document.lang or "en"
    blank = {code: spacy.blank(code) for code in ("de", "en")}
    if lang not in blank:
        blank[lang] = spacy.blank(lang)
    blank[lang](text)
    tok = re.compile(r"\w+|[^\w\s]")
    runs: list[float] = []
    spacy_runs: list[float] = []
    base: list[float] = []
    per_component: dict[str, list[float]] = {}
    for _ in range(args.runs):  # interleaved: the three share the machine's state
        _, rep = _timed(lambda: lagebild.analyze(text), runs)
        for name, ms in rep.document.meta["timings_ms"].items():
            per_component.setdefault(name, []).append(ms)
        _timed(lambda: blank[lang](text), spacy_runs)
        _timed(lambda: tok.findall(text), base)
    result.update(
        {
            "analyze_ms_median": round(statistics.median(runs) * 1000, 2),
            "analyze_ms_p95": round(_p95(runs) * 1000, 2),
            "baseline_tokenizer_ms_median": round(statistics.median(base) * 1000, 3),
        }
    )
    for name, values in per_component.items():
        result[f"component_ms_{name}"] = round(statistics.median(values), 2)
    result["ratio_to_baseline"] = round(
        result["analyze_ms_median"] / max(result["baseline_tokenizer_ms_median"], 1e-6), 1
    )
    spacy_ms = statistics.median(spacy_runs) * 1000
    result["spacy_blank_ms_median"] = round(spacy_ms, 3)
    result["ratio_to_spacy_blank"] = round(result["analyze_ms_median"] / max(spacy_ms, 1e-6), 2)
    result["analyze_articles_per_s"] = round(1000 / result["analyze_ms_median"], 1)
    result["spacy_blank_articles_per_s"] = round(1000 / max(spacy_ms, 1e-6), 1)
    # CPU time of this process (mean per run): what one core spends, whatever else runs
    result["analyze_cpu_ms_mean"] = round(_cpu[id(runs)] / len(runs) * 1000, 2)
    result["spacy_blank_cpu_ms_mean"] = round(_cpu[id(spacy_runs)] / len(spacy_runs) * 1000, 3)
    result["cpu_ratio_to_spacy_blank"] = round(_cpu[id(runs)] / max(_cpu[id(spacy_runs)], 1e-9), 2)
    if args.synth:
        result.update(_corpus(args.synth, blank))
    from _common import print_metrics

    print_metrics("analyze.json", result)


if __name__ == "__main__":
    main()
