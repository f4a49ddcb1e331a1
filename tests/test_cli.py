"""The command line: exit codes and one clear line for bad input, batches that go on."""

import json
import subprocess
import sys
from pathlib import Path

from .conftest import ROOT

EXE = [sys.executable, "-c", "from lagebild.cli import main; main()"]


def _run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*EXE, *args], capture_output=True, text=True, input=stdin, cwd=ROOT, timeout=120)


def test_cli_analyze_json_from_stdin() -> None:
    r = _run("analyze", "-", "--lang", "de", stdin="Iran hat 200 Shahed-136 an Russland geliefert.")
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    assert data["schema"] == "lagebild/report@1" and data["claims"][0]["type"] == "arms_transfer"


def test_cli_bad_inputs_fail_with_one_line_each(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    binary = tmp_path / "bin.dat"
    binary.write_bytes(b"\x00\x01\x02\xff" * 100)
    huge = tmp_path / "huge.txt"
    with huge.open("wb") as fh:
        fh.truncate(50 * 1024 * 1024)
    for path, code in (
        (empty, "LB103"),
        (binary, "LB104"),
        (huge, "LB105"),
        (tmp_path / "missing.txt", "LB101"),
        (tmp_path, "LB102"),
    ):
        r = _run("analyze", str(path))
        assert r.returncode != 0
        lines = [ln for ln in r.stderr.splitlines() if ln.strip()]
        assert code in lines[0] and "Traceback" not in r.stderr, r.stderr


def test_cli_batch_with_one_bad_file_writes_the_others(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text("Russland erhielt 100 Raketen aus Nordkorea.", encoding="utf-8")
    bad = tmp_path / "bad.txt"
    bad.write_text("")
    out = tmp_path / "out"
    r = _run("analyze", str(good), str(bad), "--out", str(out))
    assert r.returncode == 1
    assert (out / "good.json").exists() and not (out / "bad.json").exists()
    assert "bad.txt" in r.stderr.splitlines()[-1]


def test_cli_text_view_shows_claims() -> None:
    r = _run("analyze", "-", "--format", "text", stdin="Iran allegedly shipped 300 drones to Russia, officials said.")
    assert r.returncode == 0 and "arms_transfer" in r.stdout


def test_cli_kb_commands() -> None:
    assert "weapon:kn-15" in _run("kb", "search", "Pukguksong-2").stdout
    assert '"id": "weapon:kn-15"' in _run("kb", "show", "weapon:kn-15").stdout
    assert _run("kb", "show", "weapon:nope").returncode != 0
    assert '"entities"' in _run("kb", "stats").stdout


def test_cli_kb_validate_names_file_line_and_field(tmp_path: Path) -> None:
    bad = tmp_path / "mine.yaml"
    bad.write_text(
        "schema: lagebild/kb@1\nentities:\n  - id: weapon:x\n    type: weapon_system\n    name: X\n    colour: red\n"
    )
    r = _run("kb", "validate", str(bad))
    assert r.returncode != 0
    assert "mine.yaml:6" in r.stderr and "colour" in r.stderr and "Traceback" not in r.stderr
