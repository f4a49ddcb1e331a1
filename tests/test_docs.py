"""Docs as tests: every command and setting is documented, README examples run."""

import re
import subprocess
import sys
import tomllib
from importlib import resources

from .conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def _keys(d: dict[str, object], prefix: str = "") -> list[str]:
    out = []
    for k, v in d.items():
        if isinstance(v, dict):
            out += _keys(v, f"{prefix}{k}.")
        elif k != "version":
            out.append(prefix + k)
    return out


def test_docs_every_setting_is_documented() -> None:
    settings = tomllib.loads(resources.files("lagebild").joinpath("settings.toml").read_text())
    missing = [k for k in _keys(settings) if f"`{k}`" not in README]
    assert not missing, missing


def test_docs_every_command_is_documented() -> None:
    for cmd in (
        "lagebild analyze",
        "lagebild eval",
        "lagebild kb search",
        "lagebild kb show",
        "lagebild kb validate",
        "lagebild kb stats",
        "make run",
        "make test",
        "make bench",
    ):
        assert cmd in README, cmd


def test_docs_readme_python_example_runs() -> None:
    code = re.search(r"```python\n(.*?)```", README, re.S)
    assert code is not None
    out = subprocess.run([sys.executable, "-c", code.group(1)], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert out.returncode == 0, out.stderr
    assert '"schema": "lagebild/report@1"' in out.stdout


def test_docs_readme_example_output_is_current() -> None:
    import json

    import lagebild

    shown = json.loads(re.search(r"its first claim:\n\n```json\n(.*?)```", README, re.S).group(1))  # type: ignore[union-attr]
    text = (ROOT / "samples" / "de_iran_drohnen.txt").read_text(encoding="utf-8")
    claim = lagebild.analyze(text).to_dict()["claims"][0]
    for key in ("text", "type", "factuality", "attribution", "args"):
        assert claim[key] == shown[key], key
