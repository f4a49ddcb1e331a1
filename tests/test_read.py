from pathlib import Path

import pytest

from lagebild.errors import LagebildError
from lagebild.read import decode_bytes, read_path


def test_read_rejects_empty() -> None:
    with pytest.raises(LagebildError, match="LB103"):
        decode_bytes(b"  \n ", "x.txt")


def test_read_rejects_binary() -> None:
    with pytest.raises(LagebildError, match="LB104"):
        decode_bytes(b"%PDF-1.4 \x00\x01\x02", "x.pdf")


def test_read_decodes_legacy_encoding() -> None:
    text = "Die Lieferung über Österreich war größer als gedacht, sagte der Sprecher am Montag. " * 3
    assert decode_bytes(text.encode("cp1252"), "x.txt") == text


def test_read_missing_and_directory(tmp_path: Path) -> None:
    with pytest.raises(LagebildError, match="LB101"):
        read_path(tmp_path / "nope.txt")
    with pytest.raises(LagebildError, match="LB102"):
        read_path(tmp_path)


def test_read_rejects_huge(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from lagebild import settings

    big = tmp_path / "big.txt"
    big.write_bytes(b"a" * 2048)
    monkeypatch.setattr(settings, "get_settings", lambda: {"input": {"max_bytes": 1024}})
    monkeypatch.setattr("lagebild.read._text.get_settings", lambda: {"input": {"max_bytes": 1024}})
    with pytest.raises(LagebildError, match="LB105"):
        read_path(big)
