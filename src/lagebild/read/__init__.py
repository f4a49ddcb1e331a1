"""Readers: bytes, files, streams and folders to :class:`~lagebild.document.Document`."""

from ._feed import read_feed
from ._html import html_to_text, read_html
from ._jsonl import read_jsonl, read_jsonl_lines
from ._telegram import read_telegram
from ._text import decode_bytes, read_path, read_stdin
from ._walk import ReadError, read_any, walk

__all__ = [
    "ReadError",
    "decode_bytes",
    "html_to_text",
    "read_any",
    "read_feed",
    "read_html",
    "read_jsonl",
    "read_jsonl_lines",
    "read_path",
    "read_stdin",
    "read_telegram",
    "walk",
]
