"""Shared pieces of the benchmarks: spaCy baseline, process-tree memory sampling, tables, JSON out.

The baseline of every timing is spaCy's blank tokenizer (``spacy.blank("de")`` /
``spacy.blank("en")``) over the same texts in the same run: the floor any
pipeline pays to look at every word.
"""

from __future__ import annotations

import json
import os
import resource
import threading
import time
from collections.abc import Iterable, Sequence
from pathlib import Path
from types import TracebackType
from typing import Any

import psutil

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "out"

__all__ = ["OUT", "ROOT", "TreeRSS", "print_metrics", "spacy_baseline", "table", "words", "write_json"]


def words(texts: Iterable[str]) -> int:
    return sum(len(t.split()) for t in texts)


def spacy_baseline(texts: Sequence[str], langs: Sequence[str]) -> dict[str, Any]:
    """Tokenise ``texts`` with spaCy's blank pipeline of each text's language (one process); docs/s, words/s."""
    import spacy

    nlps = {lang: spacy.blank(lang) for lang in sorted(set(langs))}
    for lang, nlp in nlps.items():  # warm-up, outside the timing
        nlp("Warm-up sentence." if lang == "en" else "Ein Satz zum Aufwärmen.")
    t = time.perf_counter()
    tokens = 0
    for text, lang in zip(texts, langs, strict=True):
        tokens += len(nlps[lang](text))
    secs = time.perf_counter() - t
    return {"seconds": round(secs, 3), "docs_per_s": round(len(texts) / secs, 1),
            "words_per_s": round(words(texts) / secs), "tokens": tokens}  # fmt: skip


class TreeRSS:
    """Peak resident memory of this process and all its descendants, sampled every ``interval`` seconds.

    ``peak_total_mb``: the largest sum over the process tree at one sample;
    ``peak_process_mb``: the largest single process; ``peak_self_mb``: this
    process (``ru_maxrss``, exact); ``cpu_s``: CPU seconds (user + system) the
    tree spent inside the block (children as last sampled), which, unlike wall
    time, does not depend on what else runs on the machine.
    """

    def __init__(self, interval: float = 0.1) -> None:
        self.interval = interval
        self.peak_total = 0
        self.peak_process = 0
        self.max_processes = 0
        self._cpu: dict[int, float] = {}
        self._cpu0 = 0.0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _sample(self) -> None:
        me = psutil.Process(os.getpid())
        total = 0
        procs = [me, *me.children(recursive=True)]
        for p in procs:
            try:
                rss = p.memory_info().rss
                cpu = p.cpu_times()
            except psutil.Error:
                continue
            self._cpu[p.pid] = cpu.user + cpu.system
            total += rss
            self.peak_process = max(self.peak_process, rss)
        self.peak_total = max(self.peak_total, total)
        self.max_processes = max(self.max_processes, len(procs))

    def cpu_now(self) -> float:
        """CPU seconds of the tree since the block began, sampled now."""
        self._sample()
        return sum(self._cpu.values()) - self._cpu0

    def _run(self) -> None:
        while not self._stop.is_set():
            self._sample()
            self._stop.wait(self.interval)

    def __enter__(self) -> TreeRSS:
        cpu = psutil.Process(os.getpid()).cpu_times()
        self._cpu0 = cpu.user + cpu.system  # children started inside the block count from zero
        self._thread.start()
        return self

    def __exit__(self, typ: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        self._stop.set()
        self._thread.join()
        self._sample()

    def as_dict(self) -> dict[str, Any]:
        return {
            "peak_total_mb": round(self.peak_total / 2**20, 1),
            "peak_process_mb": round(self.peak_process / 2**20, 1),
            "peak_self_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
            "processes": self.max_processes,
            "cpu_s": round(sum(self._cpu.values()) - self._cpu0, 1),
        }


def table(rows: Sequence[dict[str, Any]], columns: Sequence[str]) -> str:
    """A plain text table of ``columns`` of ``rows``."""
    cells = [[str(r.get(c, "")) for c in columns] for r in rows]
    widths = [max([len(c)] + [len(row[i]) for row in cells]) for i, c in enumerate(columns)]
    lines = ["  ".join(c.rjust(w) for c, w in zip(columns, widths, strict=True))]
    lines += ["  ".join(v.rjust(w) for v, w in zip(row, widths, strict=True)) for row in cells]
    return "\n".join(lines)


def write_json(name: str, data: dict[str, Any]) -> Path:
    OUT.mkdir(parents=True, exist_ok=True)
    path = OUT / name
    path.write_text(json.dumps(data, indent=2, ensure_ascii=False), encoding="utf-8")
    return path


def print_metrics(name: str, result: dict[str, Any]) -> Path:
    """Print a two-column metric/value table and write it as ``bench/out/NAME``."""
    width = max(len(k) for k in result) + 2
    print(f"{'metric':{width}} value")
    for k, v in result.items():
        print(f"{k:{width}} {v}")
    return write_json(name, result)
