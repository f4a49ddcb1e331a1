"""Importing this module registers every built-in pipeline component."""

from __future__ import annotations

from .extract import claims as _claims
from .kb import _entities, check
from .nlp import dates, language, numbers, segment, structure
from .signals import sourcing

__all__: list[str] = []

_ = (_claims, _entities, check, dates, language, numbers, segment, structure, sourcing)
