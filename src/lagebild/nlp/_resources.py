"""Per-language data files (``lang/*.yaml``), loaded once."""

from __future__ import annotations

from functools import cache
from importlib import resources
from typing import Any

from .._yaml import load_yaml_text

__all__ = ["lang_data"]


@cache
def lang_data(lang: str) -> dict[str, Any]:
    base = resources.files("lagebild.nlp").joinpath("lang")
    name = f"{lang}.yaml"
    if not base.joinpath(name).is_file():
        name = "en.yaml"
    data: dict[str, Any] = load_yaml_text(base.joinpath(name).read_text(encoding="utf-8"), name)
    data["_abbrev"] = {str(a).casefold() for a in data.get("abbreviations") or []}
    # the inflected numerals join the number words: {value: [forms]} becomes {form: value}
    words = dict(data.get("number_words") or {})
    for value, forms in (data.get("numerals") or {}).items():
        words.update({str(form): value for form in forms})
    data["number_words"] = words
    return data
