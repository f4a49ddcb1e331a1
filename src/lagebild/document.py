"""The `Document` that flows through the pipeline, and its span types.

Every annotation carries character offsets (``start`` inclusive, ``end``
exclusive) into ``Document.text`` exactly as read; nothing is normalised in a
way that shifts offsets.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

__all__ = [
    "Attribution",
    "Check",
    "Claim",
    "Document",
    "Heading",
    "Mention",
    "Quantity",
    "Sentence",
    "Signal",
    "TimeExpr",
    "Token",
]


@dataclass(slots=True)
class Token:
    start: int
    end: int
    text: str

    @property
    def is_upper_initial(self) -> bool:
        return self.text[:1].isupper()


@dataclass(slots=True)
class Heading:
    start: int
    end: int
    text: str


@dataclass(slots=True)
class Sentence:
    start: int
    end: int
    text: str
    block: int  # index of the line (paragraph) that holds it
    is_heading: bool = False
    tokens: list[Token] = field(default_factory=list)


@dataclass(slots=True)
class Mention:
    start: int
    end: int
    text: str
    entity_id: str
    type: str
    rule: str = "kb.alias"  # how it was found: kb.alias, kb.adjective, kb.abbrev, pattern.person ...
    role: str = "name"  # name | adjective | demonym | metonym | descriptor ("Rakete" in "Rakete vom Typ X")


@dataclass(slots=True)
class Quantity:
    start: int
    end: int
    text: str
    value: float
    unit: str | None  # "km", "soldiers", "artillery shells" ...
    kind: str  # "count" | "measure" | "percent" | "money"
    approx: str = "exact"  # exact, about, over, at_least, under, up_to, range
    of: str | None = None  # KB id of what is counted, when known
    max_value: float | None = None  # for ranges


@dataclass(slots=True)
class TimeExpr:
    start: int
    end: int
    text: str
    value: str  # ISO date, possibly truncated to the granularity
    granularity: str  # day | month | year
    relative: bool = False


@dataclass(slots=True)
class Attribution:
    source: str | None = None
    source_entity: str | None = None
    source_kind: str = "author"
    channel: str | None = None
    cue: str | None = None
    cue_span: tuple[int, int] | None = None
    source_span: tuple[int, int] | None = None


@dataclass(slots=True)
class Claim:
    id: str
    start: int
    end: int
    text: str
    type: str
    checkworthy: float
    factuality: str
    attribution: Attribution
    args: dict[str, Any] = field(default_factory=dict)
    rule: str = ""
    confidence: float = 0.5
    trigger: tuple[int, int] | None = None
    cues: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Check:
    claim: str
    entity: str
    attribute: str
    claimed: dict[str, Any]
    reference: dict[str, Any]
    verdict: str


@dataclass(slots=True)
class Signal:
    start: int
    end: int
    text: str
    kind: str  # loaded_language | headline_mismatch
    technique: str | None = None
    reason: str | None = None


@dataclass
class Document:
    """One report and everything the pipeline found in it."""

    text: str
    source: str | None = None
    lang: str | None = None
    title: str | None = None
    published: str | None = None  # ISO date
    outlet: str | None = None
    url: str | None = None
    headings: list[Heading] = field(default_factory=list)
    blocks: list[tuple[int, int]] = field(default_factory=list)  # line spans
    sentences: list[Sentence] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)
    times: list[TimeExpr] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    checks: list[Check] = field(default_factory=list)
    signals: list[Signal] = field(default_factory=list)
    sourcing: dict[str, Any] = field(default_factory=dict)
    errors: list[dict[str, str]] = field(default_factory=list)
    meta: dict[str, Any] = field(default_factory=dict)

    @property
    def id(self) -> str:
        import hashlib

        return "sha256-" + hashlib.sha256(self.text.encode("utf-8")).hexdigest()

    def span(self, start: int, end: int) -> str:
        return self.text[start:end]
