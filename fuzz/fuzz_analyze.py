"""atheris target: ``lagebild.analyze`` on arbitrary Unicode (spans valid, no component fails).

The first byte picks how the rest becomes text: Unicode without surrogates (most inputs),
UTF-8 with replacement, or Unicode with lone surrogates (refused with LB117). Run by ``make fuzz``::

    .venv/bin/python fuzz/fuzz_analyze.py -max_total_time=60 -dict=fuzz/analyze.dict fuzz/corpus/analyze
"""

from __future__ import annotations

import sys
from pathlib import Path

import atheris  # type: ignore[import-untyped]

sys.path.insert(0, str(Path(__file__).resolve().parent))

with atheris.instrument_imports(include=["lagebild", "targets"]):
    import targets

    import lagebild

    lagebild.analyze("Russland hat laut HUR 200 Shahed-Drohnen aus dem Iran erhalten.")  # imports every component


def test_one_input(data: bytes) -> None:
    if not data:
        return
    mode, rest = data[0] % 8, data[1:]
    if mode == 0:
        text = atheris.FuzzedDataProvider(rest).ConsumeUnicode(len(rest))
    elif mode == 1:
        text = atheris.FuzzedDataProvider(rest).ConsumeUnicodeNoSurrogates(len(rest))
    else:
        text = rest.decode("utf-8", "replace")
    targets.fuzz_analyze(text)


if __name__ == "__main__":
    for arg in sys.argv[1:]:  # an empty corpus folder gets the seed inputs
        if not arg.startswith("-") and (not Path(arg).exists() or not any(Path(arg).iterdir())):
            targets.seed_analyze(Path(arg))
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()
