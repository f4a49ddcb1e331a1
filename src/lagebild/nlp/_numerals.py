"""Spelled-out numbers made of several words: "сорок три тысячи пятьсот", "двадцяти восьми",
"twenty-eight", "three hundred and fifty", "полутора миллиардов".

The words and their values come from the language data (`number_words`, with the inflected
`numerals` merged in); this module only composes a run of them into one value, the way the
numbers are spoken: tens before units, hundreds before tens, a scale word ("тысяч", "million")
multiplying what came before it.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from ._resources import lang_data

__all__ = ["compose_numeral", "is_ordinal_word"]


@cache
def _words(lang: str) -> dict[str, float]:
    return {str(k).casefold(): float(v) for k, v in (lang_data(lang).get("number_words") or {}).items()}


@cache
def _token_re(lang: str) -> re.Pattern[str]:
    words = sorted(_words(lang), key=len, reverse=True)
    joiners = [str(j) for j in lang_data(lang).get("numeral_joiners") or []]
    alt = "|".join(re.escape(w) for w in words) or "(?!x)x"
    joins = "|".join(re.escape(j) for j in joiners) or "(?!x)x"
    return re.compile(rf"(?<!\w)(?:(?P<join>{joins})|(?P<word>{alt}))(?!\w)", re.IGNORECASE)


def compose_numeral(raw: str, lang: str) -> tuple[float, int] | None:
    """The value of the longest well-formed run of number words at the start of ``raw`` and the
    length of that run in characters; None when ``raw`` does not start with a number word.

    "сорок три тысячи" is 43000; "три сорок" stops after "три" (a smaller word before a larger
    one ends the number); "двести тысяч миллионов" stops before "миллионов" (scales only fall).
    """
    data: dict[str, Any] = lang_data(lang)
    multiplies = bool(data.get("hundred_multiplies"))
    words = _words(lang)
    total = 0.0
    current = 0.0
    room = float("inf")  # the largest value the next additive word may have
    last_scale = float("inf")
    end = 0
    pos = 0
    pending_join = False
    for m in _token_re(lang).finditer(raw):
        gap = raw[pos : m.start()]
        if gap.strip(" -\u00a0") or (pos and not gap):
            break  # something other than a space or a hyphen between two number words
        if m.group("join"):
            if not end or pending_join or room >= 100 or current == 0 and total == 0:
                break  # "and" joins only after "hundred" or a scale word: "three hundred and fifty"
            pending_join = True
            pos = m.end()
            continue
        value = words.get(m.group("word").casefold())
        if value is None:
            break
        if value >= 1000 or (value == 100 and multiplies):
            if value >= last_scale or (value == 100 and current >= 100):
                break
            if value == 100:
                current = (current or 1) * 100
                room = 99
            else:
                total += (current or 1) * value
                current = 0
                last_scale = value
                room = value - 1
        else:
            if value > room or value != int(value) and end:
                break  # "три сорок": a larger word after a smaller one starts a new number
            current += value
            if value != int(value):
                room = 0  # "полтора" takes only a scale word after it
            elif value >= 100:
                room = 99
            elif value >= 20 and value % 10 == 0:
                room = 9
            else:
                room = 0
        pending_join = False
        end = m.end()
        pos = m.end()
    if not end:
        return None
    return total + current, end


@cache
def _ordinal_re(lang: str) -> re.Pattern[str]:
    pattern = str(lang_data(lang).get("ordinal_pattern") or "(?!x)x")
    return re.compile(rf"[\s-]*{pattern}(?![\w'’])", re.IGNORECASE)


def is_ordinal_word(text: str, at: int, lang: str) -> bool:
    """Whether an ordinal numeral ("седьмом", "двадцятому", "seventh") follows right at ``at``:
    the run of numbers before it is a date or a rank ("в две тысячи двадцать седьмом году")."""
    return _ordinal_re(lang).match(text, at) is not None
