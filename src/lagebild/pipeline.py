"""Named pipeline components with declared inputs and outputs.

As in spaCy's ``Language``: each component is registered under a name with
what it *requires* and *assigns* on the :class:`Document`. A :class:`Pipeline`
checks at build time that every requirement is assigned by an earlier
component, and at run time isolates failures: a component that raises is
recorded in ``doc.errors`` and the document goes on through the rest.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from .document import Document
from .errors import error, warning

__all__ = ["BASE_ATTRS", "Component", "Pipeline", "Step", "component", "registry"]

log = logging.getLogger("lagebild")

BASE_ATTRS = frozenset({"text", "source", "published", "lang_hint"})

Step = Callable[[Document], Document]
Factory = Callable[[dict[str, Any]], Step]


@dataclass(frozen=True)
class Component:
    name: str
    requires: tuple[str, ...]
    assigns: tuple[str, ...]
    factory: Factory
    doc: str = ""


registry: dict[str, Component] = {}


def component(name: str, *, requires: Sequence[str] = (), assigns: Sequence[str] = ()) -> Callable[[Factory], Factory]:
    """Register a component factory: ``factory(context) -> (doc -> doc)``."""

    def deco(factory: Factory) -> Factory:
        registry[name] = Component(name, tuple(requires), tuple(assigns), factory, factory.__doc__ or "")
        return factory

    return deco


@dataclass
class Pipeline:
    names: list[str]
    context: dict[str, Any] = field(default_factory=dict)
    _steps: list[tuple[str, Callable[[Document], Document]]] = field(default_factory=list, repr=False)

    def __post_init__(self) -> None:
        _ensure_registered()
        have = set(BASE_ATTRS)
        for name in self.names:
            comp = registry.get(name)
            if comp is None:
                raise error("LB302", name=name, known=", ".join(sorted(registry)))
            for attr in comp.requires:
                if attr not in have:
                    raise error("LB301", name=name, attr=attr)
            have.update(comp.assigns)
        self._steps = [(n, registry[n].factory(self.context)) for n in self.names]

    def __call__(self, doc: Document) -> Document:
        timings: dict[str, float] = doc.meta.setdefault("timings_ms", {})
        for name, step in self._steps:
            t0 = time.perf_counter()
            try:
                doc = step(doc)
            except Exception as exc:  # isolate: record, continue with the next component
                msg = str(error("LB303", name=name, doc=doc.source or "document", why=f"{type(exc).__name__}: {exc}"))
                log.warning(msg)
                doc.errors.append({"component": name, "code": "LB303", "message": msg})
            timings[name] = round((time.perf_counter() - t0) * 1000, 3)
        return doc

    def pipe(self, docs: Iterable[Document]) -> Iterator[Document]:
        for doc in docs:
            yield self(doc)

    def describe(self) -> list[dict[str, Any]]:
        return [
            {"name": n, "requires": list(registry[n].requires), "assigns": list(registry[n].assigns)}
            for n in self.names
        ]


def _ensure_registered() -> None:
    # importing the component modules registers them
    from . import components  # noqa: F401


def warn(target: Document, code: str, **params: object) -> None:
    target.errors.append({"component": "", "code": code, "message": warning(code, **params)})
