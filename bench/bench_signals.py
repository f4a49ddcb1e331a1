"""Benchmark and calibration of the signals component: e5 vs static heading embedding.

usage: python bench/bench_signals.py [--rounds N] [--similarity]

Timing (default): the founding article (``../shared/corpus/de``) and the dev gold
documents (``tests/gold/docs``) are analysed once (warm-up: models loaded, nothing
timed). Then, in each round and for each article, the signals component (loaded
language, unsupported headings, sourcing profile; the body of
``signals.sourcing.make_signals``) runs with ``embedding="e5"``, with
``embedding="static"``, and with the static embedding after emptying its per-word caches
("static, cold": every word of heading and section is segmented again; a process
that has seen the words before skips that). Each article is run once untimed in each
mode before its timed run (warm CPU and word caches), after an untimed pass over all
articles in that mode. Each round runs the three modes one after another over all articles,
in a rotating order, so a busy machine slows all three alike and no mode runs right
after another mode's run on the same article (the e5 engine evicts the CPU caches). The
similarity caches are emptied before every run, so each run embeds its headings again. Prints the
median ms per article and mode, the ratio e5/static measured in the same run, and writes
``bench/out/signals.json``. The e5 engine runs on ``LAGEBILD_EMBED_THREADS`` threads
(default 1).

``--similarity``: calibration of ``headings.max_similarity_static``. Builds every
heading/section pair (section >= 15 words) of the founding article, the dev gold
documents and the VOA stories (``../shared/corpus/en``, title over text), and scores each
pair with e5 (query embedding of the heading, passage embedding of the section's first
1000 characters) and with the static embedding. Shuffled pairs pair a heading with the
section of another document in the same language. Reports Pearson and Spearman
correlation of the two models on the true pairs, each model's AUC for true against
shuffled pairs, and how often the decisions (below / at or above the threshold) agree,
for the configured thresholds, and the static threshold that agrees best with e5 at
``headings.max_similarity`` (on the true pairs; and balanced: the mean of the agreement
on true and on shuffled pairs, the criterion ``headings.max_similarity_static`` was set
by). Pairs the heading check actually embeds (partly supported headings naming a missing
entity) are counted separately. Writes ``bench/out/signals_similarity.json``.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
SHARED = ROOT.parent / "shared" / "corpus"
OUT = ROOT / "bench" / "out"

from lagebild import Document  # noqa: E402
from lagebild._api import Analyzer  # noqa: E402
from lagebild.settings import get_settings  # noqa: E402
from lagebild.signals import headings  # noqa: E402
from lagebild.signals._static import static_model, tokenizer  # noqa: E402
from lagebild.signals.loaded import loaded_language  # noqa: E402
from lagebild.signals.sourcing import sourcing_profile  # noqa: E402

__all__ = ["main"]


def _articles(voa: bool) -> list[tuple[str, str]]:
    """(name, text): the founding article, the dev gold documents, optionally the VOA stories."""
    out = [(p.name, p.read_text(encoding="utf-8")) for p in sorted((SHARED / "de").glob("*.txt"))]
    out += [(p.name, p.read_text(encoding="utf-8")) for p in sorted((ROOT / "tests" / "gold" / "docs").glob("*.txt"))]
    path = SHARED / "en" / "voa_stories.jsonl"
    if voa and path.exists():
        for line in path.read_text(encoding="utf-8").splitlines():
            rec = json.loads(line)
            out.append((f"voa_{rec['id']}", f"{rec['title']}\n\n{rec['text']}"))
    return out


def _analyse(texts: list[tuple[str, str]]) -> list[tuple[str, Document]]:
    analyzer = Analyzer()
    return [(name, analyzer.pipeline(Document(text=text, source=name))) for name, text in texts]


def _clear(cold: bool) -> None:
    headings._similarity.cache_clear()
    headings._static_similarity.cache_clear()
    if cold:
        static_model()._rows.clear()
        tokenizer()._cache.clear()


def _checked(doc: Document, embedding: str) -> list[tuple[str, str]]:
    """The heading/section pairs the heading check embeds for ``doc``."""
    seen: list[tuple[str, str]] = []
    original = headings.similarity

    def spy(heading: str, section: str, emb: str | None = None) -> float:
        seen.append((heading, section))
        return original(heading, section, emb)

    headings.similarity = spy  # type: ignore[assignment]
    try:
        headings.unsupported_headings(doc, float(get_settings()["headings"]["max_similarity"]), embedding)
    finally:
        headings.similarity = original
    return seen


def _timed(fn: Callable[[], Any]) -> float:
    t = time.perf_counter()
    fn()
    return (time.perf_counter() - t) * 1000


def timing(rounds: int) -> dict[str, Any]:
    settings = get_settings()
    max_sim = float(settings["headings"]["max_similarity"])
    threshold = float(settings["claims"]["checkworthy_threshold"])
    t = time.perf_counter()
    headings._model()
    e5_load = time.perf_counter() - t
    t = time.perf_counter()
    static_model()
    static_load = time.perf_counter() - t
    docs = _analyse(_articles(voa=False))

    def signals(doc: Document, embedding: str) -> None:
        doc.signals = loaded_language(doc) + headings.unsupported_headings(doc, max_sim, embedding)
        doc.sourcing = sourcing_profile(doc, threshold)

    modes = {"e5": ("e5", False), "static": ("static", False), "static_cold": ("static", True)}
    times: dict[str, dict[str, list[float]]] = {name: {m: [] for m in modes} for name, _ in docs}
    order = list(modes)
    for r in range(rounds):
        for mode in order[r % len(order) :] + order[: r % len(order)]:
            embedding, cold = modes[mode]
            for _name, doc in docs:  # the first articles after a change of mode ran slower
                signals(doc, embedding)
            for name, doc in docs:
                signals(doc, embedding)  # warm: the article's words are in the per-word caches
                _clear(cold)
                times[name][mode].append(_timed(lambda d=doc, e=embedding: signals(d, e)))  # type: ignore[misc]
    rows: list[dict[str, Any]] = []
    for name, doc in docs:
        med = {m: statistics.median(v) for m, v in times[name].items()}
        rows.append(
            {"article": name, "words": len(doc.text.split()), "checks": len(_checked(doc, "static"))}
            | {f"{m}_ms": round(v, 3) for m, v in med.items()}
        )
    summary: dict[str, dict[str, float]] = {}
    for m in modes:
        vals = [r[f"{m}_ms"] for r in rows]
        summary[m] = {"median": statistics.median(vals), "mean": statistics.fmean(vals), "max": max(vals)}
    checked = [r for r in rows if r["checks"]]
    for m in modes:
        summary[m]["mean_checked"] = statistics.fmean(r[f"{m}_ms"] for r in checked) if checked else 0.0
    return {
        "rounds": rounds,
        "load_s": {"e5": round(e5_load, 3), "static": round(static_load, 3)},
        "rows": rows,
        "summary": summary,
    }


def _print_timing(res: dict[str, Any]) -> None:
    print(f"model load (s): e5 {res['load_s']['e5']}, static {res['load_s']['static']}")
    print(f"signals component, median of {res['rounds']} rounds, ms per article")
    print("| article | words | embedded headings | e5 | static | static, cold | e5 / static |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    for r in res["rows"]:
        ratio = r["e5_ms"] / r["static_ms"] if r["static_ms"] else float("nan")
        print(
            f"| {r['article']} | {r['words']} | {r['checks']} | {r['e5_ms']:.2f} | {r['static_ms']:.2f} "
            f"| {r['static_cold_ms']:.2f} | {ratio:.1f} |"
        )
    s = res["summary"]
    for key, label in (
        ("median", "median"),
        ("mean", "mean"),
        ("mean_checked", "mean, articles with a check"),
        ("max", "max"),
    ):
        ratio = s["e5"][key] / s["static"][key] if s["static"][key] else float("nan")
        print(
            f"| **{label}** | | | {s['e5'][key]:.2f} | {s['static'][key]:.2f} | {s['static_cold'][key]:.2f} "
            f"| {ratio:.1f} |"
        )


# ---------------------------------------------------------------- calibration


def _ranks(x: np.ndarray) -> np.ndarray:
    order = np.argsort(x, kind="mergesort")
    r = np.empty(len(x))
    r[order] = np.arange(len(x))
    # average ranks of ties
    vals = x[order]
    i = 0
    while i < len(x):
        j = i
        while j + 1 < len(x) and vals[j + 1] == vals[i]:
            j += 1
        r[order[i : j + 1]] = (i + j) / 2
        i = j + 1
    return r


def _auc(pos: np.ndarray, neg: np.ndarray) -> float:
    """Probability that a true pair scores above a shuffled one (ties count half)."""
    r = _ranks(np.concatenate([pos, neg]))
    return float((r[: len(pos)].sum() - len(pos) * (len(pos) - 1) / 2) / (len(pos) * len(neg)))


def _agreement(e5: np.ndarray, st: np.ndarray, t_e5: float, t_st: float) -> float:
    return float(np.mean((e5 < t_e5) == (st < t_st))) if len(e5) else float("nan")


def _best(grid: np.ndarray, agreement: np.ndarray) -> float:
    """The middle of the thresholds with the highest agreement."""
    top = grid[agreement >= agreement.max() - 1e-12]
    return float(np.round(np.median(top), 2))


def calibrate() -> dict[str, Any]:
    conf = get_settings()["headings"]
    t_e5 = float(conf["max_similarity"])
    t_st = float(conf.get("max_similarity_static", 0.43))
    docs = _analyse(_articles(voa=True))
    heads: list[str] = []
    passages: list[str] = []
    langs: list[str] = []
    owner: list[int] = []
    checked: list[bool] = []
    for i, (_name, doc) in enumerate(docs):
        asked = {h for h, _ in _checked(doc, "static")} | {h for h, _ in _checked(doc, "e5")}
        for h, a, b in headings._sections(doc):
            body = doc.text[a:b]
            if len(body.split()) < 15:
                continue
            heads.append(h.text)
            passages.append(body[:1000])
            langs.append(doc.lang or "en")
            owner.append(i)
            checked.append(h.text in asked)
    model = headings._model()
    t = time.perf_counter()
    q = np.asarray(model.query(heads), dtype=np.float64)
    p = np.asarray(model.passage(passages), dtype=np.float64)
    e5_s = time.perf_counter() - t
    sm = static_model()
    t = time.perf_counter()
    qs = np.stack([sm.embed(h) for h in heads]).astype(np.float64)
    ps = np.stack([sm.embed(x) for x in passages]).astype(np.float64)
    st_s = time.perf_counter() - t
    e5_m, st_m = q @ p.T, qs @ ps.T
    n = len(heads)
    true = np.arange(n)
    lang_a, own_a = np.array(langs), np.array(owner)
    shuf = (lang_a[:, None] == lang_a[None, :]) & (own_a[:, None] != own_a[None, :])
    e5_true, st_true = e5_m[true, true], st_m[true, true]
    e5_shuf, st_shuf = e5_m[shuf], st_m[shuf]
    chk = np.array(checked)
    pearson = float(np.corrcoef(e5_true, st_true)[0, 1])
    spearman = float(np.corrcoef(_ranks(e5_true), _ranks(st_true))[0, 1])
    grid = np.round(np.arange(-0.2, 1.0, 0.01), 2)
    agree_true = np.array([_agreement(e5_true, st_true, t_e5, g) for g in grid])
    agree_shuf = np.array([_agreement(e5_shuf, st_shuf, t_e5, g) for g in grid])
    agree_bal = (agree_true + agree_shuf) / 2
    best_true, best_bal = _best(grid, agree_true), _best(grid, agree_bal)
    agree_t = _agreement(e5_true, st_true, t_e5, t_st)
    per_lang = {}
    for lang in sorted(set(langs)):
        m = lang_a == lang
        sh = shuf & m[:, None]
        per_lang[lang] = {
            "pairs": int(m.sum()),
            "shuffled": int(sh.sum()),
            "auc_e5": round(_auc(e5_true[m], e5_m[sh]), 3) if sh.any() else None,
            "auc_static": round(_auc(st_true[m], st_m[sh]), 3) if sh.any() else None,
        }
    return {
        "pairs": n,
        "checked_pairs": int(chk.sum()),
        "shuffled_pairs": int(shuf.sum()),
        "embed_seconds": {"e5": round(e5_s, 2), "static": round(st_s, 3)},
        "pearson": round(pearson, 3),
        "spearman": round(spearman, 3),
        "auc_e5": round(_auc(e5_true, e5_shuf), 3),
        "auc_static": round(_auc(st_true, st_shuf), 3),
        "per_lang": per_lang,
        "thresholds": {"e5": t_e5, "static": t_st},
        "agreement_true": round(agree_t, 3),
        "agreement_shuffled": round(_agreement(e5_shuf, st_shuf, t_e5, t_st), 3),
        "agreement_checked": round(_agreement(e5_true[chk], st_true[chk], t_e5, t_st), 3),
        "agreement_balanced": round((agree_t + _agreement(e5_shuf, st_shuf, t_e5, t_st)) / 2, 3),
        "best_static_threshold_true": best_true,
        "best_agreement_true": round(float(agree_true.max()), 3),
        "best_static_threshold_balanced": best_bal,
        "best_agreement_balanced": round(float(agree_bal.max()), 3),
        "below_threshold_true": {"e5": int((e5_true < t_e5).sum()), "static": int((st_true < t_st).sum())},
        "below_threshold_shuffled": {"e5": int((e5_shuf < t_e5).sum()), "static": int((st_shuf < t_st).sum())},
        "checked": [
            {"heading": heads[i], "e5": round(float(e5_true[i]), 3), "static": round(float(st_true[i]), 3)}
            for i in np.flatnonzero(chk)
        ],
        "quantiles": {
            "e5_true": np.round(np.quantile(e5_true, [0.05, 0.25, 0.5, 0.75, 0.95]), 3).tolist(),
            "e5_shuffled": np.round(np.quantile(e5_shuf, [0.05, 0.25, 0.5, 0.75, 0.95]), 3).tolist(),
            "static_true": np.round(np.quantile(st_true, [0.05, 0.25, 0.5, 0.75, 0.95]), 3).tolist(),
            "static_shuffled": np.round(np.quantile(st_shuf, [0.05, 0.25, 0.5, 0.75, 0.95]), 3).tolist(),
        },
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--similarity", action="store_true", help="calibrate: e5 vs static on heading/section pairs")
    args = ap.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    if args.similarity:
        res = calibrate()
        (OUT / "signals_similarity.json").write_text(json.dumps(res, indent=1, ensure_ascii=False))
        print(json.dumps({k: v for k, v in res.items() if k != "checked"}, indent=1))
        for c in res["checked"]:
            print(f"  checked: e5 {c['e5']:.3f} static {c['static']:.3f}  {c['heading']}")
        return 0
    res = timing(args.rounds)
    (OUT / "signals.json").write_text(json.dumps(res, indent=1))
    _print_timing(res)
    return 0


if __name__ == "__main__":
    sys.exit(main())
