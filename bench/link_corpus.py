"""Synthetic analysed reports for the linking benchmark (no NLP: reports are built directly).

Three corpora, each ten claims per document:

- ``worst``: every transfer or deployment falls in one of 8 keys (4 suppliers x 2
  types, one recipient), event dates drawn at random over a year and stored in
  random order, so key groups grow without bound and most recent claims of a
  group are often outside the date window of a new one.
- ``realistic``: 15 suppliers x 8 recipients x 2 types of transfers and
  deployments, attacks and casualties in 60 places (keyed by day), capability
  claims on 40 systems x 3 attributes; documents published in date order over
  a year (``span_docs`` documents), events a few days before publication, some
  denials, open figures ("more than") and reprints (the same text re-published).
- ``steady``: the realistic mix at a steady news flow (two reports a day on 4
  suppliers, 2 recipients, 4 places, 8 systems, 3 capability subjects), so date
  windows and key groups are full from about 1,000 claims on and each new
  claim meets about as many earlier ones at 1k as at 100k claims: growth in its
  cost per claim is the store's, not more relations found.
"""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

__all__ = ["report"]

_DAY0 = dt.date(2024, 1, 1)
_WORDS = ["alpha", "beta", "gamma", "delta", "omega", "sigma", "kappa", "theta"]


def _doc(i: int, claims: list[dict[str, Any]], text: str, published: str, sup: str) -> dict[str, Any]:
    ents = [{"id": sup, "type": "country", "name": sup, "mentions": []}]
    return {
        "document": {"id": f"sha256-{i:064d}", "lang": "en", "title": f"r{i}", "published": published, "source": None},
        "entities": ents,
        "claims": claims,
    }


def _claim(k: int, t: str, args: dict[str, Any], text: str, factuality: str = "reported") -> dict[str, Any]:
    return {"id": f"c{k}", "start": 0, "end": 10, "text": text[:10], "type": t, "checkworthy": 0.8,
            "factuality": factuality, "attribution": {"source_kind": "government"}, "args": args}  # fmt: skip


def _text(i: int, r: random.Random, words: list[str] = _WORDS) -> str:
    return f"Synthetic report {i}: " + " ".join(r.choice(words) + str(r.randrange(10**6)) for _ in range(60))


def _worst(i: int, r: random.Random) -> tuple[dict[str, Any], str]:
    sup = r.choice(["country:IR", "country:KP", "country:BY", "country:CN"])
    text = _text(i, r, _WORDS[:5])
    claims = []
    for k in range(10):
        t = r.choice(["arms_transfer", "troop_deployment", "attack", "casualties"])
        q = {"value": r.randrange(1, 500) * 10, "unit": "units", "approx": "exact"}
        day = f"2024-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}"
        args: dict[str, Any] = {"quantities": [q], "date": {"value": day, "granularity": "day"}}
        if t in ("arms_transfer", "troop_deployment"):
            item = r.choice(["weapon:kn-23", "weapon:shahed-136"])
            args |= {"supplier": sup, "recipient": "country:RU", "items": [item]}
        else:
            args |= {"location": r.choice(["place:kharkiv", "place:odesa", "place:sumy"])}
        claims.append(_claim(k, t, args, text))
    return _doc(i, claims, text, "2024-12-01", sup), text


_SUPPLIERS = [f"country:S{n:02d}" for n in range(15)]
_RECIPIENTS = [f"country:R{n:02d}" for n in range(8)]
_PLACES = [f"place:p{n:02d}" for n in range(60)]
_SYSTEMS = [f"weapon:w{n:02d}" for n in range(40)]


def _realistic(
    i: int, r: random.Random, span_docs: int, texts: list[str], steady: bool = False
) -> tuple[dict[str, Any], str]:
    if steady:  # two reports a day on a few parties, places and systems: windows full from ~500 claims
        published = _DAY0 + dt.timedelta(days=i // 2)
        suppliers, recipients, places, systems = _SUPPLIERS[:4], _RECIPIENTS[:2], _PLACES[:4], _SYSTEMS[:8]
        subjects = _SYSTEMS[:3]  # undated capability claims fill their groups up to the cap early
    else:
        published = _DAY0 + dt.timedelta(days=365 * i // max(span_docs, 1))
        suppliers, recipients, places, systems, subjects = _SUPPLIERS, _RECIPIENTS, _PLACES, _SYSTEMS[:10], _SYSTEMS
    if texts and r.random() < 0.05:  # a reprint of a recent report
        text = r.choice(texts[-50:]) + f" (reprint {i})"
    else:
        text = _text(i, r)
        texts.append(text)
    sup = r.choice(suppliers)
    claims = []
    for k in range(10):
        day = (published - dt.timedelta(days=r.randint(0, 6))).isoformat()
        value = r.randrange(1, 60) * 50
        q = {"value": value, "unit": "units", "approx": r.choice(["exact", "exact", "about", "over"])}
        args: dict[str, Any] = {"quantities": [q], "date": {"value": day, "granularity": "day"}}
        t = r.choice(["arms_transfer", "troop_deployment", "attack", "casualties", "capability"])
        if t in ("arms_transfer", "troop_deployment"):
            args |= {"supplier": sup, "recipient": r.choice(recipients), "items": [r.choice(systems)]}
        elif t == "capability":
            args = {"subject": r.choice(subjects), "attribute": r.choice(["range", "payload", "speed"]),
                    "quantities": [q | {"unit": "km"}]}  # fmt: skip
        else:
            args |= {"location": r.choice(places)}
        claims.append(_claim(k, t, args, text, "negated" if r.random() < 0.05 else "reported"))
    return _doc(i, claims, text, published.isoformat(), sup), text


def report(kind: str, i: int, r: random.Random, span_docs: int, texts: list[str]) -> tuple[dict[str, Any], str]:
    """Document ``i`` of the ``kind`` corpus ('worst', 'realistic' or 'steady') and its text."""
    if kind == "worst":
        return _worst(i, r)
    return _realistic(i, r, span_docs, texts, steady=kind == "steady")
