"""``lagebild analyze FILE... [--format json|text]``."""

from __future__ import annotations

import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from ..errors import LagebildError

__all__ = ["register"]


class Format(StrEnum):
    json = "json"
    text = "text"


def register(app: typer.Typer) -> None:
    @app.command()
    def analyze(
        files: Annotated[list[str], typer.Argument(help="Text files to analyse; '-' reads standard input.")],
        format: Annotated[
            Format, typer.Option("--format", "-f", help="json (report@1) or text (terminal view).")
        ] = Format.json,
        lang: Annotated[str | None, typer.Option(help="Language (de, en, ru, uk); detected when omitted.")] = None,
        published: Annotated[
            str | None, typer.Option(help="Publication date YYYY-MM-DD; resolves relative dates.")
        ] = None,
        kb: Annotated[
            list[Path] | None, typer.Option("--kb", help="User KB file laid over the packaged KB (repeatable).")
        ] = None,
        out: Annotated[
            Path | None, typer.Option("--out", "-o", help="Write one NAME.json per input into this folder.")
        ] = None,
    ) -> None:
        """Analyse reports: claims, attribution, factuality, entities, events, checks, signals."""
        from .._api import Analyzer
        from ..read import read_path, read_stdin

        analyzer = Analyzer(kb_files=kb or [])
        failed: list[str] = []
        if out is not None:
            out.mkdir(parents=True, exist_ok=True)
        for name in files:
            try:
                doc = read_stdin() if name == "-" else read_path(name)
                doc.lang = lang
                if published:
                    from .._api import _check_published

                    doc.published = _check_published(published)
                report = analyzer.analyze_document(doc)
            except LagebildError as exc:
                print(f"lagebild: {exc}", file=sys.stderr)
                failed.append(name)
                continue
            if out is not None:
                stem = "stdin" if name == "-" else Path(name).stem
                (out / f"{stem}.json").write_text(report.to_json() + "\n", encoding="utf-8")
            elif format is Format.json:
                sys.stdout.write(report.to_json() + "\n")
            else:
                from ._views import render_text

                render_text(report)
        if failed:
            print(f"lagebild: {len(failed)} of {len(files)} input(s) failed: {', '.join(failed)}", file=sys.stderr)
            raise typer.Exit(1)
