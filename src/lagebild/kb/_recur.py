"""Where a name found by pattern recurs: the same entity wherever the name stands again outside the spans
already taken ("the village of Dalne ... in Dalne", "the manufacturer Embraer ... Embraer said")."""

from __future__ import annotations

import re

from ..document import Mention

__all__ = ["recurrences"]


def recurrences(
    text: str, seeds: list[Mention], taken: list[tuple[int, int]], kind: str, rule: str, tail: str = r"(?![\w-])"
) -> list[Mention]:
    """New mentions of each seed's name, of type ``kind`` by ``rule``; their spans join ``taken``."""
    out: list[Mention] = []
    for seed in seeds:
        for occ in re.finditer(rf"(?<![\w-]){re.escape(seed.text)}{tail}", text):
            a, b = occ.span()
            if not any(x < b and a < y for x, y in taken):
                out.append(Mention(a, b, seed.text, seed.entity_id, kind, rule, "name"))
                taken.append((a, b))
    return out
