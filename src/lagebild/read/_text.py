"""Plain text input: size and binary checks, encoding detection."""

from __future__ import annotations

import codecs
import itertools
import os
import sys
import unicodedata
from pathlib import Path

from ..document import Document
from ..errors import error
from ..settings import get_settings

__all__ = ["decode_bytes", "read_bounded", "read_path", "read_stdin"]

_CONTROL_OK = {9, 10, 12, 13}


def _looks_binary(data: bytes) -> str | None:
    sample = data[:8192]
    if b"\x00" in sample and _wide(sample) is None:
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


def _wide(sample: bytes) -> str | None:
    """The UTF-16/32 codec of a text with a BOM, UTF-16 or without one when its byte pattern says so; else None."""
    if sample.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        return "utf-32"
    if sample.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    if len(sample) <= 16:
        return None
    # without BOM, in a text of one script every second byte is the same few values (NUL for Latin,
    # 0x04 for Cyrillic) and the others are never NUL
    sample = sample[: len(sample) // 2 * 2]
    for codec, high, low in (("utf-16-le", sample[1::2], sample[0::2]), ("utf-16-be", sample[0::2], sample[1::2])):
        if b"\x00" not in low and b"\x00" in high and len(set(high)) <= 4:
            return codec
    return None


# where charset-normalizer finds several encodings equally clean, the one news texts use most;
# mac_cyrillic, say, differs from cp1251 in the capitals only and often wins on coherence
_PREFERRED = ("cp1251", "koi8_r", "cp1252", "latin_1", "iso8859_15", "cp1250", "iso8859_2")


def _detect(data: bytes, name: str) -> str:
    from charset_normalizer import from_bytes

    results = from_bytes(data)
    best = results.best()
    if best is None:
        raise error("LB106", path=name)
    for encoding in _PREFERRED:
        if best.encoding == encoding:
            break
        match = next((m for m in results if m.encoding == encoding and m.chaos <= best.chaos), None)
        if match is not None:
            best = match
            break
    text = str(best)
    if best.coherence > 0:
        return text
    # no language recognised (a short text): the common encoding whose words read cleanest
    score = _clean_words(text) - (best.encoding not in _PREFERRED)  # a Far East guess must read better
    for encoding in _PREFERRED:
        try:
            other = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if (other_score := _clean_words(other)) > score:
            text, score = other, other_score
    return text


def _clean_words(text: str) -> int:
    """Words in one script without a capital after a small letter: few in a text decoded wrongly."""
    n = 0
    for word in text[:2000].split():
        letters = [c for c in word if c.isalpha()]
        if not letters:
            continue
        scripts = {unicodedata.name(c, "?").split(" ", 1)[0] for c in letters}
        if len(scripts) == 1 and not any(a.islower() and b.isupper() for a, b in itertools.pairwise(letters)):
            n += 1
    return n


def decode_bytes(data: bytes, name: str = "<bytes>") -> str:
    """Decode raw bytes to text, refusing empty, binary and undecodable input.

    UTF-8 (with or without BOM) first, then UTF-16 (a BOM or its byte pattern), then the encoding
    charset-normalizer finds (cp1251, KOI8-R, latin-1 / cp1252 and the like).
    """
    limit = int(get_settings()["input"]["max_bytes"])
    if len(data) > limit:
        raise error("LB105", path=name, size=len(data), limit=limit)
    if not data.strip():
        raise error("LB103", path=name)
    why = _looks_binary(data)
    if why:
        raise error("LB104", path=name, why=why)
    if data.startswith(codecs.BOM_UTF8):
        data = data[3:]
    wide = _wide(data[:8192])
    try:
        text = data.decode(wide or "utf-8")
    except UnicodeDecodeError:
        text = _detect(data, name)
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
    return Document(text=decode_bytes(read_bounded(p, str(p)), str(p)), source=str(p))


def read_bounded(p: Path, name: str) -> bytes:
    """The bytes of a file, refusing (LB105) one over the size limit; a device or pipe that never
    ends (``/dev/zero``) is cut after the limit and refused the same way, never read to the end."""
    limit = int(get_settings()["input"]["max_bytes"])
    try:
        size = p.stat().st_size
        if size > limit:
            raise error("LB105", path=name, size=size, limit=limit)
        with p.open("rb") as fh:
            data = fh.read(limit + 1)
    except OSError as exc:
        raise error("LB107", path=name, why=exc.strerror or str(exc)) from None
    if len(data) > limit:
        raise error("LB105", path=name, size=f"more than {limit}", limit=limit)
    return data


def read_stdin() -> Document:
    limit = int(get_settings()["input"]["max_bytes"])
    data = sys.stdin.buffer.read(limit + 1)  # never more: a stream without end is refused, not read to the end
    if len(data) > limit:
        raise error("LB105", path="<stdin>", size=f"more than {limit}", limit=limit)
    return Document(text=decode_bytes(data, "<stdin>"), source="<stdin>")
