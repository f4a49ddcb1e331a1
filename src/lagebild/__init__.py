"""Lagebild: a sourced situation picture from news reports about armed conflicts."""

from ._api import Analyzer, analyze
from .document import Document
from .errors import LagebildError
from .kb.load import KB, load_kb
from .pipeline import Pipeline, component
from .report import Report

__all__ = ["KB", "Analyzer", "Document", "LagebildError", "Pipeline", "Report", "analyze", "component", "load_kb"]
__version__ = "0.1.0"
