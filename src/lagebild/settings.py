"""Packaged defaults (``settings.toml``) layered with an optional user file."""

from __future__ import annotations

import os
import tomllib
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from .errors import error

__all__ = ["get_settings", "load_settings", "merge"]


def merge(base: dict[str, Any], over: dict[str, Any]) -> dict[str, Any]:
    out = dict(base)
    for key, value in over.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = merge(out[key], value)
        else:
            out[key] = value
    return out


def load_settings(user_file: str | os.PathLike[str] | None = None) -> dict[str, Any]:
    text = resources.files("lagebild").joinpath("settings.toml").read_text(encoding="utf-8")
    settings = tomllib.loads(text)
    path = user_file or os.environ.get("LAGEBILD_SETTINGS")
    if path:
        try:
            settings = merge(settings, tomllib.loads(Path(path).read_text(encoding="utf-8")))
        except (OSError, tomllib.TOMLDecodeError) as exc:
            raise error("LB204", path=str(path), why=str(exc)) from None
    return settings


@cache
def get_settings() -> dict[str, Any]:
    return load_settings()
