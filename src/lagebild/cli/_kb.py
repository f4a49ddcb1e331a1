"""``lagebild kb search|show|validate|stats``."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

__all__ = ["kb_app"]

kb_app = typer.Typer(help="Search, show and validate the knowledge base.", no_args_is_help=True)


@kb_app.command()
def search(name: Annotated[str, typer.Argument(help="A name or alias, any language.")], limit: int = 10) -> None:
    """Find entities by name or alias (fuzzy)."""
    from ..kb.load import default_kb

    for ent in default_kb().search(name, limit=limit):
        typer.echo(f"{ent.id}\t{ent.type}\t{ent.name}\t{', '.join(ent.aliases[:6])}")


@kb_app.command()
def show(entity_id: Annotated[str, typer.Argument(help="A KB id such as weapon:kn-15.")]) -> None:
    """Show one entity with its aliases and sourced facts (JSON)."""
    from ..errors import error
    from ..kb.load import default_kb

    ent = default_kb().get(entity_id)
    if ent is None:
        raise error("LB205", id=entity_id)
    typer.echo(json.dumps(ent.model_dump(exclude_defaults=True), ensure_ascii=False, indent=2))


@kb_app.command()
def validate(
    files: Annotated[list[Path] | None, typer.Argument(help="User KB files; the packaged KB when omitted.")] = None,
) -> None:
    """Validate KB files; errors name the file, line and field."""
    from ..kb.load import load_kb

    kb = load_kb(files or [])
    typer.echo(f"ok: {len(kb)} entities from {len(kb.files)} file(s)")


@kb_app.command()
def stats() -> None:
    """Counts by type, aliases, sourced facts."""
    from ..kb.load import default_kb

    typer.echo(json.dumps(default_kb().stats(), indent=2))
