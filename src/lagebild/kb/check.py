"""Hold capability figures against the KB's sourced reference values."""

from __future__ import annotations

from functools import cache
from importlib import resources
from typing import Any

from .._cues import compile_cues
from .._yaml import load_yaml_text
from ..document import Check, Claim, Document
from ..pipeline import Step, component
from ..settings import get_settings
from .link import get_linker
from .load import KB

__all__ = ["check_claim"]

_TO_KM = {"km": 1.0, "mi": 1.609344, "m": 0.001}
_TO_MM = {"mm": 1.0, "cm": 10.0}
_TO_KG = {"kg": 1.0, "t": 1000.0}
_TO_H = {"h": 1.0, "min": 1 / 60}
# a bound below the reference is no contradiction: "up to 20 km" (of a shorter-range round),
# "more than 1,000 km" for a radius of 1,093 km
_BOUNDS = ("up_to", "under", "over", "at_least")


def _convert(value: float, unit: str, target: str) -> float | None:
    for table in (_TO_KM, _TO_MM, _TO_KG, _TO_H):
        if unit in table and target in table:
            return value * table[unit] / table[target]
    return value if unit == target else None


def _fits(unit: str, target: str) -> bool:
    return _convert(1.0, unit, target) is not None


def _attribute_of(q: dict[str, Any], attribute: str, ent: Any) -> str:
    """The attribute a figure measures: the claim's own when the units fit, else the one KB
    attribute of the entity whose unit fits ("1,6-fache Schallgeschwindigkeit" in a range claim)."""
    unit = str(q.get("unit") or "")
    own = [f for f in ent.facts if f.attribute == attribute and f.unit]
    if not unit or any(_fits(unit, f.unit or "") for f in own):
        return attribute
    fitting = {f.attribute for f in ent.facts if f.unit and _fits(unit, f.unit) and f.attribute != attribute}
    return fitting.pop() if len(fitting) == 1 else attribute


def check_claim(claim: Claim, kb: KB, tolerance: float) -> list[Check]:
    args = claim.args
    subject, claim_attribute = args.get("subject"), args.get("attribute")
    ent = kb.get(subject) if subject else None
    if ent is None or not claim_attribute:
        return []
    out: list[Check] = []
    for q in args.get("quantities") or []:
        attribute = _attribute_of(q, claim_attribute, ent)
        facts = [f for f in ent.facts if f.attribute == attribute and f.unit]
        if not facts:
            continue
        unit = facts[0].unit or ""
        lows: list[float] = []
        highs: list[float] = []
        sources: list[str] = []
        for f in facts:
            lo = f.min if f.min is not None else (f.value if isinstance(f.value, int | float) else None)
            if lo is None and f.max is not None:
                lo = 0.0  # a reference maximum alone ("up to 40 km") contradicts no smaller figure
            hi = f.max if f.max is not None else (f.value if isinstance(f.value, int | float) else None)
            lo_c = _convert(float(lo), f.unit or "", unit) if lo is not None else None
            hi_c = _convert(float(hi), f.unit or "", unit) if hi is not None else None
            if lo_c is not None:
                lows.append(lo_c)
            if hi_c is not None:
                highs.append(hi_c)
            sources.append(f.source)
        if q.get("unit") == "m" and unit == "km":
            continue  # a length in metres beside a range ("5,5 Meter lange Boote"): not the range
        claimed = _convert(float(q["value"]), str(q.get("unit") or unit), unit)
        if claimed is None or not (lows or highs):
            continue
        ref_min = min(lows) if lows else min(highs)
        ref_max = max(highs) if highs else max(lows)
        if claimed > ref_max * (1 + tolerance):
            verdict = "exceeds_reference"
        elif claimed < ref_min * (1 - tolerance) and q.get("approx") not in _BOUNDS:
            verdict = "inconsistent"
        else:
            verdict = "consistent"
        reference: dict[str, Any] = {"min": ref_min, "max": ref_max, "unit": unit, "source": sources[0]}
        if len(sources) > 1:
            reference["sources"] = sources
        out.append(
            Check(
                claim.id,
                ent.id,
                attribute,
                {"value": q["value"], "unit": q.get("unit"), "approx": q.get("approx", "exact")},
                reference,
                verdict,
            )
        )
    if not out:
        facts = [f for f in ent.facts if f.attribute == claim_attribute]
        out.extend(_check_terms(claim, ent.id, claim_attribute, facts))
    return out


@component("checks", requires=["claims"], assigns=["checks"])
def make_checks(context: dict[str, Any]) -> Step:
    """Capability claims against the KB's sourced figures."""
    kb = (context.get("linker") or get_linker()).kb
    tolerance = float(get_settings()["checks"]["tolerance"])

    def checks(doc: Document) -> Document:
        doc.checks = [
            c for claim in doc.claims if claim.type == "capability" for c in check_claim(claim, kb, tolerance)
        ]
        return doc

    return checks


@cache
def _terms() -> dict[str, Any]:
    text = resources.files("lagebild.kb").joinpath("terms.yaml").read_text(encoding="utf-8")
    data: dict[str, Any] = load_yaml_text(text, "terms.yaml")
    return {
        attr: (bool(spec.get("exclusive")), {val: compile_cues(pats) for val, pats in spec["values"].items()})
        for attr, spec in data.items()
    }


def _check_terms(claim: Claim, eid: str, attribute: str, facts: list[Any]) -> list[Check]:
    """Non-numeric capabilities ("Feststoffantrieb", "nuclear warheads") against the KB's text value."""
    spec = _terms().get(attribute)
    text_facts = [f for f in facts if isinstance(f.value, str)]
    if spec is None or not text_facts:
        return []
    exclusive, values = spec
    claimed = [val for val, cues in values.items() if cues.search(claim.text)]
    if not claimed:
        return []
    ref = text_facts[0]
    if ref.value in claimed:
        verdict = "consistent"
    elif exclusive:
        verdict = "inconsistent"
    else:
        verdict = "unknown"
    reference = {"value": ref.value, "source": ref.source, "date": ref.date}
    return [Check(claim.id, eid, attribute, {"value": ", ".join(claimed)}, reference, verdict)]
