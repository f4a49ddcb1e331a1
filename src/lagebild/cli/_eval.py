"""``lagebild eval GOLD_DIR [--reports DIR] [--root DIR]``."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Any

import typer

__all__ = ["register"]


def register(app: typer.Typer) -> None:
    @app.command("eval")
    def eval_(
        gold_dir: Annotated[Path, typer.Argument(help="Folder of gold JSON files (FORMAT.md section 2).")],
        reports: Annotated[
            Path | None, typer.Option(help="Folder of NAME.json reports; analysed afresh when omitted.")
        ] = None,
        root: Annotated[
            Path | None, typer.Option(help="Folder gold 'doc' paths are relative to (default: GOLD_DIR/../..).")
        ] = None,
        quiet: Annotated[bool, typer.Option(help="Print only the summary line.")] = False,
        kb: Annotated[
            list[Path] | None, typer.Option("--kb", help="User KB file laid over the packaged KB (repeatable).")
        ] = None,
    ) -> None:
        """Score reports against gold files; the last line is one JSON object."""
        from ..evaluate import score_corpus

        analyse = None
        if reports is None:
            from .._api import Analyzer, get_analyzer

            analyzer = Analyzer(kb_files=kb) if kb else get_analyzer()

            def analyse(text: str, gold: dict[str, Any]) -> dict[str, Any]:
                rep = analyzer.analyze(
                    text, lang=gold.get("lang"), published=gold.get("published"), source=gold.get("doc")
                )
                return rep.to_dict()

        scores = score_corpus(gold_dir, root=root, reports=reports, analyse=analyse)
        if not quiet:
            for row in scores.per_doc:
                cells = "  ".join(
                    f"{k} tp={row[k]['tp']} fp={row[k]['fp']} fn={row[k]['fn']}" for k in ("entity", "claim", "args")
                )
                typer.echo(f"{row['doc']}: {cells}")
        typer.echo(json.dumps(scores.summary()))
