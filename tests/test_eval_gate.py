"""The eval gate: floors fail a regression and only go up unless lowering is explicit."""

import importlib.util
import json
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from .conftest import ROOT


def _gate() -> ModuleType:
    spec = importlib.util.spec_from_file_location("eval_gate", ROOT / "scripts" / "eval_gate.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@pytest.fixture()
def gate(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Any:
    mod = _gate()
    gold = tmp_path / "gold"
    gold.mkdir()
    (gold / "x.json").write_text("{}")
    monkeypatch.setattr(mod, "FLOORS", tmp_path / "floors.json")
    monkeypatch.setattr(mod, "SETS", {"toy": (gold, tmp_path)})
    monkeypatch.setattr(mod, "run_set", lambda g, r: {"claim_f1": 0.7})
    return mod


def test_eval_gate_fails_below_floor(gate: Any) -> None:
    gate.FLOORS.write_text(json.dumps({"toy": {"claim_f1": 0.8}}))
    assert gate.main([]) == 1


def test_eval_gate_passes_at_floor_and_update_raises(gate: Any) -> None:
    gate.FLOORS.write_text(json.dumps({"toy": {"claim_f1": 0.6}}))
    assert gate.main([]) == 0
    assert gate.main(["--update"]) == 0
    assert json.loads(gate.FLOORS.read_text())["toy"]["claim_f1"] == 0.7


def test_eval_gate_lowering_needs_flag(gate: Any) -> None:
    gate.FLOORS.write_text(json.dumps({"toy": {"claim_f1": 0.9}}))
    assert gate.main(["--update"]) == 1
    assert json.loads(gate.FLOORS.read_text())["toy"]["claim_f1"] == 0.9
    assert gate.main(["--update", "--allow-lower"]) == 0
    assert json.loads(gate.FLOORS.read_text())["toy"]["claim_f1"] == 0.7
