"""Unknown people in Russian and Ukrainian text, found by natasha's news NER (offline).

natasha ships its model in the package; it is loaded once, on the first Russian
or Ukrainian document, and skipped when the optional extra is not installed
(``pip install lagebild[ru]``).
"""

from __future__ import annotations

from functools import cache
from typing import Any

from ..document import Document, Mention

__all__ = ["find_people_cyrillic", "transliterate"]

_TABLE = str.maketrans(
    {
        "а": "a", "б": "b", "в": "v", "г": "g", "ґ": "g", "д": "d", "е": "e", "ё": "e", "є": "ye", "ж": "zh",
        "з": "z", "и": "i", "і": "i", "ї": "yi", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
        "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
        "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya", "'": "", "’": "",
    }
)  # fmt: skip


def transliterate(name: str) -> str:
    return name.lower().translate(_TABLE)


@cache
def _natasha() -> Any:
    try:
        from natasha import NewsEmbedding, NewsNERTagger, Segmenter
    except ImportError:
        return None
    return Segmenter(), NewsNERTagger(NewsEmbedding())


def find_people_cyrillic(doc: Document, mentions: list[Mention]) -> list[Mention]:
    tools = _natasha()
    if tools is None:
        return []
    from natasha import Doc

    from ._entities import person_id

    segmenter, tagger = tools
    nd = Doc(doc.text)
    nd.segment(segmenter)
    nd.tag_ner(tagger)
    taken = [(m.start, m.end) for m in mentions]
    out = []
    for span in nd.spans:
        if span.type != "PER" or any(a < span.stop and span.start < b for a, b in taken):
            continue
        text = doc.text[span.start : span.stop]
        out.append(Mention(span.start, span.stop, text, person_id(transliterate(text)), "person", "pattern.natasha"))
    return out
