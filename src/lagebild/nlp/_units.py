"""Unit and counted-noun lookup from ``lang/units.yaml``."""

from __future__ import annotations

from functools import cache
from importlib import resources
from typing import Any

from .._yaml import load_yaml_text

__all__ = ["count_unit", "measure_unit"]


@cache
def _data() -> dict[str, Any]:
    text = resources.files("lagebild.nlp").joinpath("lang", "units.yaml").read_text(encoding="utf-8")
    data: dict[str, Any] = load_yaml_text(text, "units.yaml")
    count: dict[str, tuple[dict[str, str], list[tuple[str, str]]]] = {}
    for lang, table in (data.get("count") or {}).items():
        exact = {k: v for k, v in table.items() if not k.endswith("*")}
        stems = sorted(((k[:-1], v) for k, v in table.items() if k.endswith("*")), key=lambda kv: -len(kv[0]))
        count[lang] = (exact, stems)
    data["_count"] = count
    return data


def measure_unit(token: str, lang: str) -> tuple[str, str] | None:
    hit = (_data().get("measure") or {}).get(token.casefold())
    return (str(hit[0]), str(hit[1])) if hit else None


def count_unit(word: str, lang: str) -> str | None:
    exact, stems = _data()["_count"].get(lang, ({}, []))
    w = word.casefold()
    if w in exact:
        return str(exact[w])
    for stem, unit in stems:
        # German compounds carry the counted noun at the end: "Kurzstreckenraketen"
        if w.startswith(stem) or (lang == "de" and len(w) > len(stem) + 3 and stem in w[3:]):
            return str(unit)
    return None
