"""Plain text input: size and binary checks, encoding detection."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from ..document import Document
from ..errors import error
from ..settings import get_settings

__all__ = ["decode_bytes", "read_path", "read_stdin"]

_CONTROL_OK = {9, 10, 12, 13}


def _looks_binary(data: bytes) -> str | None:
    sample = data[:8192]
    if b"\x00" in sample and not (sample.startswith((b"\xff\xfe", b"\xfe\xff")) or _utf16_guess(sample)):
        return "contains NUL bytes"
    magic = {
        b"%PDF": "a PDF file",
        b"\x89PNG": "a PNG image",
        b"PK\x03\x04": "a ZIP archive",
        b"\xff\xd8\xff": "a JPEG image",
        b"GIF8": "a GIF image",
        b"\x7fELF": "an executable",
        b"\x1f\x8b": "a gzip archive",
    }
    for sig, what in magic.items():
        if sample.startswith(sig):
            return what
    return None


def _utf16_guess(sample: bytes) -> bool:
    # every second byte NUL in a text of Latin letters: UTF-16 without BOM
    odd = sample[1::2]
    return len(sample) > 16 and odd.count(0) > 0.9 * len(odd)


def decode_bytes(data: bytes, name: str = "<bytes>") -> str:
    """Decode raw bytes to text, refusing empty, binary and undecodable input."""
    limit = int(get_settings()["input"]["max_bytes"])
    if len(data) > limit:
        raise error("LB105", path=name, size=len(data), limit=limit)
    if not data.strip():
        raise error("LB103", path=name)
    why = _looks_binary(data)
    if why:
        raise error("LB104", path=name, why=why)
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        from charset_normalizer import from_bytes

        best = from_bytes(data).best()
        if best is None:
            raise error("LB106", path=name) from None
        text = str(best)
    bad = sum(1 for ch in text[:4096] if ord(ch) < 32 and ord(ch) not in _CONTROL_OK)
    if bad > 0.05 * min(len(text), 4096):
        raise error("LB104", path=name, why="too many control characters")
    if not text.strip():
        raise error("LB103", path=name)
    return text.replace("\r\n", "\n").replace("\r", "\n")


def read_path(path: str | os.PathLike[str]) -> Document:
    p = Path(path)
    if not p.exists():
        raise error("LB101", path=str(p))
    if p.is_dir():
        raise error("LB102", path=str(p))
    limit = int(get_settings()["input"]["max_bytes"])
    try:
        size = p.stat().st_size
        if size > limit:
            raise error("LB105", path=str(p), size=size, limit=limit)
        data = p.read_bytes()
    except OSError as exc:
        raise error("LB107", path=str(p), why=exc.strerror or str(exc)) from None
    return Document(text=decode_bytes(data, str(p)), source=str(p))


def read_stdin() -> Document:
    limit = int(get_settings()["input"]["max_bytes"])
    data = sys.stdin.buffer.read(limit + 1)
    return Document(text=decode_bytes(data, "<stdin>"), source="<stdin>")
