"""Our YAML loader: YAML 1.2 booleans, so word lists keep "on", "no", "yes"."""

from importlib import resources

from lagebild._yaml import load_yaml_text

BOOLEAN_KEYS = {"generic", "requires_item", "exclusive", "in_kb", "bulletin_continuation", "hundred_multiplies"}


def test_yaml_only_true_and_false_are_booleans() -> None:
    data = load_yaml_text("w: [on, off, yes, no, y, n, true, false, True]")
    assert data["w"] == ["on", "off", "yes", "no", "y", "n", True, False, True]


def _stray(node: object, key: str, out: list[str]) -> None:
    if isinstance(node, bool) and key not in BOOLEAN_KEYS:
        out.append(key)
    elif isinstance(node, dict):
        for k, v in node.items():
            _stray(v, str(k), out)
    elif isinstance(node, list):
        for v in node:
            _stray(v, key, out)


def test_yaml_packaged_data_holds_booleans_only_in_flag_fields() -> None:
    root = resources.files("lagebild")
    files = [p for d in ("kb/data", "kb", "extract/lexicons", "signals/lexicons", "nlp/lang")
             for p in root.joinpath(d).iterdir() if p.name.endswith(".yaml")]  # fmt: skip
    assert len(files) > 15
    for f in files:
        out: list[str] = []
        _stray(load_yaml_text(f.read_text(encoding="utf-8")), "", out)
        assert not out, (f.name, out)
