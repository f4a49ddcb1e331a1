"""Reports of a fixed article set, to check that a speed-up changes no output.

usage: python bench/report_snapshot.py OUT.json [--compare OLD.json] [--synth N]

Analyses the gold, held-out and sample articles, the shared corpus (German
founding article, VOA stories) when ``../shared`` is there, and N generated
reports (bench/synth.py), each without and with a publication date, and writes
their report@1 JSON (timings left out). With ``--compare`` it lists the
articles whose reports differ from an earlier snapshot and exits 1 if any do.
"""

from __future__ import annotations

import argparse
import difflib
import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "corpus"


def _texts(synth_n: int) -> list[tuple[str, str]]:
    items = []
    for folder in ("tests/gold/docs", "samples"):
        items += [(f"{folder}/{p.name}", p.read_text(encoding="utf-8")) for p in sorted((ROOT / folder).glob("*.txt"))]
    if SHARED.is_dir():
        items += [(f"shared/{p.name}", p.read_text(encoding="utf-8")) for p in sorted(SHARED.glob("de/*.txt"))]
        voa = SHARED / "en" / "voa_stories.jsonl"
        if voa.exists():
            for line in voa.read_text(encoding="utf-8").splitlines():
                rec = json.loads(line)
                items.append((f"voa/{rec['id']}", f"{rec['title']}\n\n{rec['text']}"))
    sys.path.insert(0, str(ROOT / "bench"))
    from synth import articles

    items += [(f"synth/{name}", text) for name, text, _ in articles(synth_n, seed=7)]
    return items


def _strip(x: Any) -> Any:
    if isinstance(x, dict):
        return {k: _strip(v) for k, v in x.items() if "timing" not in k}
    if isinstance(x, list):
        return [_strip(v) for v in x]
    return x


def snapshot(synth_n: int) -> dict[str, Any]:
    import lagebild

    out = {}
    for name, text in _texts(synth_n):
        plain = json.loads(lagebild.analyze(text).to_json())
        dated = json.loads(lagebild.analyze(text, published="2024-11-05").to_json())
        out[name] = _strip([plain, dated])
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out")
    ap.add_argument("--compare")
    ap.add_argument("--synth", type=int, default=200)
    args = ap.parse_args()
    snap = snapshot(args.synth)
    Path(args.out).write_text(json.dumps(snap, ensure_ascii=False, sort_keys=True))
    print(f"{len(snap)} articles -> {args.out}")
    if not args.compare:
        return
    old = json.loads(Path(args.compare).read_text())
    differing = [k for k in snap if snap[k] != old.get(k)]
    for k in differing[:5]:
        a = json.dumps(old.get(k), indent=1, ensure_ascii=False, sort_keys=True).splitlines()
        b = json.dumps(snap[k], indent=1, ensure_ascii=False, sort_keys=True).splitlines()
        print(f"== {k}")
        print("\n".join(list(difflib.unified_diff(a, b, lineterm="", n=2))[:40]))
    print(f"differing: {len(differing)} of {len(snap)}")
    sys.exit(1 if differing else 0)


if __name__ == "__main__":
    main()
