"""Ingest: read inputs, analyse them (in worker processes for large batches), store each document.

One bad input is reported and skipped; the store writes every document in its
own transaction, so an interrupted ingest leaves a consistent corpus and a
rerun adds only what is missing.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from typing import Any

from ..document import Document
from ..errors import LagebildError

__all__ = ["IngestSummary", "analyse_documents", "ingest"]


@dataclass
class IngestSummary:
    new: int = 0
    unchanged: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {"new": self.new, "unchanged": self.unchanged, "failed": len(self.failed)}


_worker: dict[str, Any] = {}


def _init_worker(kb_files: list[str]) -> None:
    from .._api import Analyzer

    _worker["a"] = Analyzer(kb_files=kb_files)
    _worker["kb"] = tuple(kb_files)


def _analyse_one(doc: Document) -> tuple[dict[str, Any] | None, str, dict[str, Any], str | None]:
    meta = {"url": doc.url, "outlet": doc.outlet, **doc.meta}
    try:
        report = _worker["a"].analyze_document(doc).to_dict()
        _release(doc)
    except LagebildError as exc:
        return None, doc.text, meta, str(exc)
    except Exception as exc:  # one bad article never aborts a batch
        return None, doc.text, meta, f"LB303 analysis failed: {type(exc).__name__}: {exc}"
    return report, doc.text, meta, None


def _release(doc: Document) -> None:
    """Drop the annotations once the report is built: a batch must not keep every token alive."""
    doc.sentences, doc.mentions, doc.quantities, doc.times = [], [], [], []
    doc.claims, doc.checks, doc.signals, doc.headings, doc.blocks = [], [], [], [], []
    doc.meta.pop("new_entities", None)


def analyse_documents(
    docs: Iterable[Document], workers: int = 1, kb_files: list[str] | None = None, dask: str | None = None
) -> Iterator[tuple[dict[str, Any] | None, str, dict[str, Any], str | None]]:
    """Analyse documents, in ``workers`` processes when more than one; order is kept.

    With ``dask`` (``local`` or a scheduler address) Dask workers analyse and this
    process receives the reports in input order (see ``_dask.py``).
    """
    if dask is not None:
        from ._dask import analyse_documents_dask

        yield from analyse_documents_dask(list(docs), dask, workers, kb_files)
        return
    if workers <= 1:
        _init_worker(kb_files or [])
        for doc in docs:
            yield _analyse_one(doc)
        return
    with ProcessPoolExecutor(workers, initializer=_init_worker, initargs=(kb_files or [],)) as pool:
        # submit in bounded batches, so results never pile up faster than the store writes them
        batch: list[Document] = []
        pending: Iterator[Any] = iter(())
        for doc in docs:
            batch.append(doc)
            if len(batch) == 32 * workers:
                nxt = pool.map(_analyse_one, batch, chunksize=4)
                yield from pending
                pending, batch = nxt, []
        nxt = pool.map(_analyse_one, batch, chunksize=4) if batch else iter(())
        yield from pending
        yield from nxt


def ingest(
    store: Any,
    items: Iterable[Any],
    workers: int | None = None,
    kb_files: list[str] | None = None,
    progress: Callable[[str, str], None] | None = None,
    batch_size: int = 8,
    dask: str | None = None,
) -> IngestSummary:
    """Store every readable, new document of ``items`` (Documents or read errors).

    ``dask``: analyse on Dask workers (``local``: a LocalCluster of ``workers``
    processes, default one per CPU; or ``tcp://host:port`` of a running scheduler);
    this process stays the one writer.
    """
    summary = IngestSummary()
    docs: list[Document] = []
    for item in items:
        if isinstance(item, Document):
            if store.has(item.id):
                summary.unchanged += 1
                if progress:
                    progress(item.source or item.id, "unchanged")
            else:
                docs.append(item)
        else:
            summary.failed.append((getattr(item, "source", "?"), getattr(item, "message", str(item))))
            if progress:
                progress(getattr(item, "source", "?"), "failed")
    if dask is not None:
        from ._dask import check_address

        check_address(dask)  # a bad address fails before any analysis
        n = workers if workers is not None else (os.cpu_count() or 1)  # LocalCluster size
    else:
        n = workers if workers is not None else (min(2, os.cpu_count() or 1) if len(docs) > 40 else 1)
    batch: list[tuple[str, dict[str, Any], str, dict[str, Any]]] = []

    def flush() -> None:
        # one transaction per small batch: all of a batch is stored or none of it
        if not batch:
            return
        try:
            statuses = store.add_many([(r, t, m) for _n, r, t, m in batch])
        except LagebildError as exc:
            statuses = ["failed: " + str(exc)] * len(batch)
        for (name, *_rest), status in zip(batch, statuses, strict=True):
            if status.startswith("failed"):
                summary.failed.append((name, status[8:]))
            summary.new += status == "new"
            summary.unchanged += status == "unchanged"
            if progress:
                progress(name, status.split(":")[0])
        batch.clear()

    for doc, (report, text, meta, err) in zip(docs, analyse_documents(docs, n, kb_files, dask), strict=True):
        name = doc.source or doc.id
        if report is None:
            summary.failed.append((name, err or "analysis failed"))
            if progress:
                progress(name, "failed")
            continue
        batch.append((name, report, text, meta))
        if len(batch) >= batch_size:
            flush()
    flush()
    return summary
