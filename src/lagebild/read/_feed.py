"""RSS and Atom input: one document per feed entry."""

from __future__ import annotations

import datetime as dt
import email.utils
import io
from collections.abc import Iterator
from typing import Any

from ..document import Document
from ..errors import LagebildError
from ._html import html_to_text
from ._text import decode_bytes
from ._walk import Item, ReadError, as_meta, clean_lines, iso_date

__all__ = ["read_feed"]


def read_feed(data: bytes, name: str = "<feed>") -> Iterator[Item]:
    """Documents from an RSS or Atom feed; a feed that cannot be parsed yields one ``ReadError`` (LB110).

    Each document's text is the entry title on the first line, then the entry's content
    (or summary) as text, one paragraph per line.
    """
    try:
        decode_bytes(data, name)  # size, empty and binary checks; feedparser does its own decoding
    except LagebildError as exc:
        yield ReadError.of(exc, name)
        return
    try:
        import feedparser

        # a stream, never bytes or str: feedparser would take those for a file name or URL
        parsed: Any = feedparser.parse(io.BytesIO(data), resolve_relative_uris=False, sanitize_html=True)
        entries: list[Any] = list(parsed.get("entries") or [])
        feed: Any = parsed.get("feed") or {}
    except Exception as exc:  # feedparser is lenient, but never let one file stop an ingest
        yield ReadError.make("LB110", name, path=name, why=f"{type(exc).__name__}: {exc}")
        return
    if not entries:
        if parsed.get("bozo"):
            why = str(parsed.get("bozo_exception") or "malformed XML")
            yield ReadError.make("LB110", name, path=name, why=why)
        elif not parsed.get("version"):
            yield ReadError.make("LB110", name, path=name, why="no RSS or Atom elements")
        return  # a well-formed feed without entries holds nothing to read
    outlet = _text_of(feed.get("title"), _kind(feed, "title"))
    outlet = " ".join(outlet.split()) if outlet else None
    declared = feed.get("language")
    for index, entry in enumerate(entries, start=1):
        source = f"{name}#{index}"
        try:
            doc = _entry(entry, source, outlet, declared)
        except Exception as exc:
            yield ReadError.make("LB110", source, path=source, why=f"entry {index}: {type(exc).__name__}: {exc}")
            continue
        if doc is not None:
            yield doc


def _text_of(value: object, kind: str = "text/html") -> str | None:
    if not isinstance(value, str):
        return None
    text = clean_lines(value) if kind == "text/plain" else html_to_text(value)
    return text or None


def _entry(entry: Any, source: str, outlet: str | None, declared: object) -> Document | None:
    title = _text_of(entry.get("title"), _kind(entry, "title"))
    if title is not None:
        title = " ".join(title.split())
    bodies: list[str] = []
    for part in entry.get("content") or []:
        text = _text_of(part.get("value"), str(part.get("type") or "text/html"))
        if text:
            bodies.append(text)
    text = _text_of(entry.get("summary"), _kind(entry, "summary"))
    if text:
        bodies.append(text)
    body = max(bodies, key=len) if bodies else ""
    if title and body:
        first = body.split("\n", 1)[0]
        text = body if first.casefold() == title.casefold() else f"{title}\n{body}"
    else:
        text = title or body
    if not text:
        return None  # an entry without words (a bare link or enclosure)
    meta: dict[str, Any] = {}
    for key in ("id", "author"):
        value = as_meta(entry.get(key))
        if value is not None:
            meta[f"entry_{key}" if key == "id" else key] = value
    if isinstance(declared, str) and declared:  # a hint only: the language detector decides
        meta["declared_lang"] = declared
    link = entry.get("link")
    return Document(
        text=text,
        source=source,
        title=title,
        published=_published(entry),
        outlet=outlet,
        url=link if isinstance(link, str) and link else None,
        meta=meta,
    )


def _kind(node: Any, key: str) -> str:
    detail = node.get(f"{key}_detail") or {}
    return str(detail.get("type") or "text/html")


def _published(entry: Any) -> str | None:
    """The entry's date as written (its own time zone), else feedparser's UTC date."""
    for key in ("published", "updated", "created"):
        raw = entry.get(key)
        if isinstance(raw, str) and raw.strip():
            try:
                return email.utils.parsedate_to_datetime(raw).date().isoformat()  # RFC 822, as in RSS 2.0
            except (TypeError, ValueError, IndexError, OverflowError):
                pass
            date = iso_date(raw)  # ISO 8601, as in Atom
            if date is not None:
                return date
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        t = entry.get(key)
        if t is not None:
            try:
                return dt.date(int(t[0]), int(t[1]), int(t[2])).isoformat()
            except (TypeError, ValueError, IndexError):
                continue
    return None
