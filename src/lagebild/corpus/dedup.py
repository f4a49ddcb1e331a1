"""Reprints and near-duplicates: MinHash over word shingles.

Two reports whose estimated Jaccard similarity of 5-word shingles reaches
``threshold`` share an origin; corroboration counts origins, not copies.
"""

from __future__ import annotations

import hashlib
import re

import numpy as np

__all__ = ["BANDS", "NUM_PERM", "bands", "minhash", "similarities", "similarity"]

NUM_PERM = 64
BANDS = 16  # locality-sensitive hashing: 16 bands of 4 values; pairs above ~0.5 similarity share a band
_WORD = re.compile(r"\w+", re.UNICODE)


def _coef(tag: str) -> np.ndarray:  # type: ignore[type-arg]
    # fixed coefficients: the same text gives the same signature in every process
    vals = [int.from_bytes(hashlib.sha256(f"{tag}{i}".encode()).digest()[:8], "big") | 1 for i in range(NUM_PERM)]
    return np.array(vals, dtype=np.uint64)


_A, _B = _coef("a"), _coef("b")


def _shingles(text: str, k: int = 5) -> set[int]:
    words = [w.casefold() for w in _WORD.findall(text)]
    if len(words) < k:
        words = words + [""] * (k - len(words))
    return {
        int.from_bytes(hashlib.blake2b(" ".join(words[i : i + k]).encode(), digest_size=8).digest(), "big")
        for i in range(len(words) - k + 1)
    }


def minhash(text: str) -> bytes:
    """A 64-value MinHash signature (multiply-add hashing modulo 2**64), packed as bytes."""
    h = np.fromiter(_shingles(text), dtype=np.uint64)
    with np.errstate(over="ignore"):
        sig = (_A[:, None] * h[None, :] + _B[:, None]).min(axis=1)
    return bytes(sig.astype("<u8").tobytes())


def similarity(a: bytes, b: bytes) -> float:
    sa = np.frombuffer(a, dtype="<u8")
    sb = np.frombuffer(b, dtype="<u8")
    return float((sa == sb).mean())


def bands(sig: bytes) -> list[str]:
    """Band keys of a signature: documents that share one are candidates for a similarity check."""
    rows = NUM_PERM // BANDS
    width = rows * 8
    return [f"{i}:{hashlib.blake2b(sig[i * width : (i + 1) * width], digest_size=8).hexdigest()}" for i in range(BANDS)]


def similarities(sig: bytes, others: list[bytes]) -> list[float]:
    """Similarity of one signature to many, in one vectorised step."""
    a = np.frombuffer(sig, dtype="<u8")
    m = np.frombuffer(b"".join(others), dtype="<u8").reshape(len(others), NUM_PERM)
    return [float(x) for x in (m == a).mean(axis=1)]
