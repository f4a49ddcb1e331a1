"""Readers: bytes, files and streams to :class:`~lagebild.document.Document`."""

from ._text import decode_bytes, read_path, read_stdin

__all__ = ["decode_bytes", "read_path", "read_stdin"]
