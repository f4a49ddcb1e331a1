"""Validated knowledge-base records (``lagebild/kb@1``)."""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

__all__ = ["AmbiguityRule", "Ambiguous", "Entity", "Fact", "KBFile", "ENTITY_TYPES", "SOURCE_KINDS"]

ENTITY_TYPES = ("country", "weapon_system", "munition", "organization", "person", "place", "military_unit")
SOURCE_KINDS = ("government", "intelligence", "military", "international", "ngo", "media", "social_media", "person")
# counted attributes that need no unit
_UNITLESS = frozenset({"stages", "crew", "rounds", "barrels", "tubes", "launchers", "missiles"})
_PREFIX = {
    "country": "country",
    "weapon_system": "weapon",
    "munition": "munition",
    "organization": "org",
    "person": "person",
    "place": "place",
    "military_unit": "unit",
}


class Fact(BaseModel):
    model_config = ConfigDict(extra="forbid")

    attribute: str
    value: float | str | None = None
    min: float | None = None
    max: float | None = None
    unit: str | None = None
    source: str = Field(min_length=4)
    date: str
    note: str | None = None

    @field_validator("date", mode="before")
    @classmethod
    def _date(cls, v: object) -> str:
        if isinstance(v, dt.date):
            return v.isoformat()
        if isinstance(v, int):
            return str(v)
        if not isinstance(v, str):
            raise ValueError("date must be YYYY, YYYY-MM or YYYY-MM-DD")
        return v

    @model_validator(mode="after")
    def _has_value(self) -> Fact:
        if self.value is None and self.min is None and self.max is None:
            raise ValueError("a fact needs value, min or max")
        numeric = self.min is not None or self.max is not None or isinstance(self.value, float | int)
        if numeric and not self.unit and self.attribute not in _UNITLESS:
            raise ValueError(f"a numeric '{self.attribute}' fact needs a unit")
        return self


class Entity(BaseModel):
    model_config = ConfigDict(extra="forbid")

    id: str = Field(pattern=r"^(country|weapon|munition|org|person|place|unit):[A-Za-z0-9][A-Za-z0-9_.\-]*$")
    type: Literal["country", "weapon_system", "munition", "organization", "person", "place", "military_unit"]
    name: str = Field(min_length=1)
    aliases: list[str] = Field(default_factory=list)
    code: str | None = None
    category: str | None = None
    origin: str | None = None
    generic: bool = False
    source_kind: str | None = None
    country: str | None = None
    affiliation: str | None = None
    role: str | None = None
    coords: tuple[float, float] | None = None
    place_kind: str | None = None
    parent: str | None = None
    metonym_of: str | None = None
    adjectives: list[str] = Field(default_factory=list)
    demonyms: list[str] = Field(default_factory=list)
    facts: list[Fact] = Field(default_factory=list)
    in_kb: bool = True

    @field_validator("aliases", "adjectives", "demonyms", mode="before")
    @classmethod
    def _strings(cls, v: object) -> object:
        if v is None:
            return []
        if isinstance(v, list):
            return [str(x) for x in v]
        return v

    @model_validator(mode="after")
    def _consistent(self) -> Entity:
        if self.id.split(":", 1)[0] != _PREFIX[self.type]:
            raise ValueError(f"id prefix must be '{_PREFIX[self.type]}:' for type {self.type}")
        if self.source_kind is not None and self.source_kind not in SOURCE_KINDS:
            raise ValueError(f"source_kind must be one of {', '.join(SOURCE_KINDS)}")
        if self.coords is not None:
            lat, lon = self.coords
            if not (-90 <= lat <= 90 and -180 <= lon <= 180):
                raise ValueError("coords out of range")
        return self


class AmbiguityRule(BaseModel):
    model_config = ConfigDict(extra="forbid")

    near: list[str]
    pick: str


class Ambiguous(BaseModel):
    model_config = ConfigDict(extra="forbid")

    alias: str
    # one candidate with ``default: none`` is a guarded alias: "Wagner" is the group only near
    # "mercenaries", "Söldner"; elsewhere (the composer, a surname) it links to nothing
    candidates: list[str] = Field(min_length=1)
    default: str
    rules: list[AmbiguityRule] = Field(default_factory=list)
    note: str | None = None


class KBFile(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    schema_: Literal["lagebild/kb@1"] = Field(alias="schema")
    entities: list[Entity] = Field(default_factory=list)
    ambiguous: list[Ambiguous] = Field(default_factory=list)
