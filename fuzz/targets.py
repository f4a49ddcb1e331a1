"""Fuzz targets shared by atheris (``fuzz/fuzz_*.py``) and the Hypothesis tests (``tests/test_fuzz.py``).

A target takes bytes or text and checks the contract on it:

- readers return documents or raise / yield the project's own errors (``LagebildError``,
  ``ReadError``, each with a known ``LBxxx`` code), never anything else;
- every document they return holds non-empty text that can be written as UTF-8 and has no
  more characters than ``input.max_bytes``;
- the analyser returns a report whose every span (entity mentions, claims, loaded phrases,
  headings) lies inside the text and whose ``text`` equals the text at that span, and no
  pipeline component failed (a failure would be recorded as LB303 in ``errors``).

Any other outcome raises ``AssertionError`` or lets the exception escape: a finding.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from lagebild.document import Document
from lagebild.errors import CODES, LagebildError
from lagebild.read import (
    ReadError,
    decode_bytes,
    read_any,
    read_feed,
    read_html,
    read_jsonl,
    read_telegram,
    walk,
)
from lagebild.settings import get_settings

__all__ = [
    "READERS",
    "check_items",
    "check_report",
    "fuzz_analyze",
    "fuzz_reader",
    "read_with",
    "seed_analyze",
    "seed_readers",
]

_SUFFIXES = (".txt", ".md", ".html", ".xml", ".rss", ".atom", ".jsonl", ".json", "", ".bin")


def _text(data: bytes, name: str) -> list[Document | ReadError]:
    return [Document(text=decode_bytes(data, name), source=name)]


def _html(data: bytes, name: str) -> list[Document | ReadError]:
    return [read_html(data, name)]


def _file(data: bytes, name: str) -> list[Document | ReadError]:
    """``read_any`` on a file whose suffix the first byte picks."""
    suffix = _SUFFIXES[data[0] % len(_SUFFIXES)] if data else ".txt"
    with tempfile.TemporaryDirectory(prefix="lagebild-fuzz-") as tmp:
        path = Path(tmp) / f"input{suffix}"
        path.write_bytes(data[1:])
        return list(read_any(path))


def _folder(data: bytes, name: str) -> list[Document | ReadError]:
    """``walk`` over a folder of files cut from the input at NUL-NUL separators, nested by a byte."""
    with tempfile.TemporaryDirectory(prefix="lagebild-fuzz-") as tmp:
        root = Path(tmp) / "root"
        root.mkdir()
        folder = root
        for i, part in enumerate(data.split(b"\x00\x00")[:8]):
            if part[:1] == b"/":
                folder = folder / f"d{i}"
                folder.mkdir()
            suffix = _SUFFIXES[part[-1] % len(_SUFFIXES)] if part else ".txt"
            (folder / f"f{i}{suffix}").write_bytes(part)
        os.symlink(Path(tmp), root / "up")  # a link out of the root: refused, never followed
        items = list(walk([str(root)]))
    for item in items:
        assert not (isinstance(item, Document) and (item.source or "").startswith(str(root / "up"))), item
    return items


READERS: dict[str, Callable[[bytes, str], Iterable[Document | ReadError]]] = {
    "text": _text,
    "html": _html,
    "feed": read_feed,
    "telegram": read_telegram,
    "jsonl": read_jsonl,
    "file": _file,
    "folder": _folder,
}


def read_with(kind: str, data: bytes) -> list[Document | ReadError]:
    """Items a reader gives for ``data``; a documented ``LagebildError`` becomes a ``ReadError``."""
    try:
        return list(READERS[kind](data, f"fuzz.{kind}"))
    except LagebildError as exc:
        return [ReadError.of(exc, f"fuzz.{kind}")]


def check_items(items: Iterable[object]) -> list[Document]:
    """Assert the reader contract on every item; return the documents."""
    limit = int(get_settings()["input"]["max_bytes"])
    docs = []
    for item in items:
        if isinstance(item, ReadError):
            assert item.code in CODES and item.message.startswith(item.code), item
            continue
        assert isinstance(item, Document), type(item)
        assert isinstance(item.text, str) and item.text.strip(), item
        item.text.encode("utf-8")  # raises UnicodeEncodeError on lone surrogates
        assert len(item.text) <= limit  # decoding never makes more characters than the input had bytes
        for value in (item.title, item.source, item.outlet, item.url, item.published):
            assert value is None or isinstance(value, str)
            if value is not None:
                value.encode("utf-8")
        json.dumps(item.meta, ensure_ascii=False).encode("utf-8")  # meta holds JSON scalars
        docs.append(item)
    return docs


def check_report(data: dict[str, Any], text: str) -> int:
    """Assert every span of a report@1 dict against ``text``; return how many spans were checked."""
    failed = [e for e in data.get("errors") or [] if not str(e.get("code")).startswith("LBW")]
    assert not failed, failed  # a component that failed (LB303) is a finding; warnings are not
    spans: list[dict[str, Any]] = [m for e in data["entities"] for m in e["mentions"]]
    spans += data["claims"]
    spans += data["signals"]["loaded_language"] + data["signals"]["headline_mismatch"]
    for span in spans:
        start, end = span["start"], span["end"]
        assert isinstance(start, int) and isinstance(end, int), span
        assert 0 <= start <= end <= len(text), (start, end, len(text))
        if "text" in span:
            assert text[start:end] == span["text"], (span, text[start:end])
    ids = {e["id"] for e in data["entities"]}
    for claim in data["claims"]:
        for key in ("supplier", "recipient", "location", "subject"):
            value = claim["args"].get(key)
            assert value is None or value in ids, (key, value)
    json.dumps(data, ensure_ascii=False).encode("utf-8")
    return len(spans)


def fuzz_reader(data: bytes) -> None:
    """One reader input: the first byte picks the reader, the rest is its input."""
    if not data:
        return
    kinds = sorted(READERS)
    kind = kinds[data[0] % len(kinds)]
    check_items(read_with(kind, data[1:]))


def fuzz_analyze(text: str) -> None:
    """One analyser input: the report keeps its contract, or the text is refused with an LB code."""
    import lagebild

    try:
        report = lagebild.analyze(text)
    except LagebildError as exc:
        assert exc.code in CODES, exc
        return
    check_report(report.to_dict(), text)


ROOT = Path(__file__).resolve().parent.parent

_HOSTILE: list[bytes] = [
    b"<div>" * 5000 + b"Tief verschachtelt." + b"</div>" * 10,  # deep, unclosed markup
    b"<html><body><p>unterminated <b><i><table><tr><td>Zelle" + b"<" * 100,
    b'<?xml version="1.0"?><rss version="2.0"><channel><item><title>Cut',  # truncated feed
    b'<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>&#xD800;&#0;&bogus;</title></entry></feed>',
    b'{"name": "Kanal", "messages": [{"id": 1, "text": ["a", {"type": "bold", "text": "b"}',  # cut export
    b'{"messages": [{"id": 1, "text": "\\ud800 lone surrogate", "date": "2024-13-45T99:00:00"}]}',
    b'{"text": "line one"}\n{"text": 5}\n[' * 3 + b"\n" + b"[" * 100000 + b"\n",  # deep JSON
    "\u202eRTL override \u200f\u05e9\u05dc\u05d5\u05dd \u0645\u0631\u062d\u0628\u0627 Россия Iran".encode(),
    "Текст в cp1251: Міністерство оборони".encode("cp1251"),
    "Größere Lieferung über Österreich".encode("latin-1"),
    "UTF-16 mit BOM: Drohnen".encode("utf-16"),
    b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n",
    b"\x00\x01\x02\x03" * 16,
]


def seed_readers(folder: Path) -> None:
    """Seed inputs for ``fuzz_readers``: our reader fixtures and hostile shapes, for each reader."""
    folder.mkdir(parents=True, exist_ok=True)
    kinds = sorted(READERS)
    inputs = [p.read_bytes() for p in sorted((ROOT / "tests" / "fixtures" / "readers").iterdir())]
    inputs += [p.read_bytes() for p in sorted((ROOT / "samples").rglob("*")) if p.is_file()]
    for i, data in enumerate(inputs + _HOSTILE):
        for k, _kind in enumerate(kinds):
            (folder / f"seed-{i:02d}-{k}").write_bytes(bytes([k]) + data)


def seed_analyze(folder: Path) -> None:
    """Seed inputs for ``fuzz_analyze``: our sample and gold texts (UTF-8 mode) and hostile shapes."""
    folder.mkdir(parents=True, exist_ok=True)
    texts = [p.read_bytes() for p in sorted((ROOT / "samples").glob("*.txt"))]
    texts += [p.read_bytes()[:4000] for p in sorted((ROOT / "tests" / "gold" / "docs").glob("*.txt"))]
    texts += _HOSTILE
    for i, data in enumerate(texts):
        (folder / f"seed-{i:02d}").write_bytes(b"\x02" + data)
