"""Claims, attribution, factuality and event arguments."""

from .claims import extract_claims

__all__ = ["extract_claims"]
