"""Telegram Desktop exports (``result.json``): one document per post with text."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from ..document import Document
from ..errors import LagebildError
from ._jsonl import _msg
from ._text import decode_bytes
from ._walk import Item, ReadError, as_meta, iso_date, scrub_json

__all__ = ["read_telegram"]


def read_telegram(data: bytes, name: str = "result.json") -> Iterator[Item]:
    """Documents from a Telegram Desktop JSON export of one chat or channel (or of all chats).

    Service messages and posts without text (a bare photo, say) are skipped; a file that is
    not such an export yields one ``ReadError`` (LB112), a malformed message one each.
    """
    try:
        text = decode_bytes(data, name)
    except LagebildError as exc:
        yield ReadError.of(exc, name)
        return
    try:
        export: Any = json.loads(text)
    except json.JSONDecodeError as exc:
        why = f"invalid JSON: {_msg(exc)} at line {exc.lineno}, column {exc.colno}; is the file complete?"
        yield ReadError.make("LB112", name, path=name, why=why)
        return
    except (ValueError, RecursionError) as exc:
        yield ReadError.make("LB112", name, path=name, why=f"invalid JSON: {type(exc).__name__}")
        return
    export = scrub_json(text, export)
    if not isinstance(export, dict):
        yield ReadError.make("LB112", name, path=name, why="the top level is not a JSON object")
        return
    if isinstance(export.get("messages"), list):
        yield from _chat(export, name, name)
        return
    chats = [
        chat
        for group in ("chats", "left_chats")
        if isinstance(export.get(group), dict) and isinstance(export[group].get("list"), list)
        for chat in export[group]["list"]
    ]
    if not chats:
        yield ReadError.make("LB112", name, path=name, why="no 'messages' list")
        return
    for number, chat in enumerate(chats, start=1):
        if not isinstance(chat, dict) or not isinstance(chat.get("messages"), list):
            why = f"chat {number} has no 'messages' list"
            yield ReadError.make("LB112", f"{name}#chat{number}", path=name, why=why)
            continue
        prefix = f"{name}#{chat.get('id', number)}/"
        yield from _chat(chat, name, prefix)


def _chat(chat: dict[str, Any], name: str, prefix: str) -> Iterator[Item]:
    channel = chat.get("name")
    channel = channel if isinstance(channel, str) and channel else None
    sep = "" if prefix.endswith("/") else "#"
    for index, msg in enumerate(chat["messages"], start=1):
        if not isinstance(msg, dict):
            yield ReadError.make("LB112", f"{prefix}{sep}{index}", path=name, why=f"message {index} is not an object")
            continue
        if msg.get("type", "message") != "message":
            continue  # service messages: joins, pins, title changes
        text = _message_text(msg.get("text"))
        if not text.strip() and "text_entities" in msg:
            text = _message_text(msg.get("text_entities"))
        text = text.replace("\r\n", "\n").replace("\r", "\n").strip()
        if not text:
            continue
        ident = as_meta(msg.get("id"))
        meta: dict[str, Any] = {
            "channel": channel,
            "message_id": ident,
            "views": as_meta(msg.get("views")),
            "forwarded_from": as_meta(msg.get("forwarded_from")),
            "source_kind": "social_media",
        }
        author = as_meta(msg.get("from"))
        if author is not None and author != channel:
            meta["from"] = author
        yield Document(
            text=text,
            source=f"{prefix}{sep}{ident if ident is not None else f'message{index}'}",
            title=None,
            published=iso_date(msg.get("date")),
            outlet=channel,
            url=None,
            meta=meta,
        )


def _message_text(value: object) -> str:
    """A message's "text": a string, or a list of strings and entity objects with a "text"."""
    if isinstance(value, str):
        return value
    if isinstance(value, list):
        parts: list[str] = []
        for part in value:
            if isinstance(part, str):
                parts.append(part)
            elif isinstance(part, dict) and isinstance(part.get("text"), str):
                parts.append(part["text"])
        return "".join(parts)
    return ""
