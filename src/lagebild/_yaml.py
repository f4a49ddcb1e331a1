"""YAML loading with the C loader when available."""

from __future__ import annotations

from typing import Any

import yaml

__all__ = ["YAMLError", "load_yaml_text"]

YAMLError = yaml.YAMLError
try:
    _Loader: type = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - pure-python PyYAML
    _Loader = yaml.SafeLoader


def load_yaml_text(text: str, name: str = "<yaml>") -> Any:
    return yaml.load(text, Loader=_Loader)  # noqa: S506 - safe loader
