"""YAML loading with the C loader when available, and YAML 1.2 booleans.

PyYAML follows YAML 1.1, where unquoted ``on``, ``off``, ``yes``, ``no``, ``y`` and ``n``
are booleans: a lexicon line ``preps: [on, via]`` would hold ``True`` instead of the
word "on". Our data files are word lists, so only ``true`` and ``false`` are booleans.
"""

from __future__ import annotations

import re
from typing import Any

import yaml

__all__ = ["YAMLError", "load_yaml_text"]

YAMLError = yaml.YAMLError
try:
    _Base: type = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - pure-python PyYAML
    _Base = yaml.SafeLoader


class _Loader(_Base):  # type: ignore[misc, valid-type]
    """The safe loader with booleans as in YAML 1.2 (true/false only)."""


_Loader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:bool"]
    for first, resolvers in _Base.yaml_implicit_resolvers.items()  # type: ignore[attr-defined]
}
_Loader.add_implicit_resolver(
    "tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF")
)


def load_yaml_text(text: str, name: str = "<yaml>") -> Any:
    return yaml.load(text, Loader=_Loader)  # noqa: S506 - a subclass of the safe loader
