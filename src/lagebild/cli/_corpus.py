"""Corpus commands: ``ingest``, ``claims``, ``entity``, ``timeline``, ``export``."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Any

import typer

__all__ = ["register"]

DB_HELP = "Store: a SQLite file path (created when missing)."
DB_DEFAULT = "lagebild.sqlite"


def _store(db: str) -> Any:
    from ..store import open_store

    return open_store(db)


def _entity_id(store: Any, name: str) -> str:
    eid = store.resolve_entity(name)
    if eid is None:
        from ..kb.load import default_kb

        hits = default_kb().search(name, limit=1)
        eid = hits[0].id if hits else name
    return str(eid)


def register(app: typer.Typer) -> None:
    @app.command()
    def ingest(
        paths: Annotated[
            list[str],
            typer.Argument(help="Files or folders: .txt .md .html .xml/.rss/.atom .jsonl, Telegram result.json."),
        ],
        db: Annotated[str, typer.Option(help=DB_HELP)] = DB_DEFAULT,
        workers: Annotated[
            int | None,
            typer.Option(help="Analysis processes (default: 2 for large batches; with --dask local: one per CPU)."),
        ] = None,
        dask: Annotated[
            str | None,
            typer.Option(
                "--dask",
                metavar="ADDRESS",
                help="Analyse on Dask workers: 'local' (a LocalCluster of --workers processes) or tcp://host:port.",
            ),
        ] = None,
        kb: Annotated[list[Path] | None, typer.Option("--kb", help="User KB file laid over the packaged KB.")] = None,
        quiet: Annotated[bool, typer.Option(help="No progress bar.")] = False,
    ) -> None:
        """Read, analyse and store documents; idempotent (the same text is stored once)."""
        from rich.progress import Progress

        from ..corpus.ingest import ingest as run_ingest
        from ..read import walk

        store = _store(db)
        items = list(walk(paths))
        with Progress(disable=quiet, transient=True) as bar:
            task = bar.add_task("ingest", total=len(items))

            def tick(name: str, status: str) -> None:
                bar.advance(task)

            summary = run_ingest(
                store, items, workers=workers, kb_files=[str(k) for k in kb or []], progress=tick, dask=dask
            )
        for name, why in summary.failed:
            print(f"lagebild: failed: {name}: {why}", file=sys.stderr)
        typer.echo(f"new {summary.new}, unchanged {summary.unchanged}, failed {len(summary.failed)}")
        typer.echo(json.dumps(store.stats(), ensure_ascii=False))
        if summary.failed and not (summary.new or summary.unchanged):
            raise typer.Exit(1)

    @app.command()
    def claims(
        db: Annotated[str, typer.Option(help=DB_HELP)] = DB_DEFAULT,
        entity: Annotated[str | None, typer.Option(help="KB id or name, e.g. KN-15 or weapon:kn-15.")] = None,
        type: Annotated[str | None, typer.Option("--type", help="Claim type, e.g. arms_transfer.")] = None,
        since: Annotated[str | None, typer.Option(help="YYYY-MM-DD (event date, else publication date).")] = None,
        until: Annotated[str | None, typer.Option(help="YYYY-MM-DD.")] = None,
        factuality: Annotated[str | None, typer.Option(help="asserted, reported, alleged, ...")] = None,
        source_kind: Annotated[str | None, typer.Option(help="intelligence, government, ...")] = None,
        limit: int = 50,
        as_json: Annotated[bool, typer.Option("--json", help="JSON lines instead of a table.")] = False,
    ) -> None:
        """Query stored claims, with their corroborating and contradicting reports."""
        store = _store(db)
        eid = _entity_id(store, entity) if entity else None
        rows = store.claims(entity=eid, type=type, since=since, until=until, factuality=factuality,
                            source_kind=source_kind, limit=limit)  # fmt: skip
        from ..corpus.reviews import reviews_for

        reviews = reviews_for(store, [int(r["id"]) for r in rows])
        if as_json:
            for r in rows:
                r["reviews"] = reviews.get(int(r["id"]), [])
                typer.echo(json.dumps(r, ensure_ascii=False, default=str))
            return
        for r in rows:
            rel = ", ".join(f"{k} {v}" for k, v in store.corroboration(int(r["id"])).items()) or "no other reports"
            when = r.get("date") or r.get("doc_published") or "undated"
            typer.echo(
                f"[{r['id']}] {when} {r['type']} {r['factuality']} ({r.get('source') or r['source_kind']}) | {rel}"
            )
            typer.echo(f"    {r['text'][:160]}")
            for rv in reviews.get(int(r["id"]), [])[:1]:  # the latest analyst review
                fix = f": {rv['correction']}" if rv.get("correction") else ""
                typer.echo(f"    reviewed {rv['status']} by {rv['reviewer']} {rv['reviewed_at']}{fix}")

    @app.command()
    def entity(
        name: Annotated[str, typer.Argument(help="KB id or name.")],
        db: Annotated[str, typer.Option(help=DB_HELP)] = DB_DEFAULT,
    ) -> None:
        """Dossier: what the corpus says about an entity, figures side by side, discrepancies."""
        store = _store(db)
        eid = _entity_id(store, name)
        dossier = store.entity(eid)
        if dossier is None:
            from ..errors import error

            raise error("LB205", id=name)
        e = dossier["entity"]
        typer.echo(
            f"{e['id']} {e['type']} {e['name']}: {dossier['documents']} document(s), {len(dossier['claims'])} claim(s)"
        )
        for f in dossier["figures"]:
            typer.echo(
                f"  figure {f['value']:g} {f['unit'] or ''} ({f['approx']}) {f['type']}"
                f" {f['date'] or ''} [{f['claim']}]"
            )
        for d in dossier["discrepancies"]:
            typer.echo(f"  DISCREPANCY claim {d['claim']} vs {d['id']}: {d['detail']}")

    @app.command()
    def timeline(
        db: Annotated[str, typer.Option(help=DB_HELP)] = DB_DEFAULT,
        entity: Annotated[str | None, typer.Option(help="Only claims about this entity.")] = None,
    ) -> None:
        """Claims in time order (event date, else publication date)."""
        store = _store(db)
        for r in store.timeline(entity=_entity_id(store, entity) if entity else None):
            typer.echo(
                f"{r.get('date') or r.get('doc_published')}  {r['type']:<16} {r['factuality']:<11} {r['text'][:110]}"
            )

    @app.command("export")
    def export_(
        format: Annotated[str, typer.Option("--format", "-f", help="jsonl, csv, claimreview or geojson.")] = "jsonl",
        db: Annotated[str, typer.Option(help=DB_HELP)] = DB_DEFAULT,
        out: Annotated[Path | None, typer.Option("--out", "-o", help="Write to this file instead of stdout.")] = None,
    ) -> None:
        """Export stored claims (schema.org ClaimReview JSON-LD; GeoJSON of located events)."""
        from ..corpus.export import FORMATS, export

        if format not in FORMATS:
            raise typer.BadParameter(f"use one of {', '.join(FORMATS)}")
        text = export(_store(db), format)
        if out is None:
            sys.stdout.write(text)
        else:
            out.write_text(text, encoding="utf-8")
