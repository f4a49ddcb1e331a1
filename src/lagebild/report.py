"""Document -> ``lagebild/report@1`` (see ``schema/report-1.json``)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from .document import Document
from .kb.load import KB
from .kb.model import Entity

__all__ = ["SCHEMA", "Report", "build_report"]

SCHEMA = "lagebild/report@1"


@dataclass
class Report:
    """One analysed report: the annotated :class:`Document` and its report@1 dict."""

    document: Document
    data: dict[str, Any]

    def to_dict(self) -> dict[str, Any]:
        return self.data

    def to_json(self, indent: int | None = 2) -> str:
        return json.dumps(self.data, ensure_ascii=False, indent=indent)

    @property
    def claims(self) -> list[dict[str, Any]]:
        return list(self.data["claims"])

    @property
    def entities(self) -> list[dict[str, Any]]:
        return list(self.data["entities"])


def _entity_record(ent: Entity) -> dict[str, Any]:
    rec: dict[str, Any] = {
        "id": ent.id,
        "type": ent.type,
        "name": ent.name,
        "aliases": list(ent.aliases),
        "code": ent.code if ent.type == "country" else None,
        "in_kb": ent.in_kb,
        "mentions": [],
    }
    if ent.source_kind:
        rec["source_kind"] = ent.source_kind
    if ent.coords:
        rec["coords"] = list(ent.coords)
    if ent.metonym_of:
        rec["metonym_of"] = ent.metonym_of
    return rec


def _arg_ids(args: dict[str, Any]) -> list[str]:
    ids = [args.get(k) for k in ("supplier", "recipient", "attacker", "target", "location", "subject")]
    ids += list(args.get("items") or [])
    ids += [q.get("of") for q in args.get("quantities") or []]
    return [i for i in ids if isinstance(i, str) and ":" in i]


def build_report(doc: Document, kb: KB) -> Report:
    new: dict[str, Entity] = doc.meta.get("new_entities") or {}

    def lookup(eid: str) -> Entity | None:
        return kb.get(eid) or new.get(eid)

    entities: dict[str, dict[str, Any]] = {}
    for m in doc.mentions:
        ent = lookup(m.entity_id)
        if ent is None:
            continue
        rec = entities.setdefault(m.entity_id, _entity_record(ent))
        rec["mentions"].append({"start": m.start, "end": m.end, "text": m.text})
    claims = []
    for c in doc.claims:
        for eid in _arg_ids(c.args) + ([c.attribution.source_entity] if c.attribution.source_entity else []):
            ent = lookup(eid)
            if ent is not None and eid not in entities:
                entities[eid] = _entity_record(ent)
        att = c.attribution
        claims.append(
            {
                "id": c.id,
                "start": c.start,
                "end": c.end,
                "text": c.text,
                "type": c.type,
                "checkworthy": c.checkworthy,
                "factuality": c.factuality,
                "attribution": {
                    "source": att.source or _unnamed(doc.text, doc.lang, att),
                    "source_entity": att.source_entity,
                    "source_kind": att.source_kind,
                    "channel": att.channel,
                    "cue": att.cue,
                },
                "args": c.args,
                "evidence": {"rule": c.rule, "confidence": c.confidence, "cues": c.cues},
            }
        )
    data: dict[str, Any] = {
        "schema": SCHEMA,
        "document": {
            "id": doc.id,
            "lang": doc.lang,
            "title": doc.title,
            "published": doc.published,
            # no publication date given: the one the report's date line carries, which resolved its
            # relative dates ("am Dienstag"); null when neither
            "published_from_text": doc.meta.get("published_from_text"),
            "source": doc.source,
        },
        "entities": list(entities.values()),
        "claims": claims,
        "checks": [
            {
                "claim": ch.claim,
                "entity": ch.entity,
                "attribute": ch.attribute,
                "claimed": ch.claimed,
                "reference": ch.reference,
                "verdict": ch.verdict,
            }
            for ch in doc.checks
        ],
        "signals": {
            "loaded_language": [
                {"start": s.start, "end": s.end, "text": s.text, "technique": s.technique}
                for s in doc.signals
                if s.kind == "loaded_language"
            ],
            "headline_mismatch": [
                {"start": s.start, "end": s.end, "text": s.text, "reason": s.reason}
                for s in doc.signals
                if s.kind == "headline_mismatch"
            ],
            "sourcing": doc.sourcing,
        },
    }
    if doc.errors:
        data["errors"] = doc.errors
    return Report(doc, data)


def _unnamed(text: str, lang: str | None, att: Any) -> str | None:
    """How an anonymous source is described ("sources", "Diplomaten", "очевидцы"): the words that
    stand for it, with no entity; None for a bare cue ("Berichten zufolge") or a pronoun no one
    named before ("He said ...")."""
    if att.source_kind != "anonymous" or att.source_span is None:
        return None
    from .extract._lexicon import get_lexicon

    a, b = att.source_span
    words = text[a:b].strip()
    return None if not words or words.casefold() in get_lexicon(lang or "en").pronouns else words
