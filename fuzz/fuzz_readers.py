"""atheris target: every reader (text, HTML, RSS/Atom, Telegram, JSONL, any file, folders).

The first byte of an input picks the reader, the rest is its input. Run by ``make fuzz``::

    .venv/bin/python fuzz/fuzz_readers.py -max_total_time=60 fuzz/corpus/readers
"""

from __future__ import annotations

import sys
from pathlib import Path

import atheris  # type: ignore[import-untyped]

sys.path.insert(0, str(Path(__file__).resolve().parent))

with atheris.instrument_imports(include=["lagebild", "targets"]):
    import targets

    for _kind in targets.READERS:  # warm up inside the hook: lazily imported modules get instrumented too
        targets.read_with(_kind, b"<rss><channel><item><title>warm</title></item></channel></rss>")


def test_one_input(data: bytes) -> None:
    targets.fuzz_reader(data)


if __name__ == "__main__":
    for arg in sys.argv[1:]:  # an empty corpus folder gets the seed inputs
        if not arg.startswith("-") and (not Path(arg).exists() or not any(Path(arg).iterdir())):
            targets.seed_readers(Path(arg))
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()
