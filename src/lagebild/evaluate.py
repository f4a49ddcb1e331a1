"""Score reports against gold annotations (``shared/eval/FORMAT.md`` section 3).

Our own implementation of the contract's scoring, used by ``lagebild eval``
and the eval gate. ``tests/test_evaluate_matches_score_py.py`` shows it gives
the same figures as the independent ``score.py``.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import error

__all__ = ["Scores", "score_corpus", "score_document"]

ENTITY_TYPES = frozenset({"country", "weapon_system", "munition", "organization", "person", "place", "military_unit"})
OPINION_TYPES = frozenset({"assessment", "prediction"})
UNSOURCED_KINDS = frozenset({"author", "anonymous", "", None})
PRF_KEYS = ("entity", "claim", "args", "loaded", "headline")
ACC_KEYS = ("type", "factuality", "source_kind", "source", "kb", "offsets")


def _key(value: Any) -> str:
    return " ".join(str(value).casefold().split())


def _keyset(values: Iterable[Any]) -> set[str]:
    return {k for k in (_key(v) for v in values if v is not None) if k}


def report_entity_keys(ent: dict[str, Any]) -> set[str]:
    vals: list[Any] = [ent.get("name") or "", *(ent.get("aliases") or [])]
    vals += [m.get("text") or "" for m in ent.get("mentions") or []]
    if ent.get("code"):
        vals.append(ent["code"])
    return _keyset(vals)


def gold_entity_keys(names: Iterable[Any] | None, code: Any = None) -> set[str]:
    return _keyset([*(names or []), *([code] if code else [])])


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def prf(self) -> tuple[float, float, float]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return round(p, 3), round(r, 3), round(f, 3)


@dataclass
class Ratio:
    right: int = 0
    total: int = 0

    def add(self, ok: bool) -> None:
        self.total += 1
        self.right += int(bool(ok))

    def value(self) -> float | None:
        return round(self.right / self.total, 3) if self.total else None


@dataclass
class Scores:
    prf: dict[str, Counts] = field(default_factory=lambda: {k: Counts() for k in PRF_KEYS})
    acc: dict[str, Ratio] = field(default_factory=lambda: {k: Ratio() for k in ACC_KEYS})
    docs: int = 0
    missing: list[str] = field(default_factory=list)
    per_doc: list[dict[str, Any]] = field(default_factory=list)

    def summary(self) -> dict[str, Any]:
        out: dict[str, Any] = {"docs": self.docs, "missing_reports": len(self.missing)}
        for k in PRF_KEYS:
            p, r, f = self.prf[k].prf()
            out.update({f"{k}_p": p, f"{k}_r": r, f"{k}_f1": f})
        for k in ACC_KEYS:
            out[f"{k}_acc"] = self.acc[k].value()
        return out


def _span(obj: dict[str, Any]) -> tuple[int, int]:
    return obj.get("start", -1), obj.get("end", -1)


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _find(text: str, quote: str) -> tuple[int, int] | None:
    i = text.find(quote)
    return (i, i + len(quote)) if i >= 0 else None


def _score_entities(gold: dict[str, Any], report: dict[str, Any], c: Counts) -> None:
    predicted = [report_entity_keys(e) for e in report.get("entities") or [] if e.get("type") in ENTITY_TYPES]
    matched: set[int] = set()
    for g in gold.get("entities") or []:
        wanted = gold_entity_keys(g.get("names"), g.get("code"))
        idx = next((i for i, keys in enumerate(predicted) if i not in matched and keys & wanted), None)
        if idx is None:
            c.fn += 1
        else:
            matched.add(idx)
            c.tp += 1
    optional = [gold_entity_keys(g.get("names"), g.get("code")) for g in gold.get("optional_entities") or []]
    c.fp += sum(1 for i, keys in enumerate(predicted) if i not in matched and not any(keys & o for o in optional))


def _arg_counts(g: dict[str, Any], p: dict[str, Any], ents: dict[str, dict[str, Any]]) -> tuple[int, int, int]:
    args = p.get("args") or {}
    tp = fp = fn = 0

    def keys(eid: Any) -> set[str]:
        if eid in ents:
            return report_entity_keys(ents[eid])
        return {_key(eid)} if eid else set()

    def tally(hit: bool, gold_has: bool, pred_counts: bool) -> None:
        nonlocal tp, fp, fn
        if hit:
            tp += 1
        else:
            fn += int(gold_has)
            fp += int(pred_counts)

    for name in ("supplier", "recipient"):
        gv, pv = g.get(name), args.get(name)
        tally(bool(gv and pv and _key(gv) in keys(pv)), bool(gv), bool(pv))
    for name in ("location", "subject"):
        gv, pv = g.get(name), args.get(name)
        tally(bool(gv and pv and keys(pv) & gold_entity_keys(gv)), bool(gv), bool(pv))
    gv, pv = g.get("attribute"), args.get("attribute")
    tally(bool(gv and pv and _key(gv) == _key(pv)), bool(gv), bool(pv) and "attribute" in g)
    pitems = [keys(i) for i in args.get("items") or []]
    used: set[int] = set()
    for names in g.get("items") or []:
        idx = next((i for i, k in enumerate(pitems) if i not in used and k & gold_entity_keys(names)), None)
        if idx is None:
            fn += 1
        else:
            used.add(idx)
            tp += 1
    fp += len(pitems) - len(used)
    values = [q.get("value") for q in args.get("quantities") or [] if isinstance(q.get("value"), int | float)]
    usedq: set[int] = set()
    for q in g.get("quantities") or []:
        idx = next(
            (i for i, v in enumerate(values) if i not in usedq and abs(v - q["value"]) <= 0.005 * abs(q["value"])),
            None,
        )
        if idx is None:
            fn += 1
        else:
            usedq.add(idx)
            tp += 1
    fp += len(values) - len(usedq)
    gd = g.get("date")
    raw = args.get("date")
    pd = raw.get("value") if isinstance(raw, dict) else raw
    tally(bool(gd and pd and str(pd).startswith(gd)), bool(gd), bool(pd) and "date" in g)
    return tp, fp, fn


def _source_ok(g: dict[str, Any], p: dict[str, Any], ents: dict[str, dict[str, Any]]) -> bool:
    att = p.get("attribution") or {}
    wanted = gold_entity_keys(g.get("source"))
    if not wanted:
        return att.get("source_kind") in UNSOURCED_KINDS and not att.get("source_entity")
    have = {_key(att.get("source") or "")}
    if att.get("source_entity") in ents:
        have |= report_entity_keys(ents[att["source_entity"]])
    have.discard("")
    return any(h == w or w in h for h in have for w in wanted)


def _score_spans(text: str, phrases: list[str], spans: list[dict[str, Any]], c: Counts) -> None:
    gold = [loc for loc in (_find(text, p) for p in phrases) if loc]
    pred = [_span(s) for s in spans]
    c.tp += sum(1 for g in gold if any(_overlap(g, p) for p in pred))
    c.fn += sum(1 for g in gold if not any(_overlap(g, p) for p in pred))
    c.fp += sum(1 for p in pred if not any(_overlap(g, p) for g in gold))


def score_document(text: str, gold: dict[str, Any], report: dict[str, Any], s: Scores, name: str = "") -> None:
    ents = {e.get("id"): e for e in report.get("entities") or []}
    for e in report.get("entities") or []:
        for m in e.get("mentions") or []:
            s.acc["offsets"].add(text[m.get("start", 0) : m.get("end", 0)] == m.get("text"))
    for c in report.get("claims") or []:
        s.acc["offsets"].add(text[c.get("start", 0) : c.get("end", 0)] == c.get("text"))
    _score_entities(gold, report, s.prf["entity"])
    counted = [
        c
        for c in report.get("claims") or []
        if (c.get("checkworthy") or 0) >= 0.5 and c.get("type") not in OPINION_TYPES
    ]
    spans = [_span(c) for c in counted]
    located: list[tuple[int, int]] = []
    for g in gold.get("claims") or []:
        loc = _find(text, g["quote"])
        if loc is None:
            raise error("LB402", doc=gold.get("doc", name), quote=g["quote"])
        located.append(loc)
        idx = next((i for i, sp in enumerate(spans) if _overlap(sp, loc)), None)
        if idx is None:
            s.prf["claim"].fn += 1
            continue
        s.prf["claim"].tp += 1
        p = counted[idx]
        s.acc["type"].add(p.get("type") == g.get("type"))
        s.acc["factuality"].add(p.get("factuality") == g.get("factuality"))
        s.acc["source_kind"].add((p.get("attribution") or {}).get("source_kind") == g.get("source_kind"))
        s.acc["source"].add(_source_ok(g, p, ents))
        tp, fp, fn = _arg_counts(g, p, ents)
        s.prf["args"].tp += tp
        s.prf["args"].fp += fp
        s.prf["args"].fn += fn
    neutral = located + [loc for loc in (_find(text, b) for b in gold.get("borderline") or []) if loc]
    s.prf["claim"].fp += sum(1 for sp in spans if not any(_overlap(sp, n) for n in neutral))
    sig = report.get("signals") or {}
    _score_spans(text, gold.get("loaded_language") or [], sig.get("loaded_language") or [], s.prf["loaded"])
    _score_spans(text, gold.get("headline_mismatch") or [], sig.get("headline_mismatch") or [], s.prf["headline"])
    by_id = {c.get("id"): c for c in report.get("claims") or []}
    for k in gold.get("kb_checks") or []:
        loc = _find(text, k["quote"]) or (-1, -1)
        verdicts = [
            ch.get("verdict")
            for ch in report.get("checks") or []
            if ch.get("claim") in by_id
            and _overlap(_span(by_id[ch["claim"]]), loc)
            and _key(ch.get("attribute") or "") == _key(k["attribute"])
        ]
        s.acc["kb"].add(k["expected"] in verdicts)


def score_corpus(
    gold_dir: Path,
    root: Path | None = None,
    reports: Path | None = None,
    analyse: Callable[[str, dict[str, Any]], dict[str, Any]] | None = None,
) -> Scores:
    """Score every ``GOLD_DIR/NAME.json`` against ``REPORTS/NAME.json``, or against a fresh analysis."""
    golds = sorted(gold_dir.glob("*.json")) if gold_dir.is_dir() else []
    if not golds:
        raise error("LB401", path=str(gold_dir))
    root = root or gold_dir.resolve().parent.parent
    s = Scores()
    for gpath in golds:
        gold = json.loads(gpath.read_text(encoding="utf-8"))
        text = (root / gold["doc"]).read_text(encoding="utf-8")
        report: dict[str, Any] = {}
        if reports is not None:
            rpath = reports / gpath.name
            if rpath.exists():
                report = json.loads(rpath.read_text(encoding="utf-8"))
            else:
                s.missing.append(gpath.name)
        elif analyse is not None:
            report = analyse(text, gold)
        before = {k: (v.tp, v.fp, v.fn) for k, v in s.prf.items()}
        score_document(text, gold, report, s, gpath.name)
        s.docs += 1
        row: dict[str, Any] = {"doc": gpath.stem}
        for k in ("entity", "claim", "args"):
            tp0, fp0, fn0 = before[k]
            row[k] = {"tp": s.prf[k].tp - tp0, "fp": s.prf[k].fp - fp0, "fn": s.prf[k].fn - fn0}
        s.per_doc.append(row)
    return s
