"""The knowledge base: validated YAML data, linker and reference checks."""

from .link import Linker, get_linker
from .load import KB, default_kb, load_kb

__all__ = ["KB", "Linker", "default_kb", "get_linker", "load_kb"]
