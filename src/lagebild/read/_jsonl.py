"""JSON Lines input: one JSON object per line, one document per object."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from typing import IO, Any

from ..document import Document
from ._text import _looks_binary
from ._walk import Item, ReadError, as_meta, iso_date, max_bytes, norm_lang, one_line, scrub_json

__all__ = ["read_jsonl", "read_jsonl_lines"]

_KNOWN = frozenset({"text", "title", "url", "published", "outlet", "lang", "id"})


def read_jsonl(data: bytes, name: str = "<jsonl>") -> Iterator[Item]:
    """Documents from JSON Lines bytes; a malformed line yields a ``ReadError`` (LB111) and reading goes on."""
    return read_jsonl_lines(io.BytesIO(data), name)


def read_jsonl_lines(fh: IO[bytes], name: str = "<jsonl>") -> Iterator[Item]:
    """Like :func:`read_jsonl`, from a binary stream read line by line (the size limit holds per line)."""
    head = fh.read(8192)
    why = _looks_binary(head)
    if why:
        yield ReadError.make("LB104", name, path=name, why=why)
        return
    fh.seek(0)
    limit = max_bytes()
    lineno = 0
    found = False
    while True:
        raw = fh.readline(limit + 1)
        if not raw:
            break
        lineno += 1
        if len(raw) > limit and not raw.endswith(b"\n"):
            size = len(raw)
            while rest := fh.readline(1 << 20):  # skip the remainder of the over-long line
                size += len(rest)
                if rest.endswith(b"\n"):
                    break
            found = True
            where = f"{name}:{lineno}"
            yield ReadError.make("LB105", where, path=where, size=size, limit=limit)
            continue
        if lineno == 1 and raw.startswith(b"\xef\xbb\xbf"):
            raw = raw[3:]
        if not raw.strip():
            continue
        found = True
        yield _record(raw, name, lineno)
    if not found:
        yield ReadError.make("LB103", name, path=name)


def _bad(name: str, lineno: int, why: str) -> ReadError:
    return ReadError.make("LB111", f"{name}:{lineno}", path=name, line=lineno, why=why)


def _record(raw: bytes, name: str, lineno: int) -> Item:
    try:
        line = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        return _bad(name, lineno, f"not UTF-8 at byte {exc.start}")
    try:
        obj: Any = json.loads(line)
    except json.JSONDecodeError as exc:
        return _bad(name, lineno, f"invalid JSON: {_msg(exc)} at column {exc.colno}")
    except (ValueError, RecursionError) as exc:
        return _bad(name, lineno, f"invalid JSON: {type(exc).__name__}")
    obj = scrub_json(line, obj)
    if not isinstance(obj, dict):
        return _bad(name, lineno, f"a JSON {type(obj).__name__}, not an object")
    text = obj.get("text")
    if not isinstance(text, str) or not text.strip():
        return _bad(name, lineno, "no non-empty 'text' string")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    ident = obj.get("id")
    ident = ident if isinstance(ident, str | int) and not isinstance(ident, bool) and str(ident) else None
    meta: dict[str, Any] = {"line": lineno}
    if ident is not None:
        meta["id"] = ident
    declared = obj.get("lang")
    lang = norm_lang(declared)
    if isinstance(declared, str) and declared and lang is None:
        meta["declared_lang"] = declared
    for key, value in obj.items():
        if key not in _KNOWN and as_meta(value) is not None:
            meta[key] = value
    return Document(
        text=text,
        source=f"{name}#{ident}" if ident is not None else f"{name}:{lineno}",
        lang=lang,
        title=one_line(obj.get("title")),
        published=iso_date(obj.get("published")),
        outlet=one_line(obj.get("outlet")),
        url=one_line(obj.get("url")),
        meta=meta,
    )


def _msg(exc: json.JSONDecodeError) -> str:
    """The decoder's message without its dangling 'at' ('Unterminated string starting at')."""
    return exc.msg.removesuffix(" at").removesuffix(" starting").lower()
