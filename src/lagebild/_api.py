"""The Python entry points: ``analyze`` and ``Analyzer``."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterable, Sequence
from typing import Any

from .document import Document
from .errors import error
from .kb.link import Linker, get_linker
from .kb.load import load_kb
from .pipeline import Pipeline
from .report import Report, build_report
from .settings import get_settings

__all__ = ["Analyzer", "analyze", "get_analyzer"]


def _check_published(published: str | dt.date | None) -> str | None:
    if published is None:
        return None
    if isinstance(published, dt.date):
        return published.isoformat()[:10]
    try:
        return dt.date.fromisoformat(str(published)[:10]).isoformat()
    except ValueError:
        raise error("LB108", value=published) from None


def _check_text(doc: Document) -> None:
    """Refuse text that cannot be written as UTF-8 (lone surrogates, from ``str`` built by hand)."""
    try:
        doc.text.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise error("LB117", path=doc.source or "text", index=exc.start) from None


class Analyzer:
    """A built pipeline with its KB; reuse one for many documents."""

    def __init__(
        self, kb_files: Sequence[str | os.PathLike[str]] = (), components: Sequence[str] | None = None
    ) -> None:
        linker = Linker(load_kb(kb_files)) if kb_files else get_linker()
        self.linker = linker
        names = list(components or get_settings()["pipeline"]["components"])
        self.pipeline = Pipeline(names, {"linker": linker})

    def analyze_document(self, doc: Document) -> Report:
        _check_text(doc)
        return build_report(self.pipeline(doc), self.linker.kb)

    def analyze(
        self, text: str, lang: str | None = None, published: str | dt.date | None = None, source: str | None = None
    ) -> Report:
        supported = get_settings()["language"]["supported"]
        if lang is not None and lang not in supported:
            raise error("LB109", value=lang, choices=", ".join(supported))
        doc = Document(text=text, lang=lang, published=_check_published(published), source=source)
        return self.analyze_document(doc)

    def pipe(self, docs: Iterable[Document]) -> Iterable[Report]:
        for doc in docs:
            yield self.analyze_document(doc)


_default: dict[str, Any] = {}


def get_analyzer() -> Analyzer:
    if "a" not in _default:
        _default["a"] = Analyzer()
    return _default["a"]  # type: ignore[no-any-return]


def analyze(
    text: str, lang: str | None = None, published: str | dt.date | None = None, source: str | None = None
) -> Report:
    """Analyse one report text and return its :class:`Report` (report@1 via ``to_json()``)."""
    return get_analyzer().analyze(text, lang=lang, published=published, source=source)
