"""Exports of the stored claims: JSONL, CSV, schema.org ClaimReview (JSON-LD), GeoJSON."""

from __future__ import annotations

import csv
import io
import json
from typing import Any

__all__ = ["FORMATS", "export"]

FORMATS = ("jsonl", "csv", "claimreview", "geojson")
_CSV_FIELDS = [
    "id", "doc", "doc_title", "doc_published", "lang", "type", "factuality", "checkworthy", "source", "source_entity",
    "source_kind", "channel", "supplier", "recipient", "location", "subject", "attribute", "date", "value", "unit",
    "approx", "corroborates", "contradicts", "refines", "review_status", "review_correction", "reviewer",
    "reviewed_at", "text",
]  # fmt: skip


def _with_relations(store: Any, claims: list[dict[str, Any]]) -> list[dict[str, Any]]:
    from .reviews import reviews_for

    reviews = reviews_for(store, [int(c["id"]) for c in claims])
    for c in claims:
        c["corroboration"] = store.corroboration(int(c["id"]))
        c["reviews"] = reviews.get(int(c["id"]), [])
    return claims


def _latest_review(c: dict[str, Any]) -> dict[str, Any]:
    r = c["reviews"][0] if c.get("reviews") else {}
    return {
        "review_status": r.get("status"),
        "review_correction": r.get("correction"),
        "reviewer": r.get("reviewer"),
        "reviewed_at": r.get("reviewed_at"),
    }


def export(store: Any, fmt: str, **filters: Any) -> str:
    claims = _with_relations(store, store.claims(limit=10**9, **filters))
    if fmt == "jsonl":
        return "".join(json.dumps(c, ensure_ascii=False, default=str) + "\n" for c in claims)
    if fmt == "csv":
        buf = io.StringIO()
        w = csv.DictWriter(buf, fieldnames=_CSV_FIELDS, extrasaction="ignore")
        w.writeheader()
        for c in claims:
            counts = {k: c["corroboration"].get(k, 0) for k in ("corroborates", "contradicts", "refines")}
            w.writerow(c | counts | _latest_review(c))
        return buf.getvalue()
    if fmt == "claimreview":
        return json.dumps([_claim_review(c) for c in claims], ensure_ascii=False, indent=2)
    if fmt == "geojson":
        return json.dumps(_geojson(store, claims), ensure_ascii=False, indent=2)
    raise ValueError(f"unknown export format {fmt!r}; use one of {', '.join(FORMATS)}")


def _claim_review(c: dict[str, Any]) -> dict[str, Any]:
    corr = c["corroboration"]
    summary = (
        f"{c['factuality']}; corroborated by {corr.get('corroborates', 0)} independent report(s),"
        f" contradicted by {corr.get('contradicts', 0)}"
    )
    author_type = "Person" if (c.get("source_kind") == "person") else "Organization"
    item: dict[str, Any] = {
        "@type": "Claim",
        "datePublished": c.get("date") or c.get("doc_published"),
        "appearance": {"@type": "CreativeWork", "headline": c.get("doc_title"), "url": c.get("doc_source")},
    }
    if c.get("source"):
        item["author"] = {"@type": author_type, "name": c["source"]}
    out = {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "claimReviewed": c["text"],
        "itemReviewed": item,
        "author": {"@type": "Organization", "name": "Lagebild (automated analysis, not a human review)"},
        "reviewRating": {"@type": "Rating", "alternateName": summary},
    }
    review = _latest_review(c)
    if review["review_status"]:  # an analyst's verdict replaces the automated summary as the rating
        verdict = review["review_status"]
        if review["review_correction"]:
            verdict += f": {review['review_correction']}"
        out["author"] = {"@type": "Person", "name": review["reviewer"]}
        out["datePublished"] = review["reviewed_at"]
        out["reviewRating"] = {"@type": "Rating", "alternateName": verdict, "description": summary}
    return out


def _geojson(store: Any, claims: list[dict[str, Any]]) -> dict[str, Any]:
    features = []
    for c in claims:
        if not c.get("location"):
            continue
        row = store.location(c["location"])
        if row is None or row["lat"] is None:
            continue
        props = {k: c.get(k) for k in ("id", "type", "factuality", "source", "date", "value", "unit", "text")}
        props["place"] = row["name"]
        features.append(
            {
                "type": "Feature",
                "geometry": {"type": "Point", "coordinates": [row["lon"], row["lat"]]},
                "properties": props,
            }
        )
    return {"type": "FeatureCollection", "features": features}
