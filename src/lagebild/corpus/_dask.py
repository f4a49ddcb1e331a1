"""Scale-out of the analysis over Dask workers: ``lagebild ingest --dask local|tcp://host:port``.

Workers analyse batches of documents; the calling process (the one writer)
receives the reports in input order and stores them, so the store is the same
as after a single-process run. Each worker process builds one ``Analyzer``
before the first batch (a worker that joins later: on its first batch) and
keeps it (module-level cache). ``--kb`` files must be readable at the same path
on every worker. Dask is imported only when this scale-out is used:
``import lagebild`` never imports it.
"""

from __future__ import annotations

import math
import os
from collections import deque
from collections.abc import Iterator, Sequence
from typing import Any

from ..document import Document
from ..errors import LagebildError, error

__all__ = ["analyse_documents_dask", "check_address", "warm"]

CONNECT_TIMEOUT = "15s"  # how long to wait for a remote scheduler
BATCH_SIZE = 64  # documents per task: one task per document costs more in scheduling than it gains
Result = tuple[dict[str, Any] | None, str, dict[str, Any], str | None]


def check_address(address: str) -> str:
    """``local`` or a scheduler address such as ``tcp://127.0.0.1:8786``; LB702 otherwise."""
    if address == "local" or address.startswith(("tcp://", "tls://", "inproc://", "ucx://")):
        return address
    raise error("LB702", value=address)


def warm(kb_files: tuple[str, ...] = ()) -> int:
    """Run on a worker: build (once) the worker's ``Analyzer`` for ``kb_files``; returns the process id."""
    from . import ingest

    if ingest._worker.get("kb") != kb_files or "a" not in ingest._worker:
        ingest._init_worker(list(kb_files))
    return os.getpid()


def _analyse_batch(docs: list[Document], kb_files: tuple[str, ...]) -> list[Result]:
    """Run on a worker: analyse a batch with the worker's cached ``Analyzer``."""
    from . import ingest

    warm(kb_files)
    # the text goes back empty: the writer has it already, and it would double the message
    return [(report, "", meta, err) for report, _text, meta, err in map(ingest._analyse_one, docs)]


_NO_COMPRESSION = "DASK_DISTRIBUTED__COMM__COMPRESSION"
_NO_PROFILE = "DASK_DISTRIBUTED__WORKER__PROFILE__ENABLED"


def _connect(address: str, workers: int | None) -> tuple[Any, Any]:
    try:
        from distributed import Client, LocalCluster
    except ImportError as exc:  # the optional extra is missing
        raise error("LB701", why=str(exc)) from exc
    cluster = None
    try:
        if address == "local":
            import logging

            import dask

            # messages are report dicts on loopback: compressing them costs CPU and saves nothing;
            # the spawned workers read the setting from the environment they inherit
            # the workers' stack profiler samples the analysing thread every 10 ms: for pure-Python
            # work that costs CPU and buys nothing here
            dask.config.set({"distributed.comm.compression": False, "distributed.worker.profile.enabled": False})
            saved = {k: os.environ.get(k) for k in (_NO_COMPRESSION, _NO_PROFILE)}
            os.environ[_NO_COMPRESSION] = "False"
            os.environ[_NO_PROFILE] = "False"
            try:
                cluster = LocalCluster(  # type: ignore[no-untyped-call]
                    n_workers=workers or os.cpu_count() or 1,
                    threads_per_worker=1,
                    processes=True,
                    dashboard_address=None,
                    silence_logs=logging.ERROR,
                )
            finally:
                for key, value in saved.items():
                    if value is None:
                        os.environ.pop(key, None)
                    else:
                        os.environ[key] = value
            client = Client(cluster)  # type: ignore[no-untyped-call]
        else:
            client = Client(address, timeout=CONNECT_TIMEOUT)  # type: ignore[no-untyped-call]
    except (OSError, TimeoutError, RuntimeError) as exc:  # unreachable scheduler, workers that fail to start
        if cluster is not None:
            cluster.close()
        raise error("LB703", address=address, why=f"{type(exc).__name__}: {exc}") from exc
    return client, cluster


def _spans(n: int, size: int, threads: int) -> list[tuple[int, int]]:
    """Batch boundaries: ``size`` documents each, then smaller batches over the last ``3 * threads``
    batches' worth, so that the workers run out of work at about the same moment and the writer's
    tail (the last batch, stored after every worker is done) is short."""
    out, start = [], 0
    while start < n:
        left = n - start
        step = size if left > 3 * threads * size else min(size, max(4, math.ceil(left / (3 * threads))))
        out.append((start, min(n, start + step)))
        start += step
    return out


def _slots(client: Any) -> int:
    """Worker threads the scheduler knows of (at least one)."""
    info = client.scheduler_info().get("workers", {})
    return max(1, sum(int(w.get("nthreads", 1)) for w in info.values()))


def analyse_documents_dask(
    docs: Sequence[Document],
    address: str,
    workers: int | None = None,
    kb_files: Sequence[str] | None = None,
    batch_size: int | None = None,
) -> Iterator[Result]:
    """Analyse ``docs`` on Dask workers in batches; yields ``_analyse_one`` tuples in input order.

    ``address`` is ``local`` (a LocalCluster of ``workers`` processes, default one
    per CPU, shut down at the end) or the address of a running scheduler whose
    workers can import lagebild. At most three batches per worker thread are in
    flight, so results never pile up faster than the writer stores them.
    """
    address = check_address(address)
    if not docs:
        return
    client, cluster = _connect(address, workers)
    pending: deque[tuple[Any, list[Document]]] = deque()
    try:
        kb = tuple(str(k) for k in kb_files or ())
        # every worker builds its analyser now, all at once; a worker that cannot import lagebild fails here
        try:
            client.run(warm, kb)
        except LagebildError:  # e.g. an invalid --kb file: the same error as without Dask
            raise
        except Exception as exc:  # whatever a worker raised (cannot import lagebild, ...)
            raise error("LB703", address=address, why=f"{type(exc).__name__}: {exc}") from exc
        threads = _slots(client)
        # small inputs still reach every worker: at least two batches per worker thread
        size = max(1, min(batch_size or BATCH_SIZE, math.ceil(len(docs) / (2 * threads))))
        for start, end in _spans(len(docs), size, threads):
            batch = list(docs[start:end])
            pending.append((client.submit(_analyse_batch, batch, kb, pure=False), batch))
            if len(pending) >= 3 * threads:
                yield from _result(pending.popleft(), address)
        while pending:
            yield from _result(pending.popleft(), address)
    finally:
        for fut, _batch in pending:
            fut.cancel()
        client.close()
        if cluster is not None:
            cluster.close()


def _result(item: tuple[Any, list[Document]], address: str) -> list[Result]:
    future, batch = item
    try:
        results = future.result()
        return [(r, doc.text, m, e) for doc, (r, _t, m, e) in zip(batch, results, strict=True)]
    except LagebildError:
        raise
    except Exception as exc:  # a worker died or the scheduler went away
        raise error("LB703", address=address, why=f"{type(exc).__name__}: {exc}") from exc
