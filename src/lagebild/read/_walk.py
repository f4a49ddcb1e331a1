"""Corpus ingest: dispatch files to the right reader and walk folders.

Containers (feeds, JSONL files, Telegram exports, folders) never raise for one
bad item: the readers yield a :class:`ReadError` in its place and go on, so the
caller can report it.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..document import Document
from ..errors import LagebildError, error
from ..settings import get_settings

__all__ = ["ReadError", "read_any", "walk"]


@dataclass
class ReadError:
    """One input that could not be read. ``message`` starts with ``code``, like every user-facing message."""

    source: str
    code: str
    message: str

    @classmethod
    def of(cls, exc: LagebildError, source: str) -> ReadError:
        return cls(source=source, code=exc.code, message=exc.message)

    @classmethod
    def make(cls, code: str, source: str, **params: object) -> ReadError:
        return cls.of(error(code, **params), source)


Item = Document | ReadError

TEXT_SUFFIXES = frozenset({".txt", ".md", ".markdown", ".text"})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
FEED_SUFFIXES = frozenset({".xml", ".rss", ".atom"})
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
JSON_SUFFIXES = frozenset({".json"})

_DATE_PATTERNS = (
    re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)"),  # 2025-03-14, 2025-03-14T20:28:39Z
    re.compile(r"(\d{4})/(\d{1,2})/(\d{1,2})(?!\d)"),  # 2025/03/14
    re.compile(r"(\d{4})(\d{2})(\d{2})(?:T|$)"),  # 20250314, 20250314T2028
)
_DMY = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4})(?!\d)")  # 14.03.2025


def iso_date(value: object) -> str | None:
    """An ISO date ``YYYY-MM-DD`` from a date, datetime or ISO-ish string; None when there is none."""
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if not isinstance(value, str):
        return None
    s = value.strip()
    parts: tuple[str, str, str] | None = None
    for pattern in _DATE_PATTERNS:
        m = pattern.match(s)
        if m:
            parts = (m.group(1), m.group(2), m.group(3))
            break
    else:
        m = _DMY.match(s)
        if m:
            parts = (m.group(3), m.group(2), m.group(1))
    if parts is None:
        return None
    try:
        return dt.date(int(parts[0]), int(parts[1]), int(parts[2])).isoformat()
    except ValueError:
        return None


def norm_lang(value: object) -> str | None:
    """A supported language code from a declared one (``en-US`` -> ``en``); None when unsupported."""
    if not isinstance(value, str):
        return None
    code = value.strip().replace("_", "-").split("-", 1)[0].lower()
    supported = [str(x) for x in get_settings()["language"]["supported"]]
    return code if code in supported else None


def one_line(value: object) -> str | None:
    """A metadata string with its whitespace collapsed, or None when empty or not a string."""
    if isinstance(value, str):
        value = " ".join(value.split())
        return value or None
    return None


def clean_lines(text: str) -> str:
    """Collapse runs of spaces inside each line and drop empty lines: one paragraph per line."""
    lines = (" ".join(line.split()) for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"))
    return "\n".join(line for line in lines if line)


def max_bytes() -> int:
    return int(get_settings()["input"]["max_bytes"])


def _sniff(head: bytes) -> str | None:
    """'feed' or 'html' from the first bytes of a file, else None."""
    s = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if s.startswith((b"<rss", b"<feed", b"<rdf:rdf")):
        return "feed"
    if s.startswith(b"<?xml"):
        window = s[:2048]
        if b"<rss" in window or b"<feed" in window or b"<rdf:rdf" in window:
            return "feed"
        if b"<html" in window:
            return "html"
        return "feed"
    if s.startswith((b"<!doctype html", b"<html")):
        return "html"
    return None


def _read_any(p: Path, name: str) -> Iterator[Item]:
    from ._feed import read_feed
    from ._html import read_html
    from ._jsonl import read_jsonl_lines
    from ._telegram import read_telegram
    from ._text import decode_bytes, read_bounded

    suffix = p.suffix.lower()
    if suffix in JSONL_SUFFIXES:
        # streamed line by line: the size limit holds for each record, not for the file
        try:
            with p.open("rb") as fh:
                yield from read_jsonl_lines(fh, name)
        except OSError as exc:
            yield ReadError.make("LB107", name, path=name, why=exc.strerror or str(exc))
        return
    if suffix not in TEXT_SUFFIXES | HTML_SUFFIXES | FEED_SUFFIXES | JSON_SUFFIXES and suffix:
        yield ReadError.make("LB114", name, path=name, why=f"'{suffix}' files are not read")
        return
    data = read_bounded(p, name)
    kind = _sniff(data[:4096])
    if suffix in TEXT_SUFFIXES:
        yield Document(text=decode_bytes(data, name), source=name)
    elif suffix in JSON_SUFFIXES:
        yield from read_telegram(data, name)
    elif suffix in FEED_SUFFIXES or kind == "feed":
        yield from read_feed(data, name)
    elif suffix in HTML_SUFFIXES or kind == "html":
        yield read_html(data, name)
    else:
        yield ReadError.make("LB114", name, path=name, why="no file extension and not HTML or a feed")


def read_any(path: str | os.PathLike[str]) -> Iterator[Item]:
    """Read one file by its extension (and, for feeds, its first bytes); never raises."""
    p = Path(path)
    name = str(p)
    if not p.exists():
        yield ReadError.make("LB101", name, path=name)
        return
    if p.is_dir():
        yield ReadError.make("LB102", name, path=name)
        return
    if not p.is_file():
        yield ReadError.make("LB114", name, path=name, why="not a regular file")
        return
    try:
        yield from _read_any(p, name)
    except LagebildError as exc:
        yield ReadError.of(exc, name)
    except Exception as exc:  # a reader bug must not stop a whole ingest
        yield ReadError.make("LB107", name, path=name, why=f"{type(exc).__name__}: {exc}")


def walk(paths: list[str], max_depth: int = 32) -> Iterator[Item]:
    """Read files and folders (recursively, sorted by name) into documents and read errors; never raises.

    Hidden files and folders (``.name``) inside a folder are skipped; symbolic links are followed
    only when they point inside the folder that was passed (and to something the walk does not
    reach anyway, so that every file is read once, under its own name).
    """
    seen: set[Path] = set()
    for raw in paths:
        root = Path(raw)
        if not root.exists():
            yield ReadError.make("LB101", raw, path=raw)
            continue
        real = _real(root)
        if real is None:
            yield ReadError.make("LB101", raw, path=raw)
        elif root.is_dir():
            seen.add(real)
            yield from _walk_dir(root, real, 0, max_depth, seen)
        elif real not in seen:
            seen.add(real)
            yield from read_any(root)


def _real(p: Path) -> Path | None:
    try:
        return p.resolve(strict=True)
    except (OSError, RuntimeError):
        return None


def _walk_dir(folder: Path, root: Path, depth: int, max_depth: int, seen: set[Path]) -> Iterator[Item]:
    try:
        with os.scandir(folder) as it:
            names = sorted(entry.name for entry in it)
    except OSError as exc:
        yield ReadError.make("LB107", str(folder), path=str(folder), why=exc.strerror or str(exc))
        return
    for entry_name in names:
        if entry_name.startswith("."):
            continue
        p = folder / entry_name
        name = str(p)
        real = _real(p)
        if real is None:
            yield ReadError.make("LB101", name, path=name)  # a dangling link
            continue
        if p.is_symlink():
            if not real.is_relative_to(root):
                yield ReadError.make("LB113", name, path=name, root=str(root))
                continue
            if not any(part.startswith(".") for part in real.relative_to(root).parts):
                continue  # the walk reaches the target under its own name
        if real in seen:
            continue  # a link to something already read (or to a folder above: a cycle)
        seen.add(real)
        if p.is_dir():
            if depth + 1 > max_depth:
                yield ReadError.make("LB115", name, path=name, limit=max_depth)
            else:
                yield from _walk_dir(p, root, depth + 1, max_depth, seen)
        else:
            yield from read_any(p)


_LONE_SURROGATE = re.compile("[\ud800-\udfff]")
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")


def scrub_json(raw: str, value: Any) -> Any:
    """``value`` (parsed from the JSON text ``raw``) with lone surrogates (escapes like ``\\ud800``,
    which no UTF-8 text can hold) replaced by U+FFFD, in place and without recursion."""
    if not _SURROGATE_ESCAPE.search(raw):
        return value
    if isinstance(value, str):
        return _LONE_SURROGATE.sub("\ufffd", value)
    stack = [value]
    while stack:
        node = stack.pop()
        pairs = list(node.items()) if isinstance(node, dict) else list(enumerate(node))
        if isinstance(node, dict):
            node.clear()
        for key, item in pairs:
            if isinstance(item, str):
                item = _LONE_SURROGATE.sub("\ufffd", item)
            elif isinstance(item, dict | list):
                stack.append(item)
            if isinstance(key, str):
                key = _LONE_SURROGATE.sub("\ufffd", key)
            node[key] = item
    return value


def as_meta(value: Any) -> Any:
    """A JSON scalar as it is, anything else as None (meta holds scalars only)."""
    return value if isinstance(value, str | int | float | bool) or value is None else None
