"""Typer application: one module per command group."""

from __future__ import annotations

import sys

import typer

from ..errors import LagebildError

__all__ = ["app", "main"]

app = typer.Typer(
    name="lagebild",
    help="Lagebild: claims, sources, hedging, entities and events in news reports about armed conflicts.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


def _register() -> None:
    from . import _analyze, _corpus, _eval, _kb, _serve

    _analyze.register(app)
    _corpus.register(app)
    _eval.register(app)
    _serve.register(app)
    app.add_typer(_kb.kb_app, name="kb")


def main() -> None:
    _register()
    try:
        app()
    except LagebildError as exc:
        print(f"lagebild: {exc}", file=sys.stderr)
        sys.exit(2)
