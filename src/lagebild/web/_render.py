"""HTML and SVG drawn by our own code: the annotated text, the timeline, the transfer graph.

Every string from a document passes through ``escape``; the output is ``Markup`` so
that Jinja2 does not escape it twice.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass
from typing import Any

from markupsafe import Markup, escape

__all__ = ["annotated_text", "timeline_svg", "transfer_svg"]


@dataclass(frozen=True)
class _Span:
    start: int
    end: int
    attrs: str  # pre-escaped attributes


def _non_overlapping(spans: list[_Span]) -> list[_Span]:
    out: list[_Span] = []
    for s in sorted(spans, key=lambda s: (s.start, -(s.end - s.start))):
        if s.end <= s.start or (out and s.start < out[-1].end):
            continue
        out.append(s)
    return out


def _attr(name: str, value: Any) -> str:
    return f' {name}="{escape(str(value))}"'


def annotated_text(text: str, report: dict[str, Any], claims: list[dict[str, Any]] | None = None) -> Markup:
    """The text with claims (outer spans, coloured by factuality), entities and loaded phrases marked.

    ``claims`` are stored claim rows (with the database ``id``) or the report's own claims.
    """
    n = len(text)
    outer = []
    for c in claims if claims is not None else report.get("claims") or []:
        start, end = max(0, int(c["start"])), min(n, int(c["end"]))
        key = c.get("id")
        attrs = (
            _attr("class", f"claim fact-{c.get('factuality', 'asserted')}")
            + _attr("data-claim", key)
            + _attr("tabindex", 0)
            + _attr("id", f"t-{key}")
        )
        outer.append(_Span(start, end, attrs))
    inner = []
    signals = report.get("signals") or {}
    for s in signals.get("loaded_language") or []:
        attrs = _attr("class", "loaded") + _attr("title", f"loaded wording: {s.get('technique', '')}")
        inner.append(_Span(int(s["start"]), int(s["end"]), attrs))
    for s in signals.get("headline_mismatch") or []:
        attrs = _attr("class", "heading-flag") + _attr("title", f"heading not supported: {s.get('reason', '')}")
        inner.append(_Span(int(s["start"]), int(s["end"]), attrs))
    for e in report.get("entities") or []:
        for m in e.get("mentions") or []:
            attrs = (
                _attr("class", f"ent ent-{e.get('type', 'other')}")
                + _attr("data-entity", e["id"])
                + _attr("title", f"{e.get('name', '')} ({e['id']})")
            )
            inner.append(_Span(int(m["start"]), int(m["end"]), attrs))
    outer_l = [s for s in _non_overlapping(outer) if s.end <= n]
    inner_l = [s for s in _non_overlapping(inner) if s.end <= n]
    cuts = sorted({0, n} | {p for s in outer_l + inner_l for p in (s.start, s.end)})
    oi = ii = 0
    parts: list[str] = []
    cur_o: _Span | None = None
    cur_i: _Span | None = None
    for a, b in zip(cuts, cuts[1:], strict=False):
        while oi < len(outer_l) and outer_l[oi].end <= a:
            oi += 1
        while ii < len(inner_l) and inner_l[ii].end <= a:
            ii += 1
        o = outer_l[oi] if oi < len(outer_l) and outer_l[oi].start <= a else None
        i = inner_l[ii] if ii < len(inner_l) and inner_l[ii].start <= a else None
        if cur_i is not None and (i is not cur_i or o is not cur_o):
            parts.append("</span>")
            cur_i = None
        if cur_o is not None and o is not cur_o:
            parts.append("</span>")
        if o is not None and o is not cur_o:
            parts.append(f"<span{o.attrs}>")
        cur_o = o
        if i is not None and cur_i is None:
            parts.append(f"<span{i.attrs}>")
            cur_i = i
        parts.append(str(escape(text[a:b])))
    if cur_i is not None:
        parts.append("</span>")
    if cur_o is not None:
        parts.append("</span>")
    return Markup("".join(parts))  # noqa: S704 - every piece above is escaped


def timeline_svg(rows: list[dict[str, Any]], width: int = 900, height: int = 140) -> Markup:
    """Claims per month as bars; each bar's title gives the month and count."""
    months = Counter(str(r.get("date") or r.get("doc_published") or "")[:7] for r in rows)
    months.pop("", None)
    if not months:
        return Markup("")
    keys = sorted(months)
    top = max(months.values())
    bar = max(4.0, (width - 40) / max(1, len(keys)))
    out = [f'<svg class="timeline-svg" viewBox="0 0 {width} {height}" role="img" aria-label="claims per month">']
    for k, month in enumerate(keys):
        h = (height - 30) * months[month] / top
        x = 30 + k * bar
        out.append(
            f'<rect x="{x:.1f}" y="{height - 20 - h:.1f}" width="{bar * 0.8:.1f}" height="{h:.1f}">'
            f"<title>{escape(month)}: {months[month]} claims</title></rect>"
        )
        if len(keys) <= 24 or k % math.ceil(len(keys) / 24) == 0:
            out.append(f'<text x="{x:.1f}" y="{height - 5}" class="tick">{escape(month)}</text>')
    out.append(f'<text x="2" y="12" class="tick">{top}</text></svg>')
    return Markup("".join(out))  # noqa: S704 - all text escaped


def transfer_svg(edges: list[dict[str, Any]], width: int = 900) -> Markup:
    """A two-column graph: suppliers left, recipients right, one edge per pair, width by claim count."""
    if not edges:
        return Markup("")
    sup = sorted({e["supplier"] for e in edges}, key=lambda s: -sum(x["n"] for x in edges if x["supplier"] == s))
    rec = sorted({e["recipient"] for e in edges}, key=lambda s: -sum(x["n"] for x in edges if x["recipient"] == s))
    names = {e["supplier"]: e["supplier_name"] for e in edges} | {e["recipient"]: e["recipient_name"] for e in edges}
    row = 46
    height = 40 + row * max(len(sup), len(rec))
    lx, rx = 190, width - 190
    ys = {("s", s): 30 + k * row for k, s in enumerate(sup)} | {("r", r): 30 + k * row for k, r in enumerate(rec)}
    top = max(e["n"] for e in edges)
    out = [f'<svg class="transfer-svg" viewBox="0 0 {width} {height}" role="img" aria-label="arms transfers">']
    for e in edges:
        y1, y2 = ys[("s", e["supplier"])], ys[("r", e["recipient"])]
        w = 1.5 + 8 * math.log1p(e["n"]) / math.log1p(top)
        items = ", ".join(f"{i['name']} ({i['n']})" for i in e.get("items") or [])
        title = f"{e['supplier_name']} → {e['recipient_name']}: {e['n']} claims, {e['origins']} origins; {items}"
        mid = (lx + rx) / 2
        out.append(
            f'<path class="edge" d="M{lx},{y1} C{mid},{y1} {mid},{y2} {rx},{y2}" stroke-width="{w:.1f}"'
            f' data-supplier="{escape(e["supplier"])}" data-recipient="{escape(e["recipient"])}">'
            f"<title>{escape(title)}</title></path>"
        )
    for side, ids, x, anchor in (("s", sup, lx, "end"), ("r", rec, rx, "start")):
        for i in ids:
            y = ys[(side, i)]
            tx = x - 10 if anchor == "end" else x + 10
            out.append(
                f'<circle cx="{x}" cy="{y}" r="6" class="node"/>'
                f'<a href="/entities/{escape(i)}"><text x="{tx}" y="{y + 4}" text-anchor="{anchor}">'
                f"{escape(names.get(i, i))}</text></a>"
            )
    out.append("</svg>")
    return Markup("".join(out))  # noqa: S704 - all text escaped
