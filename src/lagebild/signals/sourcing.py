"""Sourcing profile: how many claims are attributed, to named or anonymous sources."""

from __future__ import annotations

from collections import Counter
from typing import Any

from ..document import Document
from ..pipeline import Step, component
from ..settings import get_settings

__all__ = ["sourcing_profile"]

_OPINION = ("assessment", "prediction")


def sourcing_profile(doc: Document, threshold: float) -> dict[str, Any]:
    claims = [c for c in doc.claims if c.checkworthy >= threshold and c.type not in _OPINION]
    named = [c for c in claims if c.attribution.source_entity]
    anonymous = [c for c in claims if c.attribution.source_kind == "anonymous"]
    attributed = len(named) + len(anonymous)
    sources = Counter(c.attribution.source_entity for c in named)
    top_share = (sources.most_common(1)[0][1] / len(named)) if named else 0.0
    n = len(claims)
    score = round((len(named) + 0.3 * len(anonymous)) / n, 2) if n else 0.0
    if not n:
        why = "no check-worthy claims"
    elif not attributed:
        why = f"none of {n} claims names a source; the author asserts them all"
    else:
        why = f"{len(named)} of {n} claims name a source, {len(anonymous)} rest on anonymous sources"
        if len(sources) == 1 and len(named) > 1:
            why += "; all named claims come from one source"
    return {
        "claims": n,
        "attributed": attributed,
        "named": len(named),
        "anonymous": len(anonymous),
        "distinct_sources": len(sources),
        "single_source_share": round(top_share, 2),
        "score": score,
        "explanation": why,
    }


@component("signals", requires=["claims", "headings", "mentions"], assigns=["signals", "sourcing"])
def make_signals(context: dict[str, Any]) -> Step:
    """Loaded language, unsupported headings and the sourcing profile of the report."""
    from .headings import unsupported_headings
    from .loaded import loaded_language

    settings = get_settings()
    threshold = float(settings["claims"]["checkworthy_threshold"])
    max_sim = float(settings["headings"]["max_similarity"])

    def signals(doc: Document) -> Document:
        loaded = loaded_language(doc)
        doc.signals = loaded + unsupported_headings(doc, max_sim, loaded=len(loaded))
        doc.sourcing = sourcing_profile(doc, threshold)
        return doc

    return signals
