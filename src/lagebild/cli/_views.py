"""Terminal view of a report (rich)."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table
from rich.text import Text

from ..report import Report

__all__ = ["FACTUALITY_STYLE", "render_text"]

FACTUALITY_STYLE = {
    "asserted": "bold white",
    "reported": "cyan",
    "alleged": "yellow",
    "uncertain": "magenta",
    "speculative": "blue",
    "negated": "red",
}


def render_text(report: Report, console: Console | None = None) -> None:
    con = console or Console()
    data = report.to_dict()
    d = data["document"]
    con.rule(
        f"[bold]{d.get('title') or d.get('source') or 'report'}[/] ({d.get('lang')}, {d.get('published') or 'undated'})"
    )
    ents = Table(title="Entities", show_lines=False)
    for col in ("id", "type", "name", "mentions"):
        ents.add_column(col)
    for e in data["entities"]:
        ents.add_row(e["id"], e["type"], e["name"], str(len(e["mentions"])))
    con.print(ents)
    for c in data["claims"]:
        style = FACTUALITY_STYLE.get(c["factuality"], "white")
        att = c["attribution"]
        head = Text(f"{c['id']} {c['type']} · {c['factuality']} · {att['source_kind']}", style=style)
        if att.get("source"):
            head.append(f" · {att['source']}", style="bold")
        if att.get("channel"):
            head.append(f" via {att['channel']}")
        head.append(f" · checkworthy {c['checkworthy']:.2f}")
        con.print(head)
        con.print(Text("   " + c["text"], style=style))
        args = {k: v for k, v in c["args"].items() if v}
        if args:
            con.print(f"   [dim]{args}[/]")
    for ch in data["checks"]:
        what = f"{ch['claim']} {ch['entity']} {ch['attribute']}"
        con.print(f"[bold]check[/] {what}: {ch['claimed']} vs {ch['reference']} → {ch['verdict']}")
    sig = data["signals"]
    loaded = sig["loaded_language"]
    if loaded:
        by: dict[str, list[str]] = {}
        for s in loaded:
            by.setdefault(s.get("technique") or "loaded_language", []).append(s["text"])
        con.print(f"[bold]loaded language[/] {len(loaded)} phrase(s)")
        for technique, phrases in by.items():
            con.print(f"   [yellow]{technique}[/]: " + ", ".join(f"“{p}”" for p in phrases))
    for h in sig["headline_mismatch"]:
        con.print(f"[bold red]unsupported heading[/] “{h['text']}”: {h['reason']}")
    src = sig["sourcing"]
    if src:
        con.print(f"[bold]sourcing[/] score {src.get('score')}: {src.get('explanation')}")
