"""Line structure, headings and title."""

from __future__ import annotations

import re
from typing import Any

from ..document import Document, Heading
from ..pipeline import Step, component
from ..settings import get_settings

__all__ = ["find_blocks", "is_heading_line"]

_LINE = re.compile(r"[^\n]+")
_FINAL_PUNCT = ".!?:;,…\"'»«“”)"


def find_blocks(text: str) -> list[tuple[int, int]]:
    """Non-empty lines as (start, end), trimmed of surrounding whitespace."""
    blocks = []
    for m in _LINE.finditer(text):
        s, e = m.start(), m.end()
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            blocks.append((s, e))
    return blocks


def is_heading_line(line: str, max_words: int, title: bool = False) -> bool:
    words = line.split()
    if not words or len(words) > max_words:
        return False
    end = line.rstrip()
    if title:
        end = end.rstrip("\"'“”»«")  # a title may end in a quotation: '... accuses Tokyo of "remilitarisation"'
    if not end or (end[-1] in _FINAL_PUNCT and not end.endswith(("?", "!"))):
        return False
    if line.rstrip().endswith(("?", "!")) and len(words) > 8:
        return False
    return any(ch.isalpha() for ch in line)


@component("structure", requires=["text"], assigns=["blocks", "headings", "title"])
def make_structure(context: dict[str, Any]) -> Step:
    """Split lines, find headings (short lines without final punctuation) and the title."""
    max_words = int(get_settings()["headings"]["max_words"])

    def structure(doc: Document) -> Document:
        doc.blocks = find_blocks(doc.text)
        many = len(doc.blocks) > 1
        doc.headings = [
            Heading(s, e, doc.text[s:e])
            for i, (s, e) in enumerate(doc.blocks)
            # the first line is the title: a long one too ("UN report: civilian deaths ... rose by a third")
            if many and is_heading_line(doc.text[s:e], 2 * max_words if i == 0 else max_words, title=i == 0)
        ]
        if doc.title is None and doc.headings and doc.blocks and doc.headings[0].start == doc.blocks[0][0]:
            doc.title = doc.headings[0].text
        return doc

    return structure
