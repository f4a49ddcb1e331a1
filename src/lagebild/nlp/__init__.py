"""Language processing: structure, language id, sentences, numbers, dates."""

from ._resources import lang_data
from .segment import segment, tokenize

__all__ = ["lang_data", "segment", "tokenize"]
