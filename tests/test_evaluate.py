"""Our scorer against the independent ../shared/eval/score.py on the same reports."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

import lagebild
from lagebild.evaluate import score_corpus

from .conftest import ROOT, SHARED

SETS = [(SHARED / "eval" / "gold", SHARED), (ROOT / "tests" / "gold", ROOT)]


def _write_reports(gold_dir: Path, root: Path, out: Path) -> None:
    for g in sorted(gold_dir.glob("*.json")):
        gold = json.loads(g.read_text())
        text = (root / gold["doc"]).read_text(encoding="utf-8")
        rep = lagebild.analyze(text, lang=gold.get("lang"), published=gold.get("published"))
        (out / g.name).write_text(rep.to_json())


@pytest.mark.parametrize("gold_dir,root", SETS)
def test_evaluate_matches_score_py(gold_dir: Path, root: Path, tmp_path: Path) -> None:
    script = SHARED / "eval" / "score.py"
    if not script.exists() or not gold_dir.is_dir():
        pytest.skip("../shared/eval is absent: nothing to compare against")
    _write_reports(gold_dir, root, tmp_path)
    # drop one report to compare the handling of missing reports too
    first = sorted(tmp_path.glob("*.json"))[0]
    if len(list(tmp_path.glob("*.json"))) > 1:
        first.unlink()
    ref = subprocess.run(
        [sys.executable, str(script), str(gold_dir), str(tmp_path), "--root", str(root), "--quiet"],
        capture_output=True,
        text=True,
        check=True,
    )
    theirs = json.loads(ref.stdout.strip().splitlines()[-1])
    ours = score_corpus(gold_dir, root=root, reports=tmp_path).summary()
    assert ours == theirs


def test_evaluate_perfect_and_empty_reports(tmp_path: Path) -> None:
    text = "Iran hat 200 Drohnen an Russland geliefert."
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "a.txt").write_text(text)
    gold_dir = tmp_path / "gold"
    gold_dir.mkdir()
    gold = {
        "doc": "docs/a.txt",
        "entities": [{"type": "country", "code": "IR", "names": ["Iran"]}],
        "claims": [
            {
                "quote": "200 Drohnen",
                "type": "arms_transfer",
                "factuality": "asserted",
                "source_kind": "author",
                "source": [],
                "supplier": "IR",
                "quantities": [{"value": 200}],
            }
        ],
    }
    (gold_dir / "a.json").write_text(json.dumps(gold))
    reports = tmp_path / "reports"
    reports.mkdir()
    report = {
        "entities": [
            {
                "id": "country:IR",
                "type": "country",
                "name": "Iran",
                "code": "IR",
                "mentions": [{"start": 0, "end": 4, "text": "Iran"}],
            }
        ],
        "claims": [
            {
                "id": "c1",
                "start": 0,
                "end": len(text),
                "text": text,
                "type": "arms_transfer",
                "checkworthy": 0.9,
                "factuality": "asserted",
                "attribution": {"source_kind": "author"},
                "args": {"supplier": "country:IR", "quantities": [{"value": 200}]},
            }
        ],
    }
    (reports / "a.json").write_text(json.dumps(report))
    s = score_corpus(gold_dir, root=tmp_path, reports=reports).summary()
    assert s["entity_f1"] == 1.0 and s["claim_f1"] == 1.0 and s["args_f1"] == 1.0 and s["offsets_acc"] == 1.0
    (reports / "a.json").unlink()
    s = score_corpus(gold_dir, root=tmp_path, reports=reports).summary()
    assert s["missing_reports"] == 1 and s["claim_f1"] == 0.0
