"""Load and validate the packaged knowledge base and user overlays."""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from .._yaml import load_yaml_text
from ..errors import error
from .model import Ambiguous, Entity, KBFile

__all__ = ["KB", "default_kb", "load_kb", "parse_kb_text"]


def _line_of(text: str, loc: Sequence[int | str]) -> int:
    """1-based line of the YAML node at ``loc`` (e.g. ('entities', 3, 'facts', 0))."""
    try:
        node: Any = yaml.compose(text)
    except yaml.YAMLError:
        return 1
    line = 1
    for key in loc:
        if node is None:
            break
        line = node.start_mark.line + 1
        if isinstance(node, yaml.MappingNode):
            node = next((v for k, v in node.value if k.value == key), None)
        elif isinstance(node, yaml.SequenceNode) and isinstance(key, int) and key < len(node.value):
            node = node.value[key]
        else:
            break
    if node is not None:
        line = node.start_mark.line + 1
    return line


def parse_kb_text(text: str, path: str) -> KBFile:
    """Parse and validate one KB file; errors name the file, line and field."""
    try:
        raw = load_yaml_text(text, path)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise error(
            "LB202", path=path, line=(mark.line + 1) if mark else 1, why=getattr(exc, "problem", str(exc))
        ) from None
    if not isinstance(raw, dict):
        raise error(
            "LB201", path=path, line=1, where="(top level)", why="expected a mapping with 'schema' and 'entities'"
        )
    try:
        return KBFile.model_validate(raw)
    except ValidationError as exc:
        first = exc.errors()[0]
        loc = [p for p in first["loc"] if isinstance(p, int | str)]
        where = ".".join(str(p) for p in loc)
        ident = ""
        if len(loc) >= 2 and loc[0] == "entities" and isinstance(loc[1], int):
            ents = raw.get("entities") or []
            if isinstance(ents, list) and loc[1] < len(ents) and isinstance(ents[loc[1]], dict):
                ident = f" ({ents[loc[1]].get('id', '?')})"
        raise error("LB201", path=path, line=_line_of(text, loc), where=f"'{where}'{ident}", why=first["msg"]) from None


class KB:
    """All entities by id, with the files they came from."""

    def __init__(self) -> None:
        self.entities: dict[str, Entity] = {}
        self.origin: dict[str, str] = {}
        self.ambiguous: dict[str, Ambiguous] = {}
        self.files: list[str] = []

    def add_file(self, kbfile: KBFile, path: str, overlay: bool = False) -> None:
        for ent in kbfile.entities:
            if ent.id in self.entities:
                if not overlay:
                    raise error("LB203", id=ent.id, first=self.origin[ent.id], second=path)
                old = self.entities[ent.id]
                data = old.model_dump()
                for key, value in ent.model_dump(exclude_unset=True).items():
                    if key in ("aliases", "adjectives", "demonyms", "facts"):
                        data[key] = list(data[key]) + [v for v in value if v not in data[key]]
                    else:
                        data[key] = value
                ent = Entity.model_validate(data)
            self.entities[ent.id] = ent
            self.origin[ent.id] = path
        for amb in kbfile.ambiguous:
            self.ambiguous[amb.alias.casefold()] = amb
        self.files.append(path)

    def get(self, eid: str) -> Entity | None:
        return self.entities.get(eid)

    def __contains__(self, eid: object) -> bool:
        return eid in self.entities

    def __len__(self) -> int:
        return len(self.entities)

    def search(self, name: str, limit: int = 10) -> list[Entity]:
        from rapidfuzz import fuzz, process

        choices: dict[str, str] = {}
        for ent in self.entities.values():
            for alias in [ent.name, *ent.aliases, *ent.adjectives, *ent.demonyms]:
                choices.setdefault(alias, ent.id)
        hits = process.extract(name, list(choices), scorer=fuzz.WRatio, limit=limit * 3)
        out: list[Entity] = []
        for alias, _score, _ in hits:
            ent = self.entities[choices[alias]]
            if ent not in out:
                out.append(ent)
        return out[:limit]

    def stats(self) -> dict[str, Any]:
        by_type: dict[str, int] = {}
        for ent in self.entities.values():
            by_type[ent.type] = by_type.get(ent.type, 0) + 1
        return {
            "entities": len(self.entities),
            "by_type": dict(sorted(by_type.items())),
            "aliases": sum(1 + len(e.aliases) + len(e.adjectives) + len(e.demonyms) for e in self.entities.values()),
            "facts": sum(len(e.facts) for e in self.entities.values()),
            "ambiguous": len(self.ambiguous),
            "files": self.files,
        }


def _packaged_files() -> list[tuple[str, str]]:
    base = resources.files("lagebild.kb").joinpath("data")
    out = []
    for item in sorted(base.iterdir(), key=lambda p: p.name):
        if item.name.endswith((".yaml", ".yml")):
            out.append((f"lagebild/kb/data/{item.name}", item.read_text(encoding="utf-8")))
    return out


def _cache_dir() -> Path:
    base = os.environ.get("LAGEBILD_CACHE") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache"), "lagebild"
    )
    return Path(base)


def _packaged_kb() -> KB:
    """Parse and validate the packaged files, or load the validated KB cached for exactly these files.

    The cache is keyed by a hash of every packaged file's text, so an edited file is
    validated again; a cache that cannot be read or written is ignored."""
    import hashlib
    import pickle

    files = _packaged_files()
    digest = hashlib.sha256()
    for name, text in files:
        digest.update(name.encode() + b"\0" + text.encode("utf-8") + b"\0")
    path = _cache_dir() / f"kb-{digest.hexdigest()[:24]}.pickle"
    try:
        with path.open("rb") as fh:
            cached = pickle.load(fh)  # noqa: S301 - our own cache file, keyed by content hash
        if isinstance(cached, KB):
            return cached
    except (OSError, pickle.PickleError, EOFError, AttributeError, ImportError):
        pass
    kb = KB()
    for name, text in files:
        kb.add_file(parse_kb_text(text, name), name)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_bytes(pickle.dumps(kb, protocol=pickle.HIGHEST_PROTOCOL))
        os.replace(tmp, path)
    except OSError:
        pass
    return kb


def load_kb(user_files: Iterable[str | os.PathLike[str]] = ()) -> KB:
    """The packaged KB, with each user file laid over it (validated before anything changes)."""
    import copy

    kb = _packaged_kb()
    overlays = []
    for path in user_files:
        p = Path(path)
        try:
            text = p.read_text(encoding="utf-8")
        except OSError as exc:
            raise error("LB107", path=str(p), why=exc.strerror or str(exc)) from None
        overlays.append((parse_kb_text(text, str(p)), str(p)))
    if overlays:
        kb = copy.deepcopy(kb)
    for kbfile, name in overlays:
        kb.add_file(kbfile, name, overlay=True)
    return kb


@cache
def default_kb() -> KB:
    return load_kb()
