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


def _cli_commands() -> list[tuple[str, list[str]]]:
    import typer

    from lagebild.cli._app import _register, app

    _register()

    def walk(cmd: object, prefix: str) -> list[tuple[str, list[str]]]:
        subs = getattr(cmd, "commands", None)
        if subs:
            return [x for name, sub in sorted(subs.items()) for x in walk(sub, f"{prefix} {name}")]
        opts = [o for p in getattr(cmd, "params", []) for o in getattr(p, "opts", []) if o.startswith("--")]
        return [(prefix, opts)]

    return walk(typer.main.get_command(app), "lagebild")


def test_docs_every_cli_command_and_option_in_the_commands_table() -> None:
    rows = [line for line in README.splitlines() if line.startswith("| `lagebild ")]
    commands = _cli_commands()
    assert len(commands) >= 12
    for name, opts in commands:
        row = next((r for r in rows if r.startswith(f"| `{name} ") or r.startswith(f"| `{name}`")), None)
        assert row is not None, f"{name} has no row in the README's command table"
        missing = [o for o in opts if o not in row]
        assert not missing, f"{name}: options not documented in its row: {missing}"


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


def test_docs_every_environment_variable_is_documented() -> None:
    names: set[str] = set()
    for folder in ("src", "tests", "bench"):
        for path in (ROOT / folder).rglob("*.py"):
            names |= set(re.findall(r"LAGEBILD_[A-Z_]+[A-Z]", path.read_text(encoding="utf-8")))
    assert names, "no environment variables found"
    missing = sorted(n for n in names if f"`{n}`" not in README)
    assert not missing, missing


def test_docs_reading_conventions_table_matches_the_analyser() -> None:
    import lagebild

    page = (ROOT / "docs" / "reading-conventions.md").read_text(encoding="utf-8")
    rows = [
        [cell.strip() for cell in line.strip().strip("|").split("|")]
        for line in page.splitlines()
        if re.match(r"\|\s*(?:de|en|ru|uk)\s*\|", line)
    ]
    assert len(rows) >= 20
    wrong = []
    for lang, sentence, kind, factuality, _why in rows:
        claims = lagebild.analyze(sentence, lang=lang).to_dict()["claims"]
        got = (claims[0]["attribution"]["source_kind"], claims[0]["factuality"]) if claims else None
        if got != (kind, factuality):
            wrong.append((sentence, got))
    assert not wrong, wrong
    assert "docs/reading-conventions.md" in README
